/// The one revision walk behind `SnapshotReader.lastChanges`: what `git log -1 -- PATH` finds, for
/// many paths at once.
///
/// git walks newest first by committer time, taking equally old commits in the order they were
/// queued. Given a path, a commit that has the same entry there as one of its parents (TREESAME) is
/// not shown, and only the first such parent is followed; a side branch whose changes a merge did not
/// keep is never entered. The first commit shown is the answer: one that differs from every parent, or
/// a root commit that has the path.
///
/// Paths share a queue while they follow the same parents. At a merge where they part, the queue is
/// copied into one lineage per followed parent, so every path sees exactly the queue git would build
/// for it alone while commits and tree entries are still looked up once for all.
enum PathHistoryWalk {
    private struct Queued {
        let time: Int64
        /// Insertion order; git takes equally old commits first in, first out.
        let order: Int
        let id: ObjectID

        func comes(before other: Queued) -> Bool {
            time != other.time ? time > other.time : order < other.order
        }
    }

    /// A binary heap of commits, newest first.
    private struct CommitQueue {
        private var heap: [Queued] = []

        var first: Queued? { heap.first }
        var isEmpty: Bool { heap.isEmpty }

        mutating func push(_ item: Queued) {
            heap.append(item)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard heap[child].comes(before: heap[parent]) else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop() -> Queued? {
            guard let top = heap.first else { return nil }
            let last = heap.removeLast()
            guard !heap.isEmpty else { return top }
            heap[0] = last
            var parent = 0
            while true {
                var best = parent
                for child in [2 * parent + 1, 2 * parent + 2] where child < heap.count && heap[child].comes(before: heap[best]) {
                    best = child
                }
                if best == parent { return top }
                heap.swapAt(parent, best)
                parent = best
            }
        }
    }

    /// Paths that share one line of history, with the queue and the set of queued commits git would
    /// have when walking for any one of them.
    private struct Lineage {
        var paths: [Int]
        var queue = CommitQueue()
        var seen: Set<ObjectID> = []
    }

    /// Finds, for each path index, the commit `git log -1 <start> -- PATH` would show.
    ///
    /// - Parameters:
    ///   - paths: indices registered with `objects`; `names[index]` is the path, for errors.
    ///   - maxCommits: how many commits to examine in all (a commit counts once per lineage that
    ///     examines it); paths still open then are left out of the result.
    ///   - displayPath: what errors that concern no single path are reported against.
    static func lastChanges(from start: ObjectID, paths: [Int], names: [String], maxCommits: Int,
                            objects: PathHistoryObjects,
                            displayPath: String) throws(SourceError) -> [Int: PathHistoryObjects.Commit] {
        let load = { (id: ObjectID) throws(SourceError) -> PathHistoryObjects.Commit? in
            do throws(LibGit2Failure) {
                return try objects.commit(id)
            } catch {
                throw SourceError(kind: .unreadable, path: displayPath, message: "commit \(id.hex): \(error.message)")
            }
        }
        guard maxCommits > 0, !paths.isEmpty, let first = try load(start) else { return [:] }
        var order = 0
        var lineages = [Lineage(paths: paths)]
        follow(first, in: &lineages[0], order: &order)
        var found: [Int: PathHistoryObjects.Commit] = [:]
        var examined = 0
        while examined < maxCommits, let index = newest(lineages) {
            examined += 1
            guard let id = lineages[index].queue.pop()?.id, let commit = try load(id) else { continue }
            // A parent missing from the object database (cut off by a shallow clone) counts as absent,
            // which makes a shallow boundary commit a root, as git itself treats it.
            var parents: [PathHistoryObjects.Commit] = []
            for parentID in commit.parents {
                if let parent = try load(parentID) { parents.append(parent) }
            }
            var followers = Array(repeating: [Int](), count: parents.count)
            var stranded: [Int] = []
            for path in lineages[index].paths {
                do throws(LibGit2Failure) {
                    if parents.isEmpty {
                        if try objects.isPresent(path: path, in: commit.tree) {
                            found[path] = commit
                        } else {
                            stranded.append(path)
                        }
                        continue
                    }
                    var followed: Int?
                    for (position, parent) in parents.enumerated() {
                        if try objects.isSame(path: path, in: commit.tree, and: parent.tree) {
                            followed = position
                            break
                        }
                    }
                    if let followed { followers[followed].append(path) } else { found[path] = commit }
                } catch {
                    throw SourceError(kind: .unreadable, path: names[path],
                                      message: "trees of commit \(commit.id.hex): \(error.message)")
                }
            }
            var parts: [(paths: [Int], parent: PathHistoryObjects.Commit?)] = stranded.isEmpty ? [] : [(stranded, nil)]
            for (position, paths) in followers.enumerated() where !paths.isEmpty {
                parts.append((paths, parents[position]))
            }
            guard let last = parts.popLast() else {
                lineages.remove(at: index)
                continue
            }
            for part in parts {
                var copy = lineages[index]
                copy.paths = part.paths
                if let parent = part.parent { follow(parent, in: &copy, order: &order) }
                lineages.append(copy)
            }
            // The usual case, one part, updates the lineage in place instead of copying its queue and set.
            lineages[index].paths = last.paths
            if let parent = last.parent { follow(parent, in: &lineages[index], order: &order) }
            lineages.removeAll { $0.queue.isEmpty }
        }
        return found
    }

    private static func follow(_ commit: PathHistoryObjects.Commit, in lineage: inout Lineage, order: inout Int) {
        guard lineage.seen.insert(commit.id).inserted else { return }
        order += 1
        lineage.queue.push(Queued(time: commit.time, order: order, id: commit.id))
    }

    /// The lineage whose next commit git would take first, so a cut-off leaves the oldest commits unexamined.
    private static func newest(_ lineages: [Lineage]) -> Int? {
        var best: (index: Int, head: Queued)?
        for (index, lineage) in lineages.enumerated() {
            guard let head = lineage.queue.first else { continue }
            if let current = best, !head.comes(before: current.head) { continue }
            best = (index, head)
        }
        return best?.index
    }
}
