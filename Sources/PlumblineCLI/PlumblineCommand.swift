import ArgumentParser
import Foundation
import Plumbline

/// Exit codes, documented in README.md (Exit codes).
enum ExitStatus: Int32 {
    /// Nothing at or above the --fail-on level.
    case clean = 0
    /// Findings at or above the --fail-on level.
    case findings = 1
    /// Usage or configuration error (bad flag, rule file, config file).
    case usage = 2
    /// The scan could not complete (repository unreadable, path missing).
    case scanFailed = 3

    /// The one mapping from what went wrong to the documented exit code. Messages of Plumbline's own
    /// errors are printed as they are; argument errors get ArgumentParser's usage text.
    static func handle(_ error: any Error) -> Never {
        switch error {
        case is FindingsAtThreshold:
            Foundation.exit(findings.rawValue)
        case let failure as PlumblineError:
            printError(failure.message)
            Foundation.exit(failure.kind == .usage ? usage.rawValue : scanFailed.rawValue)
        default:
            if PlumblineCommand.exitCode(for: error) == .success {
                print(PlumblineCommand.fullMessage(for: error))
                Foundation.exit(clean.rawValue)
            }
            printError(PlumblineCommand.fullMessage(for: error))
            Foundation.exit(usage.rawValue)
        }
    }
}

/// Thrown by a command whose result fails the run (findings at or above `--fail-on`, a failing rule
/// example): exit 1, after the report has been written.
struct FindingsAtThreshold: Error {}

@main
struct PlumblineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plumbline",
        abstract: "Compliance, technical-debt and upgrade-readiness scanner for Go repositories.",
        version: "0.1.0",
        subcommands: [Scan.self, RoadmapCommand.self, Inspect.self, Rules.self, Modules.self, Hook.self],
        defaultSubcommand: Scan.self
    )

    /// ArgumentParser exits with 64 on usage errors; Plumbline documents 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ExitStatus.handle(error)
        }
    }
}

/// Writes to stderr; every error message carries file:line:column when it has one.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}
