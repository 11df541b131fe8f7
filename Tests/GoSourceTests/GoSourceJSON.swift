// Shared with the scratch `gosource-inspect` executable, so it imports nothing but GoSource.
import GoSource

/// Renders a `GoSourceFile` in the JSON shape of `plumbline inspect FILE.go --format json` (issue 5 §2),
/// plus the keys the Go oracle (fixtures/gosource/oracle) also prints: columns, `build_error`,
/// `patterns` of `go:embed`, `file_build`, `cgo_preamble` and `matches` (file inclusion per build context).
enum GoSourceJSON {
    /// The build contexts of `matches`, by key; the oracle uses the same list.
    static let contexts: [(key: String, context: GoBuildContext)] = [
        ("linux/amd64+cgo", GoBuildContext(goos: "linux", goarch: "amd64", cgoEnabled: true)),
        ("linux/arm64", GoBuildContext(goos: "linux", goarch: "arm64")),
        ("linux/amd64+integration", GoBuildContext(goos: "linux", goarch: "amd64", buildTags: ["integration"])),
        ("windows/amd64", GoBuildContext(goos: "windows", goarch: "amd64")),
        ("darwin/arm64+cgo", GoBuildContext(goos: "darwin", goarch: "arm64", cgoEnabled: true)),
        ("ios/arm64", GoBuildContext(goos: "ios", goarch: "arm64")),
        ("android/arm64", GoBuildContext(goos: "android", goarch: "arm64")),
        ("illumos/amd64", GoBuildContext(goos: "illumos", goarch: "amd64")),
        ("freebsd/386", GoBuildContext(goos: "freebsd", goarch: "386")),
        ("plan9/386", GoBuildContext(goos: "plan9", goarch: "386")),
        ("js/wasm", GoBuildContext(goos: "js", goarch: "wasm")),
        ("wasip1/wasm", GoBuildContext(goos: "wasip1", goarch: "wasm")),
        ("linux/amd64@go1.20", GoBuildContext(goos: "linux", goarch: "amd64", goMinorVersion: 20)),
    ]

    static func render(_ file: GoSourceFile) -> String {
        var out = "{\"kind\":\"go\""
        out += ",\"package\":" + quote(file.packageName)
        out += ",\"generated\":\(file.isGenerated),\"test\":\(file.isTest)"
        out += ",\"imports\":[" + file.imports.map { spec in
            "{\"path\":\(quote(spec.path)),\"name\":\(spec.name.map(quote) ?? "null"),\"line\":\(spec.position.line),\"column\":\(spec.position.column)}"
        }.joined(separator: ",") + "]"
        out += ",\"build\":" + (file.goBuild?.expression.map { quote($0.description) } ?? "null")
        let buildError = file.hasMultipleGoBuildLines ? "multiple //go:build comments" : file.goBuild?.error?.message
        out += ",\"build_error\":" + (buildError.map(quote) ?? "null")
        out += ",\"plus_build\":[" + file.plusBuild.map { quote($0.text) }.joined(separator: ",") + "]"
        out += ",\"directives\":[" + file.directives.map(directive).joined(separator: ",") + "]"
        out += ",\"file_build\":" + (file.fileName.constraint.map { quote($0.description) } ?? "null")
        out += ",\"cgo_preamble\":" + (file.cgoPreamble.map(quote) ?? "null")
        out += ",\"matches\":{" + contexts.map { entry in
            quote(entry.key) + ":" + (entry.context.matches(file).map { "\($0)" } ?? "null")
        }.joined(separator: ",") + "}"
        return out + "}"
    }

    private static func directive(_ directive: GoDirective) -> String {
        var out = "{\"name\":\(quote(directive.name)),\"args\":\(quote(directive.arguments))"
        out += ",\"line\":\(directive.position.line),\"column\":\(directive.position.column)"
        if directive.name == "go:embed" {
            if case .malformed(let message) = directive.detail {
                out += ",\"patterns_error\":" + quote(message)
            } else {
                out += ",\"patterns\":[" + directive.embedPatterns.map(quote).joined(separator: ",") + "]"
            }
        }
        return out + "}"
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
