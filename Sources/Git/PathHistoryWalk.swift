/// The one revision walk behind `SnapshotReader.lastChanges`: what `git log -1 -- PATH` finds, for
/// many paths at once.
///
/// Under git's default history simplification, a commit that has the same entry at the path (or the
/// same absence) as one of its parents is TREESAME: it is not shown, and only the first such parent is
/// followed. The first commit shown is the answer: one that differs from every parent, or a root
/// commit that has the path. Until then each path's walk holds a single commit, so git's date order
/// cannot change the answer; the path simply follows a chain of first-TREESAME parents, and a side
/// branch whose changes a merge did not keep is never entered.
///
/// Paths whose chains reach the same commit wait there together, so each commit is read and compared
/// with its parents once for all of them. Commits are taken newest first by committer time, so a
/// cut-off leaves the oldest history unexamined.
enum PathHistoryWalk {
    private struct Queued {
        let time: Int64
        /// Insertion order, which makes the walk deterministic among equally old commits.
        let order: Int
        let id: ObjectID

        func comes(before other: Queued) -> Bool {
            time != other.time ? time > other.time : order < other.order
        }
    }

    /// A binary heap of commits, newest first.
    private struct CommitQueue {
        private var heap: [Queued] = []
        private var pushed = 0

        mutating func push(_ commit: PathHistoryObjects.Commit) {
            heap.append(Queued(time: commit.time, order: pushed, id: commit.id))
            pushed += 1
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard heap[child].comes(before: heap[parent]) else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop() -> ObjectID? {
            guard let top = heap.first else { return nil }
            let last = heap.removeLast()
            guard !heap.isEmpty else { return top.id }
            heap[0] = last
            var parent = 0
            while true {
                var best = parent
                for child in [2 * parent + 1, 2 * parent + 2] where child < heap.count && heap[child].comes(before: heap[best]) {
                    best = child
                }
                if best == parent { return top.id }
                heap.swapAt(parent, best)
                parent = best
            }
        }
    }

    /// Finds, for each path index, the commit `git log -1 <start> -- PATH` would show.
    ///
    /// - Parameters:
    ///   - paths: indices registered with `objects`; `names[index]` is the path, for errors.
    ///   - maxCommits: how many commits to examine at most; paths still open then are left out.
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
        var queue = CommitQueue()
        queue.push(first)
        // Every queued commit has exactly one entry here: the paths whose chains have reached it.
        var waiting: [ObjectID: [Int]] = [start: paths]
        var found: [Int: PathHistoryObjects.Commit] = [:]
        var examined = 0
        while examined < maxCommits, let id = queue.pop() {
            guard let arrived = waiting.removeValue(forKey: id), let commit = try load(id) else { continue }
            examined += 1
            // A parent missing from the object database (cut off by a shallow clone) counts as absent,
            // which makes a shallow boundary commit a root, as git itself treats it.
            var parents: [PathHistoryObjects.Commit] = []
            for parentID in commit.parents {
                if let parent = try load(parentID) { parents.append(parent) }
            }
            for path in arrived {
                do throws(LibGit2Failure) {
                    if parents.isEmpty {
                        // A root without the path ends its chain: git shows nothing for it.
                        if try objects.isPresent(path: path, in: commit.tree) { found[path] = commit }
                        continue
                    }
                    var followed: PathHistoryObjects.Commit?
                    for parent in parents where try objects.isSame(path: path, in: commit.tree, and: parent.tree) {
                        followed = parent
                        break
                    }
                    guard let followed else {
                        found[path] = commit
                        continue
                    }
                    if waiting[followed.id] == nil { queue.push(followed) }
                    waiting[followed.id, default: []].append(path)
                } catch {
                    throw SourceError(kind: .unreadable, path: names[path],
                                      message: "trees of commit \(commit.id.hex): \(error.message)")
                }
            }
        }
        return found
    }
}
