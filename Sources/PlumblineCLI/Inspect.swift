import ArgumentParser
import Foundation
import GoModules

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what Plumbline reads from one file.",
        discussion: "go-json: for a go.mod or go.work, the JSON `go mod edit -json` / `go work edit -json` prints."
    )

    @Argument(help: "The file to inspect (go.mod, go.work, or a file whose name ends in .mod or .work).")
    var file: String

    @Option(help: "Output format: go-json.")
    var format: String = "go-json"

    func validate() throws {
        guard format == "go-json" else { throw ValidationError("--format must be go-json for \(file), not '\(format)'") }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("error: cannot read \(file)")
            throw ExitCode(ExitStatus.scanFailed.rawValue)
        }
        let bytes = [UInt8](data)
        do {
            if file.hasSuffix(".work") {
                print(GoEditJSON.render(try GoWorkFile.parse(bytes, fileName: file)), terminator: "")
            } else if file.hasSuffix(".mod") {
                print(GoEditJSON.render(try GoModFile.parse(bytes, fileName: file)), terminator: "")
            } else {
                printError("error: \(file): cannot tell the file's kind; go-json needs a go.mod or go.work (a name ending in .mod or .work)")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
        } catch let error as GoModParseError {
            printError(error.description)
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }
}
