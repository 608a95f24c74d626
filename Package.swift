// swift-tools-version:6.0
import PackageDescription

/// Swift settings shared by every target: Swift 6 language mode, strict about existentials
/// and imports, with invariant checks compiled in only under `-D LITOPYS_CHECKS`.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Litopys",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Litopys", targets: ["Litopys"]),
        .executable(name: "litopys", targets: ["litopys"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Text layer: normalisation, article cleaning, sentences and tokens.
        .target(name: "LitopysText", swiftSettings: strictSettings),
        // Morphology: the VESUM dictionary, lemmas, inflection, disambiguation.
        .target(
            name: "LitopysMorph", dependencies: ["LitopysText"],
            resources: [.copy("Resources")], swiftSettings: strictSettings),
        // Named entities: NER tagger, canonical names, coreference.
        .target(
            name: "LitopysEntities", dependencies: ["LitopysMorph"],
            resources: [.copy("Resources")], swiftSettings: strictSettings),
        // Facts: dates, roles, quotes, events.
        .target(name: "LitopysFacts", dependencies: ["LitopysEntities"], swiftSettings: strictSettings),
        // The pipeline facade and the JSON output contract.
        .target(
            name: "Litopys",
            dependencies: ["LitopysText", "LitopysMorph", "LitopysEntities", "LitopysFacts"],
            swiftSettings: strictSettings),
        // The chronicle: documents, entities and events merged across articles, quotes;
        // SQLite (one file, the default) and PostgreSQL (one server, many ingest workers).
        .target(
            name: "LitopysStore",
            dependencies: [
                "Litopys", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strictSettings),
        // The HTTP API and web pages over the chronicle.
        .target(
            name: "LitopysServer",
            dependencies: ["LitopysStore", .product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: strictSettings),
        // The command-line tool.
        .executableTarget(
            name: "litopys",
            dependencies: [
                "Litopys", "LitopysStore", "LitopysServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings),

        .testTarget(name: "LitopysTextTests", dependencies: ["LitopysText"], swiftSettings: strictSettings),
        .testTarget(name: "LitopysMorphTests", dependencies: ["LitopysMorph"], swiftSettings: strictSettings),
        .testTarget(name: "LitopysEntitiesTests", dependencies: ["LitopysEntities"], swiftSettings: strictSettings),
        .testTarget(name: "LitopysFactsTests", dependencies: ["LitopysFacts"], swiftSettings: strictSettings),
        .testTarget(name: "LitopysStoreTests", dependencies: ["LitopysStore"], swiftSettings: strictSettings),
        .testTarget(
            name: "LitopysServerTests",
            dependencies: ["LitopysServer", .product(name: "HummingbirdTesting", package: "hummingbird")],
            swiftSettings: strictSettings),
        .testTarget(name: "LitopysTests", dependencies: ["Litopys", "litopys"], swiftSettings: strictSettings),
    ]
)
