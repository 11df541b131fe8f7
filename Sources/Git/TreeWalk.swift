internal import CLibGit2

/// Runs `visit` for every entry of `tree` in pre-order.
///
/// `git_tree_walk` takes a C function pointer that cannot capture anything, so the Swift
/// closure travels through the payload pointer inside a box that outlives the call.
/// `visit` receives the entry's parent directory (`""` or `"dir/"`) and the entry, and returns
/// 0 to continue, 1 to skip a subtree.
func walkTree(_ tree: OpaquePointer, _ visit: (UnsafePointer<CChar>, OpaquePointer) -> Int32) throws(LibGit2Failure) {
    let result = withoutActuallyEscaping(visit) { escapable in
        let box = TreeVisitorBox(escapable)
        return withExtendedLifetime(box) {
            git_tree_walk(tree, GIT_TREEWALK_PRE, { root, entry, payload in
                guard let root, let entry, let payload else { return 0 }
                return Unmanaged<TreeVisitorBox>.fromOpaque(payload).takeUnretainedValue().visit(root, entry)
            }, Unmanaged.passUnretained(box).toOpaque())
        }
    }
    try gitCall(result)
}

private final class TreeVisitorBox {
    let visit: (UnsafePointer<CChar>, OpaquePointer) -> Int32
    init(_ visit: @escaping (UnsafePointer<CChar>, OpaquePointer) -> Int32) { self.visit = visit }
}
