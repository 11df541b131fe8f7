import ArgumentParser
import Foundation
import Plumbline

extension RoadmapReporter.Format: ExpressibleByArgument {}

struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Scan, then order what the findings ask for into an upgrade plan: one step per action, in phases.",
        discussion: """
        Phases go: security, hygiene, go-upgrade, dependencies, tech-debt, ebpf, wasm. Within a phase the \
        most severe and least effort come first, and a step waits for the steps its rules name in \
        remediation.after. Suppressed findings are left out. Exits 0 whatever it finds; 2 or 3 when the \
        scan cannot run.
        """
    )

    @Option(help: "Output format: text, markdown or json.")
    var format: RoadmapReporter.Format = .text

    @Option(help: ArgumentHelp("Write the roadmap to FILE instead of stdout.", valueName: "FILE"))
    var output: String?

    @OptionGroup var options: ScanOptions

    func run() throws {
        let report = try Scanner.scan(options.request()).report
        let text = RoadmapReporter.render(RoadmapPlanner.plan(report), as: format)
        if let output {
            try OutputFile.write(text, to: output)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
