@testable import Plumbline
import Testing

/// The fetch command suggested for a baseline revision a shallow clone lacks must be one git accepts.
struct FetchHintTests {
    @Test(arguments: [
        ("origin/main", "git fetch origin main"),
        ("origin/release/1.2", "git fetch origin release/1.2"),
        ("refs/remotes/upstream/main", "git fetch upstream main"),
        ("HEAD~3", "git fetch --deepen=3"),
        ("HEAD^", "git fetch --deepen=1"),
        ("HEAD^^", "git fetch --deepen=2"),
        ("0123456789abcdef0123456789abcdef01234567", "git fetch origin 0123456789abcdef0123456789abcdef01234567"),
        ("main", "git fetch origin main"),
        ("v1.2.0", "git fetch origin v1.2.0"),
    ])
    func commandGitAccepts(revision: String, expected: String) {
        #expect(FetchHint.command(for: revision) == expected)
    }
}
