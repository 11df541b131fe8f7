import Foundation

/// The findings an earlier state of the repository already had, by fingerprint: a base revision scanned
/// with the same rules and configuration, or an earlier JSON report. Fingerprints never depend on line
/// numbers or versions, so a finding that only moved is still recognised; merge commits and rebases
/// change nothing, because no diff is read.
public struct Baseline: Sendable, Equatable {
    /// Where the baseline comes from, for reports: `origin/main (3f2a9c1d0b7e)` or `old.json`.
    public let label: String
    public let fingerprints: Set<String>

    public init(label: String, fingerprints: Set<String>) {
        self.label = label
        self.fingerprints = fingerprints
    }

    /// The unsuppressed findings of a scan of the base.
    public init(label: String, report: ScanReport) {
        self.init(label: label, fingerprints: Set(report.findings.filter { $0.suppression == nil }.map(\.fingerprint)))
    }

    /// The findings of an earlier `plumbline scan --format json` report, suppressed ones left out.
    public init(jsonReport bytes: [UInt8], path: String) throws(DefinitionError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw DefinitionError(.file(path), "not a JSON report of plumbline scan --format json: \(error.localizedDescription)")
        }
        guard let root = object as? [String: Any], let findings = root["findings"] as? [[String: Any]] else {
            throw DefinitionError(.file(path), "not a JSON report of plumbline scan --format json: no findings array")
        }
        var fingerprints = Set<String>()
        for (index, finding) in findings.enumerated() {
            guard let fingerprint = finding["fingerprint"] as? String else {
                throw DefinitionError(.file(path), "finding \(index + 1) has no fingerprint")
            }
            if finding["suppression"] == nil || finding["suppression"] is NSNull { fingerprints.insert(fingerprint) }
        }
        self.init(label: path, fingerprints: fingerprints)
    }
}

/// Where a finding stands against a baseline (SARIF's `baselineState`, without `updated`).
public enum BaselineState: String, Sendable, Hashable {
    /// Not in the baseline: this change brought it.
    case new
    /// Already in the baseline: reported in JSON and SARIF, left out of everything that judges.
    case unchanged
}

extension ScanReport {
    /// The report with each finding marked new or unchanged, and the baseline's findings that are gone
    /// counted as fixed.
    public func compared(with baseline: Baseline) -> ScanReport {
        var copy = self
        var seen = Set<String>()
        copy.findings = findings.map { finding in
            var finding = finding
            finding.baselineState = baseline.fingerprints.contains(finding.fingerprint) ? .unchanged : .new
            seen.insert(finding.fingerprint)
            return finding
        }
        copy.baseline = BaselineSummary(label: baseline.label, fixed: baseline.fingerprints.subtracting(seen).count)
        return copy
    }
}

/// What the reports say about the baseline a scan was compared with.
public struct BaselineSummary: Sendable, Equatable {
    public let label: String
    /// Baseline findings this scan no longer has.
    public let fixed: Int
}
