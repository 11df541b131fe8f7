internal import CLibGit2

/// A failed libgit2 call, captured from `git_error_last()` on the failing thread
/// before anything else can overwrite it.
struct LibGit2Failure: Error {
    let code: Int32
    let errorClass: Int32
    let message: String

    init(code: Int32) {
        self.code = code
        if let last = git_error_last(), let text = last.pointee.message {
            errorClass = last.pointee.klass
            message = String(cString: text)
        } else {
            errorClass = 0
            message = "libgit2 error \(code)"
        }
    }

    var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }
}

/// Throws the libgit2 error for a negative return code.
@inline(__always)
func gitCall(_ result: Int32) throws(LibGit2Failure) {
    if result < 0 { throw LibGit2Failure(code: result) }
}
