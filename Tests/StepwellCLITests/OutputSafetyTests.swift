import Foundation
import Testing

/// `--out` never deletes or replaces what Stepwell did not write: every unsafe path is refused
/// with exit code 2 before any work, and the workspace is left exactly as it was.
@Suite("Output safety")
struct OutputSafetyTests {
  /// Every command that writes a folder, with the arguments that make it run small and fast.
  static let commands: [(name: String, arguments: @Sendable (String) -> [String])] = [
    ("run", { ["run", $0, "--replications", "2", "--quiet"] }),
    ("compare", { ["compare", $0, $0, "--replications", "2", "--quiet"] }),
    ("sweep", { ["sweep", $0, "--set", "nodes.review.servers=1...2", "--replications", "2", "--quiet"] }),
    ("population", { _ in ["population", "--area", areaPath] }),
  ]

  /// The shipped Sandwell area file, by absolute path.
  static let areaPath = CLI.packageRoot.appendingPathComponent("Scenarios/areas/sandwell.yaml").path

  /// Paths that name the working folder, its parent, a file or a non-folder: all refused.
  static let unsafePaths = [".", "", "..", "./", "../", "keep.txt", "pipe", "notes", "/"]

  /// A workspace with a file, a named pipe and a folder of someone else's notes.
  func populatedWorkspace() throws -> Workspace {
    let space = try Workspace()
    try space.write(goodScenario, to: "good.yaml")
    try space.write("precious\n", to: "keep.txt")
    try space.write("my notes\n", to: "notes/today.txt")
    #expect(mkfifo(space.path("pipe"), 0o600) == 0)
    return space
  }

