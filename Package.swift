// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dateline",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DatelineKit", targets: ["DatelineKit"]),
        .executable(name: "dateline", targets: ["dateline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // libxml2's HTML parser: the only real HTML5-tolerant parser on Linux.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // zlib for `.gz` inputs (Foundation on Linux has no gzip decoder).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "DatelineKit",
            dependencies: [
                "CLibXML2", "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "dateline",
            dependencies: [
                "DatelineKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DatelineKitTests", dependencies: ["DatelineKit"]),
    ]
)
