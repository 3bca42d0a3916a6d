// swift-tools-version: 6.1
import PackageDescription

/// Stepwell: a discrete-event simulator and capacity planner for stepped mental-health care.
///
/// Dependencies point one way (see `docs/architecture.md`):
/// `stepwell -> TeachingServer -> Projection -> Scenario -> CareModel, QueueingNetwork`;
/// `CareModel -> Population -> Stochastics -> CGSL`; both models `-> SimCore` (the engine and the
/// `ModelDesign` interface, no domain words, no GSL) and `StepwellMetrics` (the metric catalogue);
/// `QueueingTheory` and `StepwellMetrics` depend on nothing; `CFileSystem` is the C call behind
/// atomic output folders; `Presentation` (the chart toolkit: SVG canvas, scales and ticks, number
/// formats, escaping, palettes; Foundation only) is used by `Projection`'s report and sweep chart.
/// The models never import the YAML loader, and only `TeachingServer` brings in Hummingbird.
let package = Package(
  name: "Stepwell",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "stepwell", targets: ["stepwell"]),
    .executable(name: "stepwell-bench", targets: ["StepwellBench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // No traits: the page needs neither swift-configuration nor URL-encoded forms, and leaving
    // them out saves compiling swift-configuration in every build of `make test`.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    // Already in the graph through Hummingbird; named so the connection guard can sit in the
    // server's channel pipeline.
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
    .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.34.1"),
    .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CGSL",
      pkgConfig: "gsl",
      providers: [.apt(["libgsl-dev", "pkg-config"])]
    ),
    .target(name: "CFileSystem"),
    .target(name: "Stochastics", dependencies: ["CGSL"]),
    .target(name: "Population", dependencies: ["Stochastics"]),
    .target(name: "StepwellMetrics"),
    .target(name: "CareModel", dependencies: ["SimCore", "Stochastics", "Population", "StepwellMetrics"]),
    .target(
      name: "SimCore",
      swiftSettings: [.define("STEPWELL_INVARIANTS", .when(configuration: .debug))]
    ),
    .target(name: "QueueingTheory"),
    .target(name: "Presentation"),
    .target(
      name: "Scenario",
      dependencies: [
        "Stochastics", "SimCore", "Population", "CareModel", "QueueingNetwork",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(name: "QueueingNetwork", dependencies: ["SimCore", "Stochastics", "StepwellMetrics"]),
    .target(
      name: "Projection",
      dependencies: [
        "QueueingNetwork", "Scenario", "Stochastics", "QueueingTheory", "SimCore", "Population", "CareModel",
        "CFileSystem", "StepwellMetrics", "Presentation", .product(name: "Yams", package: "Yams"),
      ],
      // The workbook writer `--xlsx` runs with Python, compiled into the executable as bytes.
      resources: [.embedInCode("Workbook/write_workbook.py")]
    ),
    .target(
      name: "TeachingServer",
      dependencies: [
        "Projection", "Scenario", "CareModel", "Population", "QueueingTheory", "Stochastics", "SimCore",
        "StepwellMetrics", "QueueingNetwork",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ],
      resources: [.copy("Resources")]
    ),
    .executableTarget(
      name: "stepwell",
      dependencies: [
        "Projection", "Scenario", "TeachingServer", "CareModel", "Population", "Presentation",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "StepwellBench",
      dependencies: ["Projection", "Scenario", "SimCore", "Population"],
      path: "Benchmarks/StepwellBench"
    ),
    .testTarget(name: "StochasticsTests", dependencies: ["Stochastics"]),
    .testTarget(name: "StepwellMetricsTests", dependencies: ["StepwellMetrics"]),
    .testTarget(name: "SimCoreTests", dependencies: ["SimCore"]),
    .testTarget(name: "QueueingTheoryTests", dependencies: ["QueueingTheory"]),
    .testTarget(name: "PresentationTests", dependencies: ["Presentation"]),
    .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "QueueingNetwork", "CareModel"]),
    .testTarget(
      name: "QueueingNetworkTests",
      dependencies: ["QueueingNetwork", "Scenario", "QueueingTheory", "Projection", "StepwellMetrics"]
    ),
    .testTarget(name: "ProjectionTests", dependencies: ["Projection", "Scenario", "QueueingNetwork", "CareModel"]),
    .testTarget(name: "StepwellCLITests", dependencies: ["QueueingTheory"]),
    .testTarget(name: "PopulationTests", dependencies: ["Population", "Scenario"]),
    .testTarget(
      name: "CareModelTests",
      dependencies: ["CareModel", "Population", "Scenario", "Projection", "StepwellMetrics"]),
    .testTarget(
      name: "FuzzTests",
      dependencies: ["Scenario", "CareModel", "Population", "QueueingNetwork", "SimCore", "Projection"],
      path: "Tests/Fuzz",
      exclude: ["regressions"]
    ),
  ],
  swiftLanguageModes: [.v6]
)

/// The teaching server's router tests. `STEPWELL_SKIP_SERVER_TESTS=1` leaves them out, and with
/// them the HTTP client and TLS libraries HummingbirdTesting brings in: `make test-heavy` sets it so
/// its release-mode test build (for the queueing-theory oracles) does not compile those libraries
/// in release too. `make test-quick` runs the server tests in debug.
if Context.environment["STEPWELL_SKIP_SERVER_TESTS"] == nil {
  package.targets.append(
    .testTarget(
      name: "TeachingServerTests",
      dependencies: [
        "TeachingServer",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]
    ))
}
