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
        @OptionGroup var snapshot: SnapshotOptions

        @Option(name: .customLong("modules"), help: ArgumentHelp("Where module content comes from, tried in order: auto ($GOMODCACHE, else $GOPATH/pkg/mod, else ~/go/pkg/mod), a module cache directory, file://DIR (a GOPROXY tree) or an http(s):// GOPROXY URL (the only network use; answers cached under $XDG_CACHE_HOME/plumbline). Repeatable; default auto.", valueName: "SOURCE"))
        var modules: [String] = []

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
            let result = ModuleVerification.verify(try MainModuleGraph(snapshot: try options.snapshot.read(), sources: sources), sources: sources)
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

        func run() throws { try Modules.printGraph(options, \.listText) }
    }

    /// `go mod graph`: the requirement edges, in the go command's order.
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the module requirement graph as `go mod graph` does, from the module sources.",
            discussion: "Exits 1, after printing what it could, when a go.mod the graph needs is not in the module sources or cannot be used, naming each."
        )

        @OptionGroup var options: Options

        func run() throws { try Modules.printGraph(options, \.graphText) }
    }

    /// Prints one rendering of the main module's graph. The go command stops on a go.mod it cannot load;
    /// these commands print the rest, name each such go.mod and exit 1.
    static func printGraph(_ options: Options, _ rendering: (ModuleGraph) -> String) throws {
        let graph = try MainModuleGraph(snapshot: try options.snapshot.read(), sources: try options.sourceList()).graph
        FileHandle.standardOutput.write(Data(rendering(graph).utf8))
        guard !graph.problems.isEmpty else { return }
        for problem in graph.problems { printError("error: \(problem.description)") }
        throw FindingsAtThreshold()
    }
}
