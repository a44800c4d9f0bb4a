// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "OITSite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "oit", targets: ["oit"]),
        .library(name: "OITSite", targets: ["OITModel", "OITLoad", "OITCheck", "OITRender", "OITWrite", "OITSite"]),
    ],
    // Each dependency pinned to the version builds resolve to, so an update is a change to this file
    // that its tests judge, never a surprise of the next resolution.
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // Without its default traits: no swift-configuration, and Foundation's essentials only.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
    ],
    targets: [
        // libcmark-gfm from Debian's libcmark-gfm-dev, found through pkg-config.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // libqrencode from Debian's libqrencode-dev: the EIT survey's QR code, drawn by the build.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // The library is the pipeline Load → Check → Render → Write → Build, one target per stage, each
        // depending only on the stages before it, so the compiler keeps the direction (docs/ARCHITECTURE.md).
        // Stages share their internals with `package` access, not `public`.
        //
        // Content as read (Model), the messages about it (Diagnostics) and the Thai wording of figures.
        .target(name: "OITModel"),
        // Reading content folders and YAML. The default theme (Templates/) and the shipped frameworks
        // are compiled in here by the EmbedFiles plugin, so an installed `oit` needs no folder beside it.
        .target(
            name: "OITLoad",
            dependencies: ["OITModel", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedFilesPlugin"]
        ),
        // Every rule and every figure a page shows, computed once.
        .target(name: "OITCheck", dependencies: ["OITModel", "OITLoad"]),
        // Pages: view models, the template engine, Markdown (libcmark-gfm), the EIT QR code (libqrencode).
        .target(name: "OITRender", dependencies: ["OITModel", "OITLoad", "OITCheck", "CCmarkGFM", "CQRencode"]),
        // The staging folder, its guard and the commit that replaces the output.
        .target(name: "OITWrite", dependencies: ["OITModel", "OITLoad", "OITCheck", "OITRender"]),
        // The build (incremental), the project (init, finding content), year scaffolds, the YAML
        // writer of `oit set` and the editor's non-HTTP logic.
        .target(
            name: "OITSite",
            dependencies: [
                "OITModel", "OITLoad", "OITCheck", "OITRender", "OITWrite",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Resources", "Build/Incremental/README.md"]
        ),
        // `oit serve`: the preview server, in its own target so the library and its tests do not
        // depend on an HTTP server.
        .target(
            name: "OITServe",
            dependencies: [
                "OITModel", "OITLoad", "OITCheck", "OITRender", "OITWrite", "OITSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `oit check --links`: fetches evidence links, in its own target so the library and its
        // tests do not depend on an HTTP client.
        .target(
            name: "OITLinks",
            dependencies: [
                "OITModel", "OITLoad", "OITCheck", "OITSite",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "oit",
            dependencies: [
                "OITModel", "OITLoad", "OITCheck", "OITRender", "OITWrite", "OITSite",
                "OITServe",
                "OITLinks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes Templates/ and Resources/Frameworks/ as Swift source at build time.
        .executableTarget(name: "EmbedFiles"),
        .plugin(
            name: "EmbedFilesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedFiles"]
        ),
        // swift-mustache is the oracle the template engine is tested against (TemplateOracleTests),
        // not a dependency of the library.
        .testTarget(
            name: "OITSiteTests",
            dependencies: [
                "OITModel", "OITLoad", "OITCheck", "OITRender", "OITWrite", "OITSite",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Snapshots"]
        ),
        // Loopback servers (Hummingbird) stand in for agencies' sites: no test leaves the machine.
        .testTarget(
            name: "OITLinksTests",
            dependencies: [
                "OITLinks", "OITModel", "OITLoad", "OITCheck", "OITRender", "OITWrite", "OITSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
