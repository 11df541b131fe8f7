import Git

extension ScanInput {
    /// Opens PATH through libgit2 (or as a plain directory), lists every entry in one walk and reads only the
    /// files the extractors want. Excluded paths are neither listed nor read.
    public static func load(path: String, mode: SourceMode, excluding excluded: (String) -> Bool = { _ in false }) throws(SourceError) -> ScanInput {
        let reader = try SnapshotReader.open(path: path, mode: mode)
        let snapshot = reader.snapshot
        var paths: [String] = []
        var files: [String: [UInt8]] = [:]
        var unreadable: [String: String] = [:]
        var notifications = snapshot.notices.map { Notification(level: .note, message: $0) }
        for entry in snapshot.entries where !excluded(entry.path) {
            switch entry.kind {
            case .file, .executable:
                paths.append(entry.path)
                guard FileSelection.isWanted(entry.path) else { continue }
                do {
                    // Object files are common build outputs: read the whole file only if its header could be eBPF.
                    if FileSelection.isArtifact(entry.path),
                       !BPFArtifact.mayBeBPF(path: entry.path, header: try reader.readPrefix(entry, count: 20)) {
                        continue
                    }
                    files[entry.path] = try reader.read(entry, limit: FileSelection.maxFileBytes)
                } catch {
                    unreadable[entry.path] = error.message
                }
            case .symlink:
                paths.append(entry.path)
                if FileSelection.isWanted(entry.path) {
                    notifications.append(Notification(level: .warning, message: "\(entry.path) is a symbolic link; symbolic links are never followed, so it was not read", location: .file(entry.path)))
                }
            case .submodule:
                notifications.append(Notification(level: .note, message: "submodule \(entry.path) is listed, not entered"))
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
        // One history walk for every kept object and the C sources it may be built from: enough to tell a
        // stale object (its source changed in a later commit) without reading any more blobs.
        let pathSet = Set(paths)
        let objects = files.keys.filter(FileSelection.isArtifact)
        let tracked = objects + objects.flatMap { BPFSources.candidates(for: $0).filter(pathSet.contains) }
        if !tracked.isEmpty, snapshot.repository != nil {
            do {
                input.lastChanges = try reader.lastChanges(of: tracked).mapValues { LastChange(commit: $0.commit, time: $0.time) }
            } catch {
                input.notifications.append(Notification(level: .warning, message: "history of eBPF objects not read: \(error.message)"))
            }
        }
        return input
    }
}

extension SourceInfo {
    init(_ snapshot: Snapshot) {
        let info = snapshot.repository
        switch snapshot.origin {
        case .revision(let requested, let commit):
            self.init(kind: "revision", revision: requested, headCommit: commit, branch: info?.headBranch, originURL: info?.originURL)
        case .index:
            self.init(kind: "index", headCommit: info?.headCommit, branch: info?.headBranch, originURL: info?.originURL)
        case .workingTree:
            self.init(kind: "working-tree", headCommit: info?.headCommit, branch: info?.headBranch, originURL: info?.originURL)
        case .directory:
            self.init(kind: "directory")
        }
    }
}
