import Foundation

/// The POSIX `sh` text of Plumbline's git pre-commit hook.
///
/// The hook runs the hook it chained (if any) first, then `plumbline scan --staged` on the work tree's
/// top level, where git runs hooks. It fails closed: when no `plumbline` can be found the commit stops
/// with a message naming `PLUMBLINE=` and `git commit --no-verify`.
public struct HookScript: Sendable, Equatable {
    /// The comment line that identifies a hook written by Plumbline.
    public static let marker = "# plumbline-hook v1"
    /// What every version of the marker starts with.
    static let markerPrefix = "# plumbline-hook "
    /// How far into a file the marker is looked for.
    static let markerSearchLines = 3

    /// Absolute path of the `plumbline` the hook prefers; `nil` to rely on `PATH` alone.
    public let executable: String?
    /// Arguments added after `scan --staged`, before the scanned path.
    public let scanArguments: [String]

    /// Creates a script that runs `executable` (else `plumbline` on `PATH`) with `scanArguments`.
    public init(executable: String?, scanArguments: [String]) {
        self.executable = executable
        self.scanArguments = scanArguments
    }

    /// Whether `bytes` (a file's beginning) is a hook Plumbline wrote, of any version.
    public static func isPlumblineHook(_ bytes: some Collection<UInt8>) -> Bool {
        String(decoding: bytes, as: UTF8.self)
            .split(separator: "\n", maxSplits: markerSearchLines, omittingEmptySubsequences: false)
            .prefix(markerSearchLines)
            .contains { $0.hasPrefix(markerPrefix) }
    }

    /// `value` as one `sh` word that expands to exactly `value`.
    public static func shellQuoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// The script's full text.
    public var text: String {
        let installed = executable.map(Self.shellQuoted) ?? "''"
        let arguments = (["scan", "--staged"] + scanArguments + ["."]).map(Self.shellQuoted).joined(separator: " ")
        return """
        #!/bin/sh
        \(Self.marker)
        # Written by `plumbline hook install`; `plumbline hook uninstall` removes it and puts back the
        # hook it chained. Skip it for one commit with `git commit --no-verify`.

        # The hook that was here before Plumbline's runs first, and its failure stops the commit. Like git,
        # run it only when it is executable.
        chained="$(dirname -- "$0")/\(PreCommitHook.chainedName)"
        if [ -x "$chained" ]; then
            "$chained" "$@" || exit $?
        fi

        installed=\(installed)
        plumbline="${PLUMBLINE:-}"
        if [ -z "$plumbline" ]; then
            if [ -n "$installed" ] && [ -x "$installed" ]; then
                plumbline="$installed"
            elif command -v plumbline >/dev/null 2>&1; then
                plumbline=plumbline
            else
                printf '%s\\n' "plumbline pre-commit hook: cannot find plumbline (not at '$installed', not on PATH)." \\
                    "Set PLUMBLINE=/path/to/plumbline, run 'plumbline hook install' again, or skip the check once with 'git commit --no-verify'." >&2
                exit 1
            fi
        fi

        # Git runs hooks at the top of the working tree; --staged scans what the commit will contain.
        "$plumbline" \(arguments)
        status=$?
        case $status in
            0) ;;
            1) printf '%s\n' "plumbline pre-commit hook: commit stopped by the findings above. See them again with 'plumbline scan --staged'; skip the check once with 'git commit --no-verify'." >&2 ;;
            *) printf '%s\n' "plumbline pre-commit hook: the scan could not run (exit $status, see above); skip the check once with 'git commit --no-verify'." >&2 ;;
        esac
        exit $status

        """
    }
}
