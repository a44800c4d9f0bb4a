// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "OITSite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "oit", targets: ["oit"]),
        .library(name: "OITSite", targets: ["OITSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libcmark-gfm from Debian's libcmark-gfm-dev, found through pkg-config.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "OITSite",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources/Frameworks")]
        ),
        .executableTarget(
            name: "oit",
            dependencies: [
                "OITSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "OITSiteTests",
            dependencies: ["OITSite"],
            exclude: ["Snapshots"]
        ),
    ]
)
