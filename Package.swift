// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "protokol",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "protokol", targets: ["protokol"]),
        .library(name: "ProtokolModel", targets: ["ProtokolModel"]),
        .library(name: "ProtokolReader", targets: ["ProtokolReader"]),
        .library(name: "ProtokolStore", targets: ["ProtokolStore"]),
        .library(name: "ProtokolSQLite", targets: ["ProtokolSQLite"]),
        .library(name: "ProtokolPostgres", targets: ["ProtokolPostgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/JohnSundell/Ink.git", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        // postgres-nio's own dependencies, named because ProtokolPostgres uses their types directly.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        // Hummingbird's header types, named because ProtokolServer sets a header it has no constant for.
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
    ],
    targets: [
        // The typed model of a meeting and its public JSON contract.
        .target(name: "ProtokolModel", swiftSettings: swiftSettings),
        // Bytes in any supported layout and format -> Meeting.
        .target(
            name: "ProtokolReader",
            dependencies: [
                "ProtokolModel",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // Snowball Danish stemmer for the full-text index.
        .target(name: "DanishStemmer", swiftSettings: swiftSettings),
        // Storage behind one protocol: stored originals, versions, search and case queries. No database code.
        .target(name: "ProtokolStore", dependencies: ["ProtokolModel"], swiftSettings: swiftSettings),
        // The embedded store: SQLite through GRDB, with a Danish FTS5 tokenizer.
        .target(
            name: "ProtokolSQLite",
            dependencies: [
                "ProtokolStore",
                "ProtokolModel",
                "DanishStemmer",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // The server store: PostgreSQL through PostgresNIO, with the built-in danish text search.
        .target(
            name: "ProtokolPostgres",
            dependencies: [
                "ProtokolStore",
                "ProtokolModel",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // A synthetic corpus of minutes made from the seeds' vocabulary, deterministic for a seed.
        .target(
            name: "ProtokolSynth",
            dependencies: [
                "ProtokolModel",
                "ProtokolReader",
                "ProtokolStore",
            ],
            swiftSettings: swiftSettings
        ),
        // What the CLI does, as plain functions that tests call without a process.
        .target(
            name: "ProtokolApp",
            dependencies: [
                "ProtokolModel",
                "ProtokolReader",
                "ProtokolStore",
                "ProtokolSQLite",
                "ProtokolPostgres",
                "ProtokolSynth",
                "ProtokolServer",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: swiftSettings
        ),
        // The HTTP server: OParl 1.1 API (and later pages and feeds) on Hummingbird.
        .target(
            name: "ProtokolServer",
            dependencies: [
                // The reader only for the text of files (OParl File.text).
                "ProtokolModel", "ProtokolStore", "ProtokolReader",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // Thin executable: parses arguments and calls ProtokolApp.
        .executableTarget(
            name: "protokol",
            dependencies: [
                "ProtokolApp",
                "ProtokolModel",
                "ProtokolStore",
                "ProtokolServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProtokolServerTests",
            dependencies: [
                "ProtokolServer", "ProtokolApp",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        // Helpers the process tests of both stores share: the built executable, a corpus made from the seeds.
        .target(name: "ProtokolTestSupport", path: "Tests/ProtokolTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "ProtokolModelTests", dependencies: ["ProtokolModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ProtokolReaderTests",
            dependencies: [
                "ProtokolReader",
                .product(name: "Ink", package: "Ink"),
            ],
            resources: [.copy("Expected"), .copy("Layouts")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProtokolAppTests",
            dependencies: [
                "ProtokolApp", "ProtokolSQLite", "ProtokolStore", "ProtokolTestSupport",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProtokolSynthTests",
            dependencies: ["ProtokolSynth", "ProtokolReader", "ProtokolStore", "ProtokolSQLite", "ProtokolApp", "ProtokolModel"],
            swiftSettings: swiftSettings
        ),
        // The shared storage suite, run against every store (a factory per implementation).
        .testTarget(
            name: "ProtokolStoreTests",
            dependencies: ["ProtokolStore", "ProtokolSQLite", "ProtokolPostgres", "ProtokolApp", "ProtokolReader", "ProtokolModel"],
            swiftSettings: swiftSettings
        ),
        // SQLite only: the tokenizer, migrations, and the import processes (concurrency, SIGKILL).
        .testTarget(
            name: "ProtokolSQLiteTests",
            dependencies: [
                "ProtokolTestSupport",
                "ProtokolSQLite",
                "ProtokolStore",
                "ProtokolApp",
                "ProtokolSynth",
                "ProtokolModel",
                "DanishStemmer",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        // PostgreSQL only (needs PROTOKOL_TEST_DATABASE_URL): URLs, migrations, and the import processes.
        .testTarget(
            name: "ProtokolPostgresTests",
            dependencies: ["ProtokolTestSupport", "ProtokolPostgres", "ProtokolStore", "ProtokolModel", "ProtokolApp"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DanishStemmerTests",
            dependencies: ["DanishStemmer"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
    ]
)
