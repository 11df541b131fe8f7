import Testing
@testable import GoSource

/// Which builds may compile a file, over every configuration: "may build for" a GOOS (some build for it
/// compiles the file) against "only builds for" it (every build for another GOOS excludes it).
@Suite struct BuildReachTests {
    private func reach(_ header: String, path: String = "x.go", toolchain: GoBuildReach.Toolchain = .any) throws -> GoBuildReach {
        let file = try GoSourceFile.read(Array((header + "package p\n").utf8), path: path)
        return try #require(GoBuildReach(file, toolchain: toolchain))
    }

    @Test func aFileWithoutConstraintsBuildsEverywhereAndForNothingOnly() throws {
        let plain = try reach("")
        #expect(plain.mayBuild(for: "wasip1") && plain.mayBuild(for: "js") && plain.mayBuild(for: "linux"))
        #expect(!plain.onlyBuilds(for: "wasip1") && !plain.onlyBuilds(for: "js"))
        #expect(!plain.needsCustomTag)
        #expect(plain.operatingSystems == GoPlatforms.knownOperatingSystems)
    }

    @Test func constraintsOrTheNameRequireAPlatform() throws {
        for (header, path) in [("//go:build wasip1\n\n", "x.go"), ("", "x_wasip1.go"), ("//go:build wasip1 && wasm\n\n", "x.go"),
                               ("", "x_wasip1_wasm.go"), ("// +build wasip1\n\n", "x.go")] {
            let file = try reach(header, path: path)
            #expect(file.onlyBuilds(for: "wasip1"), "\(path) \(header)")
            #expect(file.mayBuild(for: "wasip1") && !file.mayBuild(for: "js"))
            #expect(file.requires(operatingSystemTag: "wasip1"))
        }
        let either = try reach("//go:build wasip1 || js\n\n")
        #expect(either.mayBuild(for: "wasip1") && either.mayBuild(for: "js"))
        #expect(!either.onlyBuilds(for: "wasip1") && !either.onlyBuilds(for: "js"))
        #expect(either.operatingSystems == ["wasip1", "js"])
        let wasm = try reach("//go:build wasm\n\n")
        #expect(wasm.operatingSystems == GoPlatforms.knownOperatingSystems, "GOARCH=wasm is only a port for js and wasip1, but go/build does not know ports")
    }

    @Test func aNegatedPlatformSinglesNothingOut() throws {
        let notWindows = try reach("//go:build !windows\n\n")
        #expect(!notWindows.mayBuild(for: "windows"))
        #expect(!notWindows.requires(operatingSystemTag: "windows"))
        #expect(!notWindows.requires(operatingSystemTag: "linux"))
        #expect(notWindows.mayBuild(for: "linux") && notWindows.mayBuild(for: "wasip1"))
    }

    /// android builds compile `_linux.go` files too: such a file requires the linux tag but does not only
    /// build for GOOS=linux.
    @Test func impliedOperatingSystems() throws {
        let linux = try reach("", path: "x_linux.go")
        #expect(linux.operatingSystems == ["linux", "android"])
        #expect(linux.requires(operatingSystemTag: "linux"))
        #expect(!linux.onlyBuilds(for: "linux"))
        let unix = try reach("//go:build unix\n\n")
        #expect(unix.operatingSystems == GoPlatforms.unixOperatingSystems)
        #expect(!unix.mayBuild(for: "wasip1") && !unix.mayBuild(for: "js"))
    }

    @Test func customTags() throws {
        let tagged = try reach("//go:build ui\n\n")
        #expect(tagged.needsCustomTag)
        #expect(tagged.customTags == ["ui"])
        #expect(tagged.mayBuild(for: "linux"))
        #expect(tagged.operatingSystemsWithoutCustomTags.isEmpty)
        #expect(try reach("//go:build ignore\n\n").needsCustomTag)
        #expect(try reach("//go:build ui && linux && !embedded\n\n").customTags == ["ui", "embedded"])
        #expect(try !reach("//go:build !ui\n\n").needsCustomTag)
        #expect(try !reach("//go:build ui || linux\n\n").needsCustomTag)
        #expect(try reach("//go:build ui || linux\n\n").operatingSystemsWithoutCustomTags == ["linux", "android"])
        // Toolchain-set tags are not custom ones.
        for header in ["//go:build cgo\n\n", "//go:build gccgo\n\n", "//go:build go1.21\n\n", "//go:build !go1.18\n\n",
                       "//go:build goexperiment.rangefunc\n\n", "//go:build boringcrypto\n\n", "//go:build amd64 && linux\n\n"] {
            let file = try reach(header)
            #expect(!file.needsCustomTag, "\(header)")
            #expect(file.customTags.isEmpty, "\(header)")
        }
    }

    @Test func filesNoBuildCompiles() throws {
        let never = try reach("//go:build linux && windows\n\n")
        #expect(never.operatingSystems.isEmpty)
        #expect(!never.onlyBuilds(for: "linux") && !never.requires(operatingSystemTag: "linux") && !never.needsCustomTag)
        #expect(try reach("", path: "_x.go").operatingSystems.isEmpty)
        #expect(try reach("", path: ".x_wasip1.go").operatingSystems.isEmpty)
    }

    /// Go 1.20 had no wasip1 port: `x_wasip1.go` named no platform, so it built everywhere, and the tag
    /// `wasip1` held nowhere.
    @Test func aToolchainBeforeTheWasip1Port() throws {
        let old = GoBuildReach.Toolchain.go1_20
        let named = try reach("", path: "x_wasip1.go", toolchain: old)
        #expect(named.operatingSystems == old.operatingSystems)
        #expect(!named.mayBuild(for: "wasip1"))
        #expect(try reach("//go:build wasip1\n\n", toolchain: old).operatingSystems.isEmpty)
        #expect(try reach("//go:build wasip1\n\n", path: "x_wasip1.go", toolchain: old).operatingSystems.isEmpty)
        #expect(try reach("//go:build wasip1 || js\n\n", toolchain: old).operatingSystems == ["js"])
        #expect(try reach("//go:build go1.21\n\n", toolchain: old).operatingSystems.isEmpty)
        #expect(try reach("//go:build !go1.21\n\n", toolchain: old).operatingSystems == old.operatingSystems)
        #expect(try reach("//go:build go1.20\n\n", toolchain: old).operatingSystems == old.operatingSystems)
        #expect(try reach("//go:build !wasip1\n\n", toolchain: old).operatingSystems == old.operatingSystems)
    }

    @Test func filesGoBuildRejectsHaveNoAnswer() throws {
        #expect(GoBuildReach(try GoSourceFile.read(Array("//go:build (\n\npackage p\n".utf8), path: "x.go")) == nil)
        #expect(GoBuildReach(try GoSourceFile.read(Array("//go:build a\n//go:build b\n\npackage p\n".utf8), path: "x.go")) == nil)
        let many = (0..<11).map { "t\($0)" }.joined(separator: " || ")
        #expect(GoBuildReach(try GoSourceFile.read(Array("//go:build \(many)\n\npackage p\n".utf8), path: "x.go")) == nil)
        let enough = (0..<10).map { "t\($0)" }.joined(separator: " && ")
        #expect(GoBuildReach(try GoSourceFile.read(Array("//go:build \(enough)\n\npackage p\n".utf8), path: "x.go"))?.needsCustomTag == true)
    }
}
