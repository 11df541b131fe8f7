import Git

/// The history behind a scan, asked for after parsing, when the facts know which paths matter.
public protocol HistorySource {
    /// The last commit that changed each path; paths without one are left out.
    func lastChanges(of paths: [String]) -> [String: LastChange]
}

/// What git ignores in a scan's snapshot, asked after parsing about the few paths that matter.
public protocol IgnoreSource {
    /// The paths among `paths` (repository-relative) that git ignores, taken as a file or as a directory.
    func ignoredPaths(_ paths: [String]) -> Set<String>
}

/// A snapshot opened through libgit2: the files the extractors want, and the repository kept open for the
/// history and ignore questions facts ask afterwards. Not `Sendable`: it owns the libgit2 handle; use it on
/// one thread.
public final class RepositorySession: HistorySource, IgnoreSource {
    public private(set) var input: ScanInput
    private let reader: SnapshotReader
    /// Problems met answering history questions, for the report.
    public private(set) var historyNotes: [Notification] = []

    public init(path: String, mode: SourceMode) throws(SourceError) {
        reader = try SnapshotReader.open(path: path, mode: mode)
        input = ScanInput.read(from: reader)
    }

    /// libgit2's ignore rules for a working tree; the snapshot's own `.gitignore` files for a revision, the
    /// index or a plain directory.
    public func ignoredPaths(_ paths: [String]) -> Set<String> {
        reader.ignoredPaths(paths)
    }

    public func lastChanges(of paths: [String]) -> [String: LastChange] {
        guard reader.snapshot.repository != nil, !paths.isEmpty else { return [:] }
        do {
            return try reader.lastChanges(of: paths).mapValues { LastChange(commit: $0.commit, time: $0.time) }
        } catch {
            historyNotes.append(Notification(level: .warning, message: "history not read: \(error.message)"))
            return [:]
        }
    }
}

extension ScanInput {
    /// Opens PATH through libgit2 (or as a plain directory) and reads what the extractors want; see
    /// `RepositorySession` to keep the history at hand as well.
    public static func load(path: String, mode: SourceMode) throws(SourceError) -> ScanInput {
        try RepositorySession(path: path, mode: mode).input
    }

    /// Lists every entry in one walk and reads only the files the extractors want.
    static func read(from reader: SnapshotReader) -> ScanInput {
        let snapshot = reader.snapshot
        var paths: [String] = []
        var files: [String: [UInt8]] = [:]
        var unreadable: [String: String] = [:]
        var notifications = snapshot.notices.map { Notification(level: .note, message: $0) }
        var wanted: [SnapshotEntry] = []
        for entry in snapshot.entries {
            switch entry.kind {
            case .file, .executable:
                paths.append(entry.path)
                guard FileSelection.isWanted(entry.path, scanRoot: snapshot.scanPrefix) else {
                    // Build outputs often have no extension (`go build -o plugin`): sniff those for wasm.
                    if FileSelection.mayBeUnnamedBinary(entry.path),
                       let head = try? reader.readPrefix(entry, count: 4), head == FileKind.wasmMagic,
                       let bytes = try? reader.read(entry, limit: FileSelection.maxFileBytes) {
                        files[entry.path] = bytes
                    }
                    continue
                }
                do {
                    // Object files are common build outputs: read the whole file only if its header could be eBPF.
                    if FileKind.named(entry.path) == .object,
                       !BPFArtifact.mayBeBPF(path: entry.path, header: try reader.readPrefix(entry, count: 20)) {
                        continue
                    }
                    wanted.append(entry)
                } catch {
                    unreadable[entry.path] = error.message
                }
            case .symlink:
                paths.append(entry.path)
                if FileSelection.isWanted(entry.path, scanRoot: snapshot.scanPrefix) {
                    notifications.append(Notification(level: .warning, message: "\(entry.path) is a symbolic link; symbolic links are never followed, so it was not read", location: .file(entry.path)))
                }
            case .submodule:
                notifications.append(Notification(level: .note, message: "submodule \(entry.path) is listed, not entered"))
            }
        }
        // A working-tree scan of a directory the enclosing repository ignores sees nothing under it; say so
        // rather than report a clean scan of files that were never looked at.
        if case .workingTree = snapshot.origin, !snapshot.scanPrefix.isEmpty, paths.isEmpty {
            let directory = String(snapshot.scanPrefix.dropLast())
            if reader.ignoredPaths([directory]).contains(directory) {
                notifications.append(Notification(
                    level: .warning,
                    message: "\(directory) is ignored by the git repository at \(snapshot.rootPath), so a working-tree scan sees none of its files; scan a copy outside the repository, or a revision that tracks it"
                ))
            }
        }
        for (path, outcome) in readBlobs(wanted, reader: reader) {
            switch outcome {
            case .success(let bytes): files[path] = bytes
            case .failure(let error): unreadable[path] = error.message
            }
        }
        var input = ScanInput(
            source: SourceInfo(snapshot),
            paths: paths,
            files: files,
            unreadable: unreadable,
            notifications: notifications,
            rootPath: snapshot.rootPath
        )
        input.scanPrefix = snapshot.scanPrefix
        return input
    }
}

extension SourceInfo {
    init(_ snapshot: Snapshot) {
        let info = snapshot.repository
        switch snapshot.origin {
        case .revision(let requested, let commit):
            self.init(kind: .revision, revision: requested, headCommit: commit, branch: info?.headBranch, originURL: info?.originURL)
        case .index:
            self.init(kind: .index, headCommit: info?.headCommit, branch: info?.headBranch, originURL: info?.originURL)
        case .workingTree:
            self.init(kind: .workingTree, headCommit: info?.headCommit, branch: info?.headBranch, originURL: info?.originURL)
        case .directory:
            self.init(kind: .directory)
        }
    }
}

extension ScanInput {
    /// Reads the wanted blobs, on two threads when there are many: inflating thousands of Go files is the
    /// largest cost of a scan, and a second repository handle (libgit2's must not be shared) reads half.
    static func readBlobs(_ entries: [SnapshotEntry], reader: SnapshotReader) -> [(String, Result<[UInt8], SourceError>)] {
        guard entries.count >= 256, ProcessInfo.processInfo.activeProcessorCount > 1 else {
            return readAll(entries[...], with: reader)
        }
        let middle = entries.count / 2
        let secondHalf = Array(entries[middle...])
        let snapshot = reader.snapshot
        let box = ReadResults()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            defer { group.leave() }
            do throws(SourceError) {
                box.store(readAll(secondHalf[...], with: try SnapshotReader.twin(of: snapshot)))
            } catch {
                box.store(secondHalf.map { ($0.path, .failure(error)) })
            }
        }
        let first = readAll(entries[..<middle], with: reader)
        group.wait()
        return first + box.values
    }

    private static func readAll(_ slice: ArraySlice<SnapshotEntry>, with reader: SnapshotReader) -> [(String, Result<[UInt8], SourceError>)] {
        slice.map { entry in
            do throws(SourceError) {
                return (entry.path, .success(try reader.read(entry, limit: FileSelection.maxFileBytes)))
            } catch {
                return (entry.path, .failure(error))
            }
        }
    }

    /// The second thread's results, handed over once it has finished (the group's wait orders the accesses).
    private final class ReadResults: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [(String, Result<[UInt8], SourceError>)] = []

        func store(_ values: [(String, Result<[UInt8], SourceError>)]) {
            lock.lock()
            stored = values
            lock.unlock()
        }

        var values: [(String, Result<[UInt8], SourceError>)] {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }
    }
}

import Dispatch
import Foundation
