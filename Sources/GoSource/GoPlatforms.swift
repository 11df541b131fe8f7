/// The operating systems and architectures go/build knows (Go 1.27's `internal/syslist`). File-name
/// constraints (`_linux_amd64.go`) only use these names.
public enum GoPlatforms {
    /// Every known GOOS, including ones without a port (`hurd`, `nacl`, `zos`).
    public static let knownOperatingSystems: Set<String> = [
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl",
        "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
    ]

    /// The GOOS values that satisfy the `unix` build tag.
    public static let unixOperatingSystems: Set<String> = [
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux", "netbsd",
        "openbsd", "solaris",
    ]

    /// Every known GOARCH, including ones without a port.
    public static let knownArchitectures: Set<String> = [
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64",
        "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x",
        "sparc", "sparc64", "wasm",
    ]
}
