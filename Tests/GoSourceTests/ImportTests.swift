import Testing
@testable import GoSource

/// Package clauses and import declarations in every form, with their positions.
@Suite struct ImportTests {
    @Test func everyImportForm() throws {
        let file = try Fixtures.valid("imports_all_forms.go")
        #expect(file.packageName == "forms")
        #expect(file.packagePosition == GoPosition(line: 2, column: 1, offset: 59))
        #expect(file.packageNamePosition.description == "2:9")
        #expect(file.importSummary == [
            "fmt @4:8", "os @7:2", "str strings @8:2", ". math @9:2", "_ embed @10:2", "net/http @13:2", "io @14:24",
            "path/filepath @15:2", "encoding/json @16:2", "unicode/utf8 @17:2", "sort @20:8", "b bytes @20:23",
            "errors @24:2",
        ])
        #expect(file.imports.map(\.form) == [
            .plain, .plain, .named, .dot, .blank, .plain, .plain, .plain, .plain, .plain, .plain, .named, .plain,
        ])
        let named = try #require(file.imports.first { $0.name == "str" })
        #expect(named.position.description == "8:2")
        #expect(named.pathPosition.description == "8:6")
        #expect(file.cgoPreamble == nil)
        #expect(file.imports.allSatisfy { !$0.isCgo })
    }

    @Test func emptyGroupAndNoImports() throws {
        #expect(try Fixtures.valid("empty_import_group.go").imports.isEmpty)
        let only = try Fixtures.valid("package_only.go")
        #expect(only.packageName == "only")
        #expect(only.imports.isEmpty)
        let eof = try Fixtures.valid("package_at_eof.go")
        #expect(eof.packageName == "eof")
        #expect(eof.headerEnd == 11)
    }

    @Test func semicolonsOnOneLine() throws {
        let file = try Fixtures.valid("semicolons_one_line.go")
        #expect(file.importSummary == ["fmt @1:22", "s strings @1:36", "os @1:57", "io @1:63"])
        #expect(file.headerEnd == 69)
    }

    @Test func unicodeIdentifiers() throws {
        let file = try Fixtures.valid("unicode_names.go")
        #expect(file.packageName == "ünïcode")
        #expect(file.importSummary == ["ñ fmt @4:2", "日本 strings @5:2"])
    }

    @Test func cgoPreambleAboveImportC() throws {
        let file = try Fixtures.valid("cgo_preamble.go")
        #expect(file.importSummary == ["C @11:8", "unsafe @13:8"])
        #expect(file.imports.first?.isCgo == true)
        #expect(file.cgoPreamble == "/*\n#cgo LDFLAGS: -lbpf\n#include <stdlib.h>\n\nstatic int add(int a, int b) { return a + b; }\n*/")
    }

    @Test func cgoPreambleInsideAGroup() throws {
        let grouped = try Fixtures.valid("cgo_grouped.go")
        #expect(grouped.cgoPreamble == "// #include <stdio.h>\n// #include <errno.h>")
        // With a single spec in the group, the declaration's comment documents it (go/build's rule).
        let single = try Fixtures.valid("cgo_single_in_group.go")
        #expect(single.cgoPreamble == "// #cgo CFLAGS: -O2\n// #include <math.h>")
    }

    @Test func cgoPreambleNeedsAdjacentComment() throws {
        let file = try read("package p\n\n// not adjacent\n\nimport \"C\"\n")
        #expect(file.cgoPreamble == nil)
        let adjacent = try read("package p\n\n// one\n/* two */ // three\nimport \"C\"\n")
        #expect(adjacent.cgoPreamble == "// one\n/* two */\n// three")
        // A comment after the previous import on its line belongs to that import, not to the next.
        let trailing = try read("package p\n\nimport \"a\" // a's\nimport \"C\"\n")
        #expect(trailing.cgoPreamble == nil)
    }

    @Test func importPathValues() throws {
        let file = try read("package p\nimport (\n\t`raw/path`\n\t\"\\u00e9\\x41\\101\"\n\t\"a\\u002Fb\"\n)\n")
        #expect(file.imports.map(\.path) == ["raw/path", "éAA", "a/b"])
        // A backslash is one of the characters go/build refuses in import paths.
        #expect(readError("package p\nimport \"a\\\\b\"\n") == "2:8: invalid import path: a\\b")
    }

    @Test func headerEndsAtFirstDeclaration() throws {
        let file = try read("package p\n\nimport \"fmt\"\n\n// doc\nfunc F() { fmt.Println() }\n")
        #expect(file.headerEnd == 32)
    }
}
