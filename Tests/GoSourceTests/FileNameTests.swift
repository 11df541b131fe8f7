import Testing
@testable import GoSource

/// What file names imply, by go/build's `goodOSArchFile`, its `_test.go` rule and its ignored prefixes.
@Suite struct FileNameTests {
    /// (path, constraint printed, test file, ignored).
    static let table: [(String, String?, Bool, Bool)] = [
        ("x_linux.go", "linux", false, false),
        ("x_amd64.go", "amd64", false, false),
        ("x_linux_amd64.go", "linux && amd64", false, false),
        ("x_js_wasm.go", "js && wasm", false, false),
        ("x_wasip1_wasm.go", "wasip1 && wasm", false, false),
        ("x_wasip1.go", "wasip1", false, false),
        ("x_linux_amd64_test.go", "linux && amd64", true, false),
        ("x_windows_test.go", "windows", true, false),
        ("x_test.go", nil, true, false),
        ("linux.go", nil, false, false),
        ("linux_amd64.go", "amd64", false, false),
        ("x_linux_unknown.go", nil, false, false),
        ("x_unknown_amd64.go", "amd64", false, false),
        ("x_amd64_linux.go", "linux", false, false),
        ("x_windows.pb.go", "windows", false, false),
        ("x.linux.go", nil, false, false),
        ("dir_linux/x.go", nil, false, false),
        ("dir/x_nacl_386.go", "nacl && 386", false, false),
        ("x_zos_s390x.go", "zos && s390x", false, false),
        ("x_hurd.go", "hurd", false, false),
        ("x_ios_arm64.go", "ios && arm64", false, false),
        ("x_linux_test_amd64.go", "amd64", false, false),
        ("_x_linux.go", "linux", false, true),
        (".x.go", nil, false, true),
        ("_test.go", nil, true, true),
        ("x_Linux.go", nil, false, false),
    ]

    @Test(arguments: table)
    func implies(_ path: String, _ constraint: String?, _ isTest: Bool, _ isIgnored: Bool) {
        let name = GoFileName(path: path)
        #expect(name.constraint?.description == constraint)
        #expect(name.isTest == isTest)
        #expect(name.isIgnored == isIgnored)
        #expect(name.baseName == String(path.split(separator: "/").last ?? ""))
    }

    @Test func platformLists() {
        #expect(GoPlatforms.knownOperatingSystems.count == 18)
        #expect(GoPlatforms.knownArchitectures.count == 24)
        #expect(GoPlatforms.knownOperatingSystems.isSuperset(of: ["js", "wasip1", "linux", "windows", "darwin"]))
        #expect(GoPlatforms.unixOperatingSystems.isSubset(of: GoPlatforms.knownOperatingSystems))
        #expect(!GoPlatforms.unixOperatingSystems.contains("js"))
        #expect(!GoPlatforms.unixOperatingSystems.contains("wasip1"))
    }

    @Test func fileReadsCarryTheirName() throws {
        let test = try Fixtures.valid("sys_linux_amd64_test.go")
        #expect(test.isTest)
        #expect(test.fileName.constraint?.description == "linux && amd64")
        let js = try Fixtures.valid("wasm_exports_js_wasm.go")
        #expect(!js.isTest)
        #expect(js.fileName.constraint == .and(.tag("js"), .tag("wasm")))
    }
}
