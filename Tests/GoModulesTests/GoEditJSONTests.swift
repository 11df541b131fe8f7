import GoModules
import Testing

/// Expected outputs below were produced by go1.27.3 `go mod edit -json` / `go work edit -json`.
@Suite("GoEditJSON: go mod edit -json byte for byte")
struct GoEditJSONTests {
    @Test("every directive, in the go command's field order")
    func fullFile() throws {
        let file = try parseMod(
            "// Deprecated: use v2.\nmodule example.com/m\n\ngo 1.22.3\n\ntoolchain go1.23.1\n\n"
                + "godebug (\n\tpanicnil=1\n)\n\n"
                + "require (\n\tgolang.org/x/text v0.14\n\tgithub.com/a/b v1.0.0 // indirect\n)\n\n"
                + "exclude github.com/a/b v0.9.0\n\nreplace github.com/a/b v1.0.0 => ../b\n\n// oops\n"
                + "retract [v1.0.0, v1.0.1]\n\ntool golang.org/x/tools/cmd/stringer\n\nignore ./tmp\n")
        let expected = """
            {
            \t"Module": {
            \t\t"Path": "example.com/m",
            \t\t"Deprecated": "use v2."
            \t},
            \t"Go": "1.22.3",
            \t"Toolchain": "go1.23.1",
            \t"GoDebug": [
            \t\t{
            \t\t\t"Key": "panicnil",
            \t\t\t"Value": "1"
            \t\t}
            \t],
            \t"Require": [
            \t\t{
            \t\t\t"Path": "golang.org/x/text",
            \t\t\t"Version": "v0.14.0"
            \t\t},
            \t\t{
            \t\t\t"Path": "github.com/a/b",
            \t\t\t"Version": "v1.0.0",
            \t\t\t"Indirect": true
            \t\t}
            \t],
            \t"Exclude": [
            \t\t{
            \t\t\t"Path": "github.com/a/b",
            \t\t\t"Version": "v0.9.0"
            \t\t}
            \t],
            \t"Replace": [
            \t\t{
            \t\t\t"Old": {
            \t\t\t\t"Path": "github.com/a/b",
            \t\t\t\t"Version": "v1.0.0"
            \t\t\t},
            \t\t\t"New": {
            \t\t\t\t"Path": "../b"
            \t\t\t}
            \t\t}
            \t],
            \t"Retract": [
            \t\t{
            \t\t\t"Low": "v1.0.0",
            \t\t\t"High": "v1.0.1",
            \t\t\t"Rationale": "oops"
            \t\t}
            \t],
            \t"Tool": [
            \t\t{
            \t\t\t"Path": "golang.org/x/tools/cmd/stringer"
            \t\t}
            \t],
            \t"Ignore": [
            \t\t{
            \t\t\t"Path": "./tmp"
            \t\t}
            \t]
            }

            """
        #expect(GoEditJSON.render(file) == expected)
    }

    @Test("string escaping: HTML characters, line separators, controls; DEL stays raw")
    func escaping() throws {
        let file = try parseMod(#"module "a<b>&\u2028\u2029\x01\b\f\x7f\\\"q\t\n\r\x1f/é""# + "\n")
        let expected =
            "{\n\t\"Module\": {\n\t\t\"Path\": "
            + "\"a\\u003cb\\u003e\\u0026\\u2028\\u2029\\u0001\\b\\f\u{7F}\\\\\\\"q\\t\\n\\r\\u001f/é\"\n\t}\n}\n"
        #expect(GoEditJSON.render(file) == expected)
    }

    @Test("invalid UTF-8 becomes one U+FFFD per byte")
    func invalidUTF8() throws {
        let file = try GoModFile.parse(
            Array("module a".utf8) + [0xE2, 0x82] + Array("x".utf8) + [0xFF, 0x0A], fileName: "go.mod")
        #expect(GoEditJSON.render(file) == "{\n\t\"Module\": {\n\t\t\"Path\": \"a\u{FFFD}\u{FFFD}x\u{FFFD}\"\n\t}\n}\n")
    }

    @Test("empty files")
    func emptyFiles() throws {
        #expect(GoEditJSON.render(try parseMod("")) == "{\n\t\"Module\": {\n\t\t\"Path\": \"\"\n\t}\n}\n")
        #expect(GoEditJSON.render(try parseWork("")) == "{}\n")
    }

    @Test("duplicates and empty paths are dropped as the go command drops them")
    func cleanup() throws {
        let file = try parseMod(
            "module x\ngodebug =x\ngodebug a=b=c\nexclude a.com/b v1.0.0\nexclude a.com/b v1.0\n"
                + "replace a.com/b => ./x\n"
                + "replace a.com/c => ./y\nreplace a.com/b => ./z\ntool a\ntool a\nignore b\nignore b\n"
                + "require \"\" v1.0.0\nretract \"\"\n")
        let expected = """
            {
            \t"Module": {
            \t\t"Path": "x"
            \t},
            \t"GoDebug": [
            \t\t{
            \t\t\t"Key": "a",
            \t\t\t"Value": "b=c"
            \t\t}
            \t],
            \t"Exclude": [
            \t\t{
            \t\t\t"Path": "a.com/b",
            \t\t\t"Version": "v1.0.0"
            \t\t}
            \t],
            \t"Replace": [
            \t\t{
            \t\t\t"Old": {
            \t\t\t\t"Path": "a.com/c"
            \t\t\t},
            \t\t\t"New": {
            \t\t\t\t"Path": "./y"
            \t\t\t}
            \t\t},
            \t\t{
            \t\t\t"Old": {
            \t\t\t\t"Path": "a.com/b"
            \t\t\t},
            \t\t\t"New": {
            \t\t\t\t"Path": "./z"
            \t\t\t}
            \t\t}
            \t],
            \t"Tool": [
            \t\t{
            \t\t\t"Path": "a"
            \t\t}
            \t],
            \t"Ignore": [
            \t\t{
            \t\t\t"Path": "b"
            \t\t}
            \t]
            }

            """
        #expect(GoEditJSON.render(file) == expected)
    }

    @Test("go.work: Godebug spelling, DiskPath, empty godebug keys kept")
    func workFile() throws {
        let file = try parseWork("go 1.22\ngodebug =x\nuse ./a // example.com/a\nuse \"\"\n")
        let expected = """
            {
            \t"Go": "1.22",
            \t"Godebug": [
            \t\t{
            \t\t\t"Key": "",
            \t\t\t"Value": "x"
            \t\t}
            \t],
            \t"Use": [
            \t\t{
            \t\t\t"DiskPath": "./a"
            \t\t}
            \t]
            }

            """
        #expect(GoEditJSON.render(file) == expected)
    }
}
