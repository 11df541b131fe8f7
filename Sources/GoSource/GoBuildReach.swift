/// Which builds compile a file, over every configuration a toolchain can be asked for: each GOOS it knows,
/// each GOARCH, cgo on or off, gc or gccgo, each Go release up to the toolchain's, any GOEXPERIMENT and any
/// custom `-tags`. `GoBuildContext.matches` decides one configuration; this answers the questions that range
/// over all of them: may a build for GOOS X compile the file, does only X, does the default build (no custom
/// tags) compile it anywhere.
///
/// A *custom* tag is one only `-tags` sets: every tag that is not a GOOS or GOARCH name, `unix`, `cgo`, a
/// compiler (`gc`, `gccgo`), a release tag (`go1.N`) or a GOEXPERIMENT tag (`goexperiment.*`,
/// `boringcrypto`). Platform names passed in `-tags` are not considered: that is not how a build selects a
/// platform.
public struct GoBuildReach: Sendable, Hashable {
    /// What a toolchain knows: its GOOS values and its release.
    public struct Toolchain: Sendable, Hashable {
        /// The GOOS values it knows; a file-name suffix or tag naming another port means nothing to it.
        public var operatingSystems: Set<String>
        /// The newest release tag it satisfies (`go1.N`).
        public var goMinorVersion: Int

        public init(operatingSystems: Set<String>, goMinorVersion: Int) {
            self.operatingSystems = operatingSystems
            self.goMinorVersion = goMinorVersion
        }

        /// Every GOOS go/build knows today, and every release, present or future.
        public static let any = Toolchain(operatingSystems: GoPlatforms.knownOperatingSystems, goMinorVersion: Int.max / 2)
        /// Go 1.20, the last release before the wasip1 port: `wasip1` was no GOOS, so `x_wasip1.go` named no
        /// platform and `//go:build wasip1` held in no default build.
        public static let go1_20 = Toolchain(operatingSystems: GoPlatforms.knownOperatingSystems.subtracting(["wasip1"]), goMinorVersion: 20)
    }

    /// The GOOS values for which some configuration, custom tags allowed, compiles the file.
    public let operatingSystems: Set<String>
    /// The GOOS values for which some configuration without custom tags compiles the file.
    public let operatingSystemsWithoutCustomTags: Set<String>
    /// The custom tags the file's constraints mention, in order of appearance.
    public let customTags: [String]

    /// Free tags (custom and GOEXPERIMENT ones) past this many are not enumerated: the answer would cost
    /// 2^n evaluations per configuration.
    public static let maxFreeTags = 10

    /// Nil when go/build reports an error for the file (a malformed or repeated `//go:build` line), or when
    /// its constraints mention more than `maxFreeTags` custom and GOEXPERIMENT tags.
    public init?(_ file: GoSourceFile, toolchain: Toolchain = .any) {
        if file.hasMultipleGoBuildLines { return nil }
        if let goBuild = file.goBuild, goBuild.expression == nil { return nil }
        if file.fileName.isIgnored {
            self.init(operatingSystems: [], withoutCustomTags: [], customTags: [])
            return
        }
        let nameConstraint = toolchain.operatingSystems == GoPlatforms.knownOperatingSystems
            ? file.fileName.constraint
            : GoFileName.constraint(forBaseName: Array(file.fileName.baseName.utf8), operatingSystems: toolchain.operatingSystems)
        let contentConstraints: [GoBuildExpression] = file.goBuild.flatMap { $0.expression.map { [$0] } } ?? file.plusBuild.compactMap(\.expression)
        let constraints = (nameConstraint.map { [$0] } ?? []) + contentConstraints
        guard !constraints.isEmpty else {
            self.init(operatingSystems: toolchain.operatingSystems, withoutCustomTags: toolchain.operatingSystems, customTags: [])
            return
        }
        var mentioned: [String] = []
        var seen = Set<String>()
        for expression in constraints {
            for tag in expression.tags where seen.insert(tag).inserted { mentioned.append(tag) }
        }
        let space = ConfigurationSpace(mentioned: mentioned, toolchain: toolchain)
        guard space.freeTags.count <= Self.maxFreeTags else { return nil }
        func compiles(_ context: GoBuildContext) -> Bool {
            constraints.allSatisfy { $0.eval(context.satisfies) }
        }
        var reached = Set<String>()
        var reachedWithoutCustomTags = Set<String>()
        for goos in toolchain.operatingSystems {
            space.forEachConfiguration(goos: goos) { context, usesCustomTag in
                guard compiles(context) else { return false }
                reached.insert(goos)
                if !usesCustomTag { reachedWithoutCustomTags.insert(goos) }
                // Configurations without custom tags come first, so the first that compiles says all.
                return true
            }
        }
        self.init(operatingSystems: reached, withoutCustomTags: reachedWithoutCustomTags, customTags: space.customTags)
    }

