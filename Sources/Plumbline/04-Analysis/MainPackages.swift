import GoSource

/// Which Go files make a module build a program rather than only offer packages: non-test files of
/// `package main` that a plain `go build` (no `-tags`) compiles for at least one platform.
///
/// Programs nobody ships do not count, so a library keeps being judged as one: generator scripts behind
/// `//go:build ignore` (or any tag only `-tags` sets), files and directories the go command skips (`_x`,
/// `.x`), and the `example`/`examples` directories libraries keep their usage samples in.
enum MainPackages {
    static func isCommandSource(_ file: GoSourceFile, path: String, moduleDir: String) -> Bool {
        guard file.packageName == "main", !file.isTest else { return false }
        let relative = moduleDir == "." || !path.hasPrefix(moduleDir + "/") ? path : String(path.dropFirst(moduleDir.count + 1))
        let directories = relative.split(separator: "/").dropLast()
        if directories.contains(where: { $0.hasPrefix("_") || $0.hasPrefix(".") || $0 == "example" || $0 == "examples" }) { return false }
        return buildsOnSomePlatform(file)
    }

    private static let operatingSystems = GoPlatforms.knownOperatingSystems.sorted()
    private static let architectures = GoPlatforms.knownArchitectures.sorted()

    private static func buildsOnSomePlatform(_ file: GoSourceFile) -> Bool {
        if file.fileName.isIgnored { return false }
        for goos in operatingSystems {
            for goarch in architectures {
                for cgo in [false, true] where GoBuildContext(goos: goos, goarch: goarch, cgoEnabled: cgo).matches(file) == true {
                    return true
                }
            }
        }
        return false
    }
}
