import ArgumentParser
import Foundation

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
}

@main
struct PlumblineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plumbline",
        abstract: "Compliance, technical-debt and upgrade-readiness scanner for Go repositories.",
        version: "0.1.0",
        subcommands: [Scan.self, RoadmapCommand.self, Inspect.self, Rules.self, Hook.self],
        defaultSubcommand: Scan.self
    )

    /// ArgumentParser exits with 64 on usage errors; Plumbline documents 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}

/// Writes to stderr; every error message carries file:line:column when it has one.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}