    private init(operatingSystems: Set<String>, withoutCustomTags: Set<String>, customTags: [String]) {
        self.operatingSystems = operatingSystems
        self.operatingSystemsWithoutCustomTags = withoutCustomTags
        self.customTags = customTags
    }

    /// Some build for `goos` compiles the file.
    public func mayBuild(for goos: String) -> Bool { operatingSystems.contains(goos) }

    /// Some build for `goos` compiles the file, and every build for another GOOS excludes it.
    public func onlyBuilds(for goos: String) -> Bool { operatingSystems == [goos] }

    /// Some build compiles the file, and every such build satisfies the GOOS tag `tag`: `linux` is also
    /// satisfied on android, `darwin` on ios, `solaris` on illumos, `unix` on every Unix system.
    public func requires(operatingSystemTag tag: String) -> Bool {
        !operatingSystems.isEmpty && operatingSystems.allSatisfy { GoBuildContext(goos: $0, goarch: "").satisfies(tag) }
    }

    /// Some build compiles the file, but only with a custom tag set: `go build ./...` skips it everywhere.
    public var needsCustomTag: Bool { !operatingSystems.isEmpty && operatingSystemsWithoutCustomTags.isEmpty }
}

/// The configurations worth trying for one file: only the tags its constraints mention can change the
/// verdict, so each mentioned GOARCH plus one unmentioned one stands for all architectures, and so on.
private struct ConfigurationSpace {
    var architectures: [String] = []
    var cgo: [Bool] = [false]
    var compilers = ["gc"]
    var goMinorVersions: [Int]
    /// Custom and GOEXPERIMENT tags, each on or off.
    var freeTags: [String] = []
    var customTags: [String] = []
    /// Bit i set: free tag i is a custom one.
    var customMask = 0
    /// Every on/off assignment of the free tags, those without custom tags first.
    let masks: [Int]

    init(mentioned: [String], toolchain: GoBuildReach.Toolchain) {
        var releases = Set<Int>()
        var architectures = Set<String>()
        for tag in mentioned {
            if toolchain.operatingSystems.contains(tag) || tag == "unix" { continue }
            if GoPlatforms.knownOperatingSystems.contains(tag) { continue } // a port this toolchain lacks: never set
            if GoPlatforms.knownArchitectures.contains(tag) { architectures.insert(tag); continue }
            switch tag {
            case "cgo": cgo = [false, true]
            case "gc", "gccgo": compilers = ["gc", "gccgo"]
            default:
                if let minor = Self.releaseMinor(tag) {
                    releases.formUnion([minor - 1, minor])
                } else {
                    if tag.hasPrefix("goexperiment.") || tag == "boringcrypto" {
                        freeTags.append(tag)
                    } else {
                        customMask |= 1 << freeTags.count
                        freeTags.append(tag)
                        customTags.append(tag)
                    }
                }
            }
        }
        let customMask = self.customMask
        masks = (0..<(1 << min(freeTags.count, GoBuildReach.maxFreeTags))).sorted { ($0 & customMask == 0 ? 0 : 1) < ($1 & customMask == 0 ? 0 : 1) }
        self.architectures = architectures.sorted()
        if let other = GoPlatforms.knownArchitectures.sorted().first(where: { !architectures.contains($0) }) {
            self.architectures.append(other)
        }
        releases.insert(toolchain.goMinorVersion)
        goMinorVersions = releases.filter { $0 >= 0 && $0 <= toolchain.goMinorVersion }.sorted()
    }

    /// `go1.N` with N ≥ 1 written without leading zeros, as go/build's release tags are.
    private static func releaseMinor(_ tag: String) -> Int? {
        guard tag.hasPrefix("go1."), let minor = Int(tag.dropFirst(4)), minor >= 1, tag == "go1.\(minor)" else { return nil }
        return minor
    }

    /// Calls `body` with each configuration for `goos` and whether it sets a custom tag, until `body`
    /// returns true. Configurations without custom tags come first.
    func forEachConfiguration(goos: String, _ body: (GoBuildContext, Bool) -> Bool) {
        for mask in masks {
            var tags = Set<String>()
            for (index, tag) in freeTags.enumerated() where mask & (1 << index) != 0 {
                tags.insert(tag == "boringcrypto" ? "goexperiment.boringcrypto" : tag)
            }
            for goarch in architectures {
                for cgoEnabled in cgo {
                    for compiler in compilers {
                        for minor in goMinorVersions {
                            let context = GoBuildContext(goos: goos, goarch: goarch, cgoEnabled: cgoEnabled, compiler: compiler,
                                                         goMinorVersion: minor, buildTags: tags)
                            if body(context, mask & customMask != 0) { return }
                        }
                    }
                }
            }
        }
    }
}
