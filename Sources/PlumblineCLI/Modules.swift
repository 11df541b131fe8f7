import ArgumentParser
import Foundation
import Git
import GoModules
import ModuleSources
import Plumbline

/// Commands that stand in for the go command's module commands, offline, from the module sources alone.
struct Modules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modules",
        abstract: "Answer the go command's module questions from a module cache or GOPROXY, without the go command.",
        subcommands: [List.self, Graph.self, Verify.self]
    )

    /// Which snapshot and which module sources: shared by every `modules` subcommand.
    struct Options: ParsableArguments {
        @Argument(help: "Repository or directory whose root go.mod is the main module.")
        var path: String = "."

        @Option(name: .customLong("rev"), help: ArgumentHelp("Read this commit-ish's tree.", valueName: "REV"))
        var revision: String?

        @Flag(help: "Read the index: the content the next commit would get.")
        var staged = false

        @Option(name: .customLong("modules"), help: ArgumentHelp("Where module content comes from, tried in order: auto ($GOMODCACHE, else $GOPATH/pkg/mod, else ~/go/pkg/mod), a module cache directory, file://DIR (a GOPROXY tree) or an http(s):// GOPROXY URL (the only network use; answers cached under $XDG_CACHE_HOME/plumbline). Repeatable; default auto.", valueName: "SOURCE"))
        var modules: [String] = []

        @Flag(name: .customLong("no-owner-validation"), help: "Open repositories owned by another user (as in CI containers).")
        var noOwnerValidation = false

        func validate() throws {
            if revision != nil && staged { throw ValidationError("--rev and --staged cannot be used together") }
        }

        /// The main module's go.mod and go.sum bytes from the snapshot.
        func snapshot() throws -> ScanInput {
            if noOwnerValidation { GitLibrary.setOwnerValidation(false) }
            let mode: SourceMode = revision.map { .revision($0) } ?? (staged ? .index : .workingTree)
            let input: ScanInput
            do {
                input = try ScanInput.load(path: path, mode: mode)
            } catch {
                throw PlumblineError.unreadable(error.description)
            }
            return input
        }

        func sourceList() throws -> ModuleSourceList {
            do {
                return try ModuleSourceList.parse(modules.isEmpty ? ["auto"] : modules, environment: ProcessInfo.processInfo.environment)
            } catch {
                throw PlumblineError.usage("--modules: \(error.description)")
            }
        }
    }

    /// `go mod verify`: what it prints, on the same streams, with its exit status.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check downloaded modules as `go mod verify` does: go.mod hashes against go.sum, cached zips and extracted trees against the cache's .ziphash.",
            discussion: """
            Prints "all modules verified" and exits 0, or prints each problem on standard error as the go \
            command words it (without its "go: " prefix) and exits 1. Modules not in any module cache are \
            skipped, as the go command skips modules it has not downloaded; a go.mod that a source fails to \
            give (timeout, HTTP error) is printed and exits 1.
            """
        )

        @OptionGroup var options: Options

        func run() throws {
            let sources = try options.sourceList()
            let result = ModuleVerification.verify(try MainModuleGraph(snapshot: try options.snapshot(), sources: sources), sources: sources)
            if !result.unreadable.isEmpty {
                // The go command cannot load a graph whose go.mod files it cannot read, and stops.
                for failure in result.unreadable { printError(failure) }
                throw FindingsAtThreshold()
            }
            if let mismatch = result.goModMismatches.first {
                // The go command stops at the first go.mod it cannot trust, before checking any zip.
                printError("""
                verifying \(mismatch.module)@\(mismatch.version)/go.mod: checksum mismatch
                \tdownloaded: \(mismatch.computed)
                \tgo.sum:     \(mismatch.goSum)

                SECURITY ERROR
                This download does NOT match an earlier download recorded in go.sum.
                The bits may have been replaced on the origin server, or an attacker may
                have intercepted the download attempt.

                For more information, see 'go help module-auth'.
                """)
                throw FindingsAtThreshold()
            }
            let problems = result.modules.flatMap(\.problems)
            for problem in problems { printError(problem) }
            guard problems.isEmpty else { throw FindingsAtThreshold() }
            print("all modules verified")
        }
    }

    /// `go list -m all`: the build list, one module per line.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the build list as `go list -m all` does, from the module sources.",
            discussion: "Exits 1, after printing what it could, when a go.mod the graph needs is not in the module sources or cannot be used, naming each."
        )

        @OptionGroup var options: Options

        func run() throws {
            let main = try MainModuleGraph(snapshot: try options.snapshot(), sources: try options.sourceList())
            FileHandle.standardOutput.write(Data(main.graph.listText.utf8))
            try Modules.reportProblems(main.graph)
        }
    }

    /// `go mod graph`: the requirement edges, in the go command's order.
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the module requirement graph as `go mod graph` does, from the module sources.",
            discussion: "Exits 1, after printing what it could, when a go.mod the graph needs is not in the module sources or cannot be used, naming each."
        )

        @OptionGroup var options: Options

        func run() throws {
            let main = try MainModuleGraph(snapshot: try options.snapshot(), sources: try options.sourceList())
            FileHandle.standardOutput.write(Data(main.graph.graphText.utf8))
            try Modules.reportProblems(main.graph)
        }
    }

    /// The go command stops on a go.mod it cannot load; these commands print the rest and say which.
    static func reportProblems(_ graph: ModuleGraph) throws {
        guard !graph.problems.isEmpty else { return }
        for problem in graph.problems { printError("error: \(problem.description)") }
        throw FindingsAtThreshold()
    }
}
