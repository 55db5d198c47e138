// swift-tools-version:6.0
// The layers, bottom up: DLXHDomain (pure rules) → DLXHStore (the one way to disk) →
// DLXHTUI (pure Elm-style core: state, update, view into a cell grid) → DLXHEffects (performs the
// interface's effects on the store) and DLXHTerminal (the only code that talks to curses) → dlxh
// (the executable). DLXHDemo builds demo and benchmark stores.
import PackageDescription

let package = Package(
    name: "dlxh",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dlxh", targets: ["dlxh"]),
        .executable(name: "dlxh-bench", targets: ["dlxh-bench"]),
        .executable(name: "dlxh-fuzz", targets: ["dlxh-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "DLXHDomain"),
        .target(name: "DLXHStore", dependencies: ["DLXHDomain"]),
        .target(name: "DLXHDemo", dependencies: ["DLXHDomain"]),
        // The consolidated monthly report: a pure model built from a Dataset, and its Markdown,
        // plain-text and DOCX renderings (DOCX zipped with ZIPFoundation, no external program).
        .target(
            name: "DLXHReport",
            dependencies: ["DLXHDomain", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "DLXHTUI", dependencies: ["DLXHDomain", "DLXHReport"]),
        // What the interface's effects do: reads and writes through the store, files the user
        // named. Between the pure interface and the executable, so every effect runs in tests.
        .target(name: "DLXHEffects", dependencies: ["DLXHDomain", "DLXHStore", "DLXHReport", "DLXHTUI"]),
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        .target(name: "DLXHTerminal", dependencies: ["CNCursesW", "DLXHTUI"]),
        .executableTarget(
            name: "dlxh",
            dependencies: [
                "DLXHDomain", "DLXHStore", "DLXHDemo", "DLXHTUI", "DLXHEffects", "DLXHTerminal", "DLXHReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dlxh-bench",
            dependencies: ["DLXHDomain", "DLXHStore", "DLXHDemo", "DLXHTUI", "DLXHEffects"]
        ),
        // The fuzzer: breaks store, exchange and incoming files and runs the real dlxh on them.
        // Its fixture, a small store, is cut from the demo and written by the store's own create.
        .executableTarget(name: "dlxh-fuzz", dependencies: ["DLXHDomain", "DLXHStore", "DLXHDemo"]),
        .testTarget(name: "DLXHDomainTests", dependencies: ["DLXHDomain"], exclude: ["Fixtures"]),
        .testTarget(name: "DLXHStoreTests", dependencies: ["DLXHStore", "DLXHDemo"]),
        .testTarget(name: "DLXHEffectsTests", dependencies: ["DLXHEffects", "DLXHStore", "DLXHTUI", "DLXHDomain", "DLXHDemo"]),
        .testTarget(name: "DLXHTUITests", dependencies: ["DLXHTUI", "DLXHDomain", "DLXHDemo"], exclude: ["Golden"]),
        .testTarget(
            name: "DLXHEndToEndTests",
            dependencies: ["DLXHDomain", "DLXHReport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
