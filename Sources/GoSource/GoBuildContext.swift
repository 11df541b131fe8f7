/// A build configuration, to decide which files a build includes, as go/build's `Context.MatchFile` does.
public struct GoBuildContext: Sendable, Hashable {
    /// The target operating system (GOOS).
    public var goos: String
    /// The target architecture (GOARCH).
    public var goarch: String
    /// Whether cgo is enabled (the `cgo` tag).
    public var cgoEnabled: Bool
    /// The compiler tag, `gc` for the standard toolchain.
    public var compiler: String
    /// The release tags `go1.1` … `go1.N` are satisfied up to this minor version.
    public var goMinorVersion: Int
    /// Extra tags, as given with `-tags` (and GOEXPERIMENT's `goexperiment.*` tags).
    public var buildTags: Set<String>

    /// A configuration; the release tags default to Go 1.27's.
    public init(goos: String, goarch: String, cgoEnabled: Bool = false, compiler: String = "gc",
                goMinorVersion: Int = 27, buildTags: Set<String> = []) {
        self.goos = goos
        self.goarch = goarch
        self.cgoEnabled = cgoEnabled
        self.compiler = compiler
        self.goMinorVersion = goMinorVersion
        self.buildTags = buildTags
    }

    /// Whether `tag` is satisfied, by go/build's `matchTag`: GOOS, GOARCH, the compiler, `cgo` when enabled,
    /// `unix` on Unix systems, `linux` on android, `solaris` on illumos, `darwin` on ios, the release tags,
    /// and the build tags (`boringcrypto` stands for `goexperiment.boringcrypto`).
    public func satisfies(_ tag: String) -> Bool {
        if cgoEnabled && tag == "cgo" { return true }
        if tag == goos || tag == goarch || tag == compiler { return true }
        if goos == "android" && tag == "linux" { return true }
        if goos == "illumos" && tag == "solaris" { return true }
        if goos == "ios" && tag == "darwin" { return true }
        if tag == "unix" && GoPlatforms.unixOperatingSystems.contains(goos) { return true }
        if tag.hasPrefix("go1."), let minor = Int(tag.dropFirst(4)), minor >= 1, minor <= goMinorVersion,
           tag == "go1.\(minor)" {
            return true
        }
        return buildTags.contains(tag == "boringcrypto" ? "goexperiment.boringcrypto" : tag)
    }

    /// Whether a build with this configuration includes `file`: its name is not ignored, its name's
    /// GOOS/GOARCH suffix matches, and its `//go:build` line (or, without one, every honoured `// +build`
    /// line) holds. Nil when go/build reports an error for the file instead (a malformed or repeated
    /// `//go:build` line in a file whose name matches).
    public func matches(_ file: GoSourceFile) -> Bool? {
        if file.fileName.isIgnored { return false }
        if let constraint = file.fileName.constraint, !constraint.eval(satisfies) { return false }
        if file.hasMultipleGoBuildLines { return nil }
        if let goBuild = file.goBuild {
            return goBuild.expression?.eval(satisfies)
        }
        return file.plusBuild.allSatisfy { $0.expression?.eval(satisfies) ?? true }
    }
}
