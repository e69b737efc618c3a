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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/JohnSundell/Ink.git", from: "0.6.0"),
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
        // What the CLI does, as plain functions that tests call without a process.
        .target(
            name: "ProtokolApp",
            dependencies: ["ProtokolModel", "ProtokolReader"],
            swiftSettings: swiftSettings
        ),
        // Thin executable: parses arguments and calls ProtokolApp.
        .executableTarget(
            name: "protokol",
            dependencies: [
                "ProtokolApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
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
        .testTarget(name: "ProtokolAppTests", dependencies: ["ProtokolApp"], swiftSettings: swiftSettings),
        .testTarget(
            name: "DanishStemmerTests",
            dependencies: ["DanishStemmer"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
    ]
)
