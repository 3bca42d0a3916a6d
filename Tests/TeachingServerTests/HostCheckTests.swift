import Testing

@testable import TeachingServer

/// Which `Host` values name the server: its loopback names with its own port only.
@Suite struct HostCheckTests {
  @Test(arguments: ["127.0.0.1:8080", "localhost:8080", "LocalHost:8080", "[::1]:8080"])
  func loopbackNamesWithThePortAreAllowed(_ host: String) {
    #expect(HostCheck(host: "127.0.0.1", port: 8080).allows(host))
  }

  @Test(arguments: [
    "evil.example:8080", "127.0.0.1:8081", "localhost", "127.0.0.1", "localhost:80", "127.0.0.1:8080.evil.example",
    "user@127.0.0.1:8080", "localhost.:8080", "::1:8080", "", "127.0.0.2:8080", "0.0.0.0:8080",
  ])
  func otherHostsAreRefused(_ host: String) {
    #expect(!HostCheck(host: "127.0.0.1", port: 8080).allows(host))
  }

  @Test func noHostIsRefused() {
    #expect(!HostCheck(host: "127.0.0.1", port: 8080).allows(nil))
  }

  @Test func aBareNameIsAllowedOnPort80Only() {
    #expect(HostCheck(host: "127.0.0.1", port: 80).allows("localhost"))
    #expect(HostCheck(host: "127.0.0.1", port: 80).allows("127.0.0.1:80"))
    #expect(!HostCheck(host: "127.0.0.1", port: 81).allows("localhost"))
  }

  @Test func thePortIsLearnedWhenBound() {
    let check = HostCheck(host: "127.0.0.1", port: 0)
    #expect(!check.allows("127.0.0.1:0"), "nothing is answered before the port is known")
    #expect(!check.allows("127.0.0.1:41234"))
    check.bound(to: 41234)
    #expect(check.allows("127.0.0.1:41234"))
    #expect(!check.allows("127.0.0.1:8080"))
  }

  @Test func aSpecificBoundAddressIsAllowedButAWildcardIsNot() {
    #expect(HostCheck(host: "192.168.1.20", port: 8080).allows("192.168.1.20:8080"))
    #expect(HostCheck(host: "fe80::1", port: 8080).allows("[fe80::1]:8080"))
    #expect(!HostCheck(host: "0.0.0.0", port: 8080).allows("0.0.0.0:8080"))
    #expect(!HostCheck(host: "::", port: 8080).allows("[::]:8080"))
  }
}
