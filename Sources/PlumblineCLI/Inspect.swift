import ArgumentParser
import BPF
import Foundation
import GoModules
import GoSource
import Plumbline
import Wasm

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what Plumbline reads from one file.",
        discussion: """
        go.mod / go.work (go-json): the JSON `go mod edit -json` / `go work edit -json` prints.
        eBPF ELF object (json): programs, maps, licence, BTF, CO-RE relocations, helpers and the minimum kernel.
        WebAssembly module (json): layer, imports, exports, target, producers, features, size, Go build info.
        Go source file (json): package, imports, build constraints, //go: directives, generated marker.
        go.sum / go.work.sum (json): every line with module, version, hash kind and line; the problems found.
        vendor/modules.txt (json): modules with version, replacement, markers, packages; the problems found.
        """
    )

    @Argument(help: "The file: a go.mod or go.work (any name ending in .mod or .work), a go.sum or go.work.sum, a vendor/modules.txt, a Go source file, an eBPF ELF object or a WebAssembly module.")
    var file: String

    @Option(help: "Output format: go-json (go.mod, go.work); json or text (eBPF objects, WebAssembly modules). Default: go-json or json.")
    var format: Format?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case goJSON = "go-json"
        case json
        case text
    }

    @OptionGroup var ruleOptions: RuleOptions

    enum Kind {
        case gomod, gowork, gosum, vendor, elf, wasm, go

        init?(_ kind: FileKind) {
            switch kind {
            case .goMod: self = .gomod
            case .goWork: self = .gowork
            case .goSource: self = .go
            case .wasmModule: self = .wasm
            case .goSum: self = .gosum
            case .vendorList: self = .vendor
            case .object, .configuration, .wasmExec: return nil
            }
        }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw PlumblineError(.unreadable, "error: cannot read \(file)")
        }
        let bytes = [UInt8](data)
        // The file is named on purpose, so its bytes decide before its name, and any `.mod` / `.work` name
        // is a go.mod / go.work (`go mod edit` reads them the same way).
        let kind: Kind
        if bytes.starts(with: FileKind.elfMagic) {
            kind = .elf
        } else if let known = FileKind.of(file, header: bytes.prefix(FileKind.wasmMagic.count)), let inspected = Kind(known) {
            kind = inspected
        } else if file.hasSuffix(".work") {
            kind = .gowork
        } else if file.hasSuffix(".mod") {
            kind = .gomod
        } else {
            throw PlumblineError(.usage, "error: \(file): not a go.mod, go.work, Go file, ELF object or WebAssembly module")
        }
        let allowed: [Format] = kind == .elf || kind == .wasm ? [.json, .text] : (kind == .go || kind == .gosum || kind == .vendor ? [.json] : [.goJSON])
        if let format, !allowed.contains(format) {
            throw PlumblineError(.usage, "error: --format \(format.rawValue) does not apply to \(file); use \(allowed.map { "--format \($0.rawValue)" }.joined(separator: " or "))")
        }
        let asText = format == .text
        do {
            switch kind {
            case .gomod: print(GoEditJSON.render(try GoModFile.parse(bytes, fileName: file)), terminator: "")
            case .gosum: print(InspectReport.json(GoSum.parse(bytes, fileName: file)), terminator: "")
            case .vendor: print(InspectReport.json(VendorModules.parse(bytes, fileName: file)), terminator: "")
            case .gowork: print(GoEditJSON.render(try GoWorkFile.parse(bytes, fileName: file)), terminator: "")
            case .elf: print(try inspectObject(bytes, asText: asText), terminator: "")
            case .go: print(InspectReport.json(try GoSourceFile.read(bytes, path: file)), terminator: "")
            case .wasm:
                let module = try WasmModule.decode(bytes)
                print(asText ? InspectReport.text(module, path: file) : InspectReport.json(module), terminator: "")
            }
        } catch let error as GoModParseError {
            throw PlumblineError(.usage, error.description)
        } catch let error as BPFDecodeError {
            throw PlumblineError(.usage, "\(file): \(error)")
        } catch let error as GoSourceError {
            throw PlumblineError(.usage, error.description)
        } catch let error as WasmDecodeError {
            throw PlumblineError(.usage, "\(file): \(error)")
        }
    }

    private func inspectObject(_ bytes: [UInt8], asText: Bool) throws -> String {
        let tables: BPFTables
        do {
            tables = try BPFTablesLoader.load(directory: try ruleOptions.sources().shippedDirectory() + "/data")
        } catch let error as BPFTablesLoader.LoadError {
            throw PlumblineError(.usage, error.description)
        }
        let object = try BPFObject.decode(bytes)
        let assessment = BPFPolicy(tables: tables).assess(object)
        return asText
            ? InspectReport.text(object, assessment: assessment, path: file)
            : InspectReport.json(object, assessment: assessment)
    }
}
