// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Plumbline",
    products: [
        .executable(name: "plumbline", targets: ["PlumblineCLI"]),
        .library(name: "Plumbline", targets: ["Plumbline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 fingerprints of known files (wasm_exec.js copies of each Go release).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Module zips (go.sum verification): a reader that exposes every entry's name and size before extraction.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CLibGit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),

        // One target per room. Parsers depend on the standard library alone.
        .target(name: "Git", dependencies: ["CLibGit2"]),
        .target(name: "YAML", dependencies: ["CYAML"]),
        .target(name: "GoModules"),
        .target(name: "BPF"),
        .target(name: "Wasm"),
        .target(name: "GoSource"),
        // Module content from a module cache or a GOPROXY (file:// or https://), zips and dirhash.
        .target(
            name: "ModuleSources",
            dependencies: [
                "GoModules",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Plumbline",
            dependencies: [
                "Git", "YAML", "GoModules", "GoSource", "BPF", "Wasm", "ModuleSources",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The git pre-commit hook installer: POSIX file work, no scanning.
        .target(name: "PlumblineHooks"),
        .executableTarget(
            name: "PlumblineCLI",
            dependencies: [
                "Plumbline", "PlumblineHooks", "Git", "GoModules", "GoSource", "BPF", "Wasm", "ModuleSources",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "GitTests", dependencies: ["Git"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "GoModulesTests", dependencies: ["GoModules"]),
        // The decoder is tested alone; what the eBPF tables say about an object is tested with the engine.
        .testTarget(name: "BPFTests", dependencies: ["BPF"]),
        .testTarget(name: "WasmTests", dependencies: ["Wasm"]),
        .testTarget(name: "GoSourceTests", dependencies: ["GoSource"]),
        .testTarget(name: "ModuleSourcesTests", dependencies: ["ModuleSources"]),
        .testTarget(name: "PlumblineTests", dependencies: ["Plumbline", "PlumblineHooks", "Git", "YAML", "GoModules", "BPF", "ModuleSources"]),
    ],
    swiftLanguageModes: [.v6]
)