  /// Every path below the workspace with its size, to show nothing changed.
  func snapshot(_ space: Workspace) throws -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: space.root.path)
    var entries: [String] = []
    while let path = enumerator?.nextObject() as? String {
      let attributes = try FileManager.default.attributesOfItem(atPath: space.path(path))
      entries.append("\(path):\(attributes[.size] as? Int ?? -1)")
    }
    return entries.sorted()
  }

  @Test("An unsafe --out is refused with exit 2 and nothing changes", arguments: unsafePaths)
  func unsafeOutRefused(path: String) throws {
    for command in OutputSafetyTests.commands {
      let space = try populatedWorkspace()
      defer { space.cleanUp() }
      let before = try snapshot(space)
      let outcome = try space.run(command.arguments(space.path("good.yaml")) + ["--out", path])
      #expect(outcome.status == 2, "\(command.name) --out '\(path)': \(outcome.stderr)")
      #expect(outcome.errorLines.count == 1, "\(command.name): \(outcome.stderr)")
      #expect(outcome.stderr.contains("--out"), "\(command.name): \(outcome.stderr)")
      #expect(outcome.stdout.isEmpty, "\(command.name) did work before refusing")
      #expect(try snapshot(space) == before, "\(command.name) --out '\(path)' changed the workspace")
    }
  }

  @Test("The working folder given by its absolute path is refused")
  func workingFolderByAbsolutePath() throws {
    let space = try populatedWorkspace()
    defer { space.cleanUp() }
    let before = try snapshot(space)
    let outcome = try space.run(["run", space.path("good.yaml"), "--out", space.root.path + "/"])
    #expect(outcome.status == 2)
    #expect(outcome.stderr.contains("working folder"), "\(outcome.stderr)")
    #expect(try snapshot(space) == before)
  }

  @Test("Each command replaces its own earlier output, and refuses another command's")
  func replaceOwnRefuseOther() throws {
    for command in OutputSafetyTests.commands {
      let space = try populatedWorkspace()
      defer { space.cleanUp() }
      let arguments = command.arguments(space.path("good.yaml")) + ["--out", "out"]
      let first = try space.run(arguments)
      #expect(first.status == 0, "\(command.name): \(first.stderr)")
      let second = try space.run(arguments)
      #expect(second.status == 0, "\(command.name) could not replace its own output: \(second.stderr)")
      #expect(try space.contents().filter { $0.hasPrefix(".") }.isEmpty, "\(command.name) left a staging folder")
      for other in OutputSafetyTests.commands where other.name != command.name {
        let before = try snapshot(space)
        let outcome = try space.run(other.arguments(space.path("good.yaml")) + ["--out", "out"])
        #expect(outcome.status == 2, "\(other.name) replaced \(command.name)'s output: \(outcome.stderr)")
        #expect(outcome.stderr.contains("stepwell \(command.name)"), "\(outcome.stderr)")
        #expect(try snapshot(space) == before)
      }
    }
  }

  @Test("An earlier output with a file added by hand is refused")
  func foreignFileInOutput() throws {
    let space = try populatedWorkspace()
    defer { space.cleanUp() }
    let arguments = ["run", space.path("good.yaml"), "--replications", "2", "--quiet", "--out", "out"]
    #expect(try space.run(arguments).status == 0)
    try space.write("analysis\n", to: "out/my-analysis.txt")
    let before = try snapshot(space)
    let outcome = try space.run(arguments)
    #expect(outcome.status == 2)
    #expect(outcome.stderr.contains("my-analysis.txt"), "\(outcome.stderr)")
    #expect(try snapshot(space) == before)
  }

  @Test("A symbolic link at --out is refused and its target untouched")
  func symbolicLinkRefused() throws {
    let space = try populatedWorkspace()
    defer { space.cleanUp() }
    try FileManager.default.createSymbolicLink(atPath: space.path("link"), withDestinationPath: space.path("notes"))
    let before = try snapshot(space)
    let outcome = try space.run(["run", space.path("good.yaml"), "--out", "link"])
    #expect(outcome.status == 2)
    #expect(outcome.stderr.contains("symbolic link"), "\(outcome.stderr)")
    #expect(try snapshot(space) == before)
  }

  @Test("A staging folder left by a dead process is removed by the next write beside it")
  func staleStagingRemoved() throws {
    let space = try populatedWorkspace()
    defer { space.cleanUp() }
    let finished = Process()
    finished.executableURL = URL(fileURLWithPath: "/bin/true")
    try finished.run()
    finished.waitUntilExit()
    let deadPID = finished.processIdentifier
    try space.write("half\n", to: ".out.tmp-\(deadPID)-42/metrics.csv")
    try space.write("someone else's\n", to: ".out.tmp-notes/keep.txt")
    try space.write("mine\n", to: ".out.tmp-\(deadPID)-mine/keep.txt")
    let outcome = try space.run(["run", space.path("good.yaml"), "--replications", "2", "--quiet", "--out", "out"])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(!space.exists(".out.tmp-\(deadPID)-42"))
    #expect(space.exists(".out.tmp-notes/keep.txt"))
    #expect(space.exists(".out.tmp-\(deadPID)-mine/keep.txt"))
  }

  @Test("SIGTERM while the files are written removes the staging folder")
  func signalRemovesStaging() throws {
    let space = try populatedWorkspace()
    defer { space.cleanUp() }
    let binary = try #require(CLI.executable)
    let process = Process()
    process.executableURL = binary
    process.arguments = ["population", "--area", OutputSafetyTests.areaPath, "--records", "--out", "pop"]
    process.currentDirectoryURL = space.root
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    var sawStaging = false
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning && Date() < deadline {
      if try space.contents().contains(where: { $0.hasPrefix(".pop.tmp-") }) {
        sawStaging = true
        break
      }
      usleep(2_000)
    }
    #expect(sawStaging, "the staging folder was never seen; the write finished too quickly to interrupt")
    process.terminate()
    process.waitUntilExit()
    #expect(process.terminationStatus == 128 + SIGTERM, "exit \(process.terminationStatus)")
    let left = try space.contents()
    #expect(left.filter { $0.hasPrefix(".pop") }.isEmpty, "\(left)")
    #expect(!space.exists("pop"))
  }
}
