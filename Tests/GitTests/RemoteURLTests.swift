import Testing
import Git

@Suite struct RemoteURLTests {
    @Test(arguments: [
        ("https://github.com/acme/app.git", "https://github.com/acme/app.git"),
        ("https://user:password@github.com/acme/app.git", "https://github.com/acme/app.git"),
        ("https://ghp_token@github.com/acme/app", "https://github.com/acme/app"),
        ("https://oauth2:p@ss@w0rd@gitlab.example.com:8443/group/app.git", "https://gitlab.example.com:8443/group/app.git"),
        ("https://host/app.git?private_token=abc#frag", "https://host/app.git"),
        ("http://user@host", "http://host"),
        ("ssh://git@github.com/acme/app.git", "ssh://github.com/acme/app.git"),
        ("git@github.com:acme/app.git", "ssh://github.com/acme/app.git"),
        ("github.com:acme/app.git", "ssh://github.com/acme/app.git"),
        ("deploy:token@host.example:/srv/app.git", "ssh://host.example/srv/app.git"),
        ("git@[::1]:acme/app.git", "ssh://[::1]/acme/app.git"),
        ("persistent-https::https://user:tok@host/app", "persistent-https::https://host/app"),
        ("file:///srv/git/app.git", "file:///srv/git/app.git"),
        ("/srv/git/app.git", "/srv/git/app.git"),
        ("../relative/app.git", "../relative/app.git"),
        ("./dir:with:colons", "./dir:with:colons"),
        ("C:\\repos\\app", "C:\\repos\\app"),
        ("  https://u:p@host/x  \n", "https://host/x"),
        ("", ""),
    ])
    func sanitizes(_ input: String, _ expected: String) {
        #expect(RemoteURL.sanitized(input) == expected)
    }
}
