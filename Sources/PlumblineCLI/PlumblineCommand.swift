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
            try rejectMistypedCommand(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ExitStatus.handle(error)
        }
    }
}

extension PlumblineCommand {
    /// `scan` is the default command, so a first word that is neither a command nor an option reads as the
    /// path to scan. When no such path exists either, it was most likely a mistyped command (`scna`).
    static func rejectMistypedCommand(_ arguments: [String]) throws(PlumblineError) {
        guard let first = arguments.first, !first.hasPrefix("-"), !first.contains("/"),
              !FileManager.default.fileExists(atPath: first) else { return }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(first) else { return }
        let closest = names.map { ($0, editDistance(first, $0)) }.min { $0.1 < $1.1 }
        let hint = closest.flatMap { $0.1 <= 2 ? ", did you mean '\($0.0)'?" : nil } ?? "; commands: \(names.joined(separator: ", "))"
        throw .usage("error: unknown command '\(first)'\(hint) (a path to scan must exist)")
    }

    /// Levenshtein distance over characters; command names are short.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Writes to stderr; every error message carries file:line:column when it has one.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}
