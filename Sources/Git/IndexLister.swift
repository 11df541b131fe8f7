/// Lists the staged content: what the next commit would contain.
struct IndexLister {
    let entries: [SnapshotEntry]
    let notices: [String]

    static func list(_ repository: RepositoryHandle, scope: String, displayPath: String) throws(SourceError) -> IndexLister {
        let records = try IndexEntries.load(repository, scope: Array(scope.utf8), displayPath: displayPath)
        var entries: [SnapshotEntry] = []
        entries.reserveCapacity(records.count)
        var conflicted: [String] = []
        var deletedByUs: [String] = []
        var intentToAdd: [String] = []
        // Records arrive sorted by path, then stage, so one path's stages are adjacent.
        var position = 0
        while position < records.count {
            var end = position + 1
            while end < records.count, records[end].rawPath == records[position].rawPath { end += 1 }
            let stages = records[position..<end]
            position = end
            let path = String(decoding: stages[stages.startIndex].rawPath, as: UTF8.self)
            let chosen: IndexRecord
            if let normal = stages.first(where: { $0.stage == 0 }) {
                chosen = normal
            } else {
                conflicted.append(path)
                guard let ours = stages.first(where: { $0.stage == 2 }) else {
                    deletedByUs.append(path)
                    continue
                }
                chosen = ours
            }
            if chosen.isIntentToAdd {
                intentToAdd.append(path)
                continue
            }
            guard let kind = chosen.kind else { continue }
            entries.append(SnapshotEntry(path: path, kind: kind, size: Self.size(of: chosen, kind: kind),
                                         locator: kind == .submodule ? .gitlink(chosen.id) : .blob(chosen.id)))
        }
        let (unique, duplicates) = PathOrder.sortedUnique(entries)
        var notices: [String] = []
        if !conflicted.isEmpty {
            notices.append("\(conflicted.count) path(s) have unresolved merge conflicts; listed with our (stage 2) version: "
                + IndexEntries.summarize(conflicted))
        }
        if !deletedByUs.isEmpty {
            notices.append("conflicted path(s) deleted on our side are not listed: " + IndexEntries.summarize(deletedByUs))
        }
        if !intentToAdd.isEmpty {
            notices.append("intent-to-add path(s) have no staged content and are not listed: "
                + IndexEntries.summarize(intentToAdd))
        }
        if !duplicates.isEmpty {
            notices.append("index paths that collide after repairing invalid UTF-8; kept the first: "
                + IndexEntries.summarize(duplicates))
        }
        return IndexLister(entries: unique, notices: notices)
    }

    /// The index records the working-tree size at staging time. An entry added with
    /// `update-index --cacheinfo` records 0 for any blob, so 0 is only trusted for the empty blob.
    private static func size(of record: IndexRecord, kind: EntryKind) -> Int? {
        if kind == .submodule { return nil }
        if record.recordedSize == 0 && record.id != ObjectID.emptyBlob { return nil }
        return record.recordedSize
    }
}
