import Testing
@testable import Plumbline

/// bpf2go `//go:generate` lines, read as bpf2go's flag parsing reads them (cmd/bpf2go: Go's `flag` package,
/// then `IDENT SOURCE... [-- CFLAGS]`), and the objects each line writes.
@Suite struct BPF2GoCommandTests {
    private func command(_ line: String, goFile: String = "pkg/gen.go") -> BPF2GoCommand? {
        BPF2GoCommand(words: line.split(separator: " ").map(String.init), goFile: goFile)
    }

    @Test func defaultTargetsWriteBothByteOrders() throws {
        let parsed = try #require(command("go run github.com/cilium/ebpf/cmd/bpf2go -cc clang Counter bpf/counter.c -- -I../headers -O2"))
        #expect(parsed.identifier == "Counter")
        #expect(parsed.sources == ["bpf/counter.c"])
        #expect(parsed.objectPaths(from: "pkg")?.map(\.[0]) == ["pkg/counter_bpfel.o", "pkg/counter_bpfeb.o"])
        #expect(parsed.resolvedSources(from: "pkg").map(\.path) == ["pkg/bpf/counter.c"])
    }

    @Test func aSingleArchitectureWritesOneObject() throws {
        let amd64 = try #require(command("bpf2go -target amd64 -type event Counter counter.c"))
        #expect(amd64.types == ["event"])
        #expect(amd64.sources == ["counter.c"])
        #expect(amd64.objectPaths(from: "pkg") == [["pkg/counter_x86_bpfel.o", "pkg/counter_bpfel_x86.o"]])
        #expect(amd64.writes("pkg/counter_x86_bpfel.o", from: "pkg"))
        #expect(!amd64.writes("pkg/counter_bpfel.o", from: "pkg"))
        #expect(command("bpf2go -target arm64 X x.c")?.objectPaths(from: ".")?.map(\.[0]) == ["x_arm64_bpfel.o"])
        #expect(command("bpf2go -target s390x X x.c")?.objectPaths(from: ".")?.map(\.[0]) == ["x_s390_bpfeb.o"])
        // 386 and amd64 share a target: one object.
        #expect(command("bpf2go -target=amd64,386,arm64 X x.c")?.objectPaths(from: ".")?.map(\.[0]) == ["x_x86_bpfel.o", "x_arm64_bpfel.o"])
        #expect(command("bpf2go -target bpfel X x.c")?.objectPaths(from: ".")?.map(\.[0]) == ["x_bpfel.o"])
        #expect(command("bpf2go -target bpf X x.c")?.objectPaths(from: ".")?.map(\.[0]) == ["x_bpf.o"])
    }

    @Test func targetsOnlyKnownWhenTheLineRuns() throws {
        #expect(try #require(command("bpf2go -target native X x.c")).objectPaths(from: ".") == nil)
        #expect(try #require(command("bpf2go -target $GOARCH X x.c")).objectPaths(from: ".") == nil)
        #expect(try #require(command("bpf2go -target mips64le X x.c")).objectPaths(from: ".") == nil, "bpf2go refuses it")
    }

    @Test func outputFlags() throws {
        let stem = try #require(command("bpf2go --output-stem=probe -output-dir ../out -go-package pkg Counter counter.c", goFile: "a/pkg/gen.go"))
        #expect(stem.objectPaths(from: "a/pkg")?.map(\.[0]) == ["a/out/probe_bpfel.o", "a/out/probe_bpfeb.o"])
        let test = try #require(command("bpf2go Counter counter.c", goFile: "pkg/gen_test.go"))
        #expect(test.objectPaths(from: "pkg")?.map(\.[0]) == ["pkg/counter_bpfel_test.o", "pkg/counter_bpfeb_test.o"])
        #expect(command("bpf2go -output-suffix _x Counter counter.c")?.objectPaths(from: ".")?.map(\.[0]) == ["counter_bpfel_x.o", "counter_bpfeb_x.o"])
        #expect(command("bpf2go -output-dir ../../.. X x.c")?.objectPaths(from: "pkg") == nil, "outside the repository")
    }

    @Test func flagsAndSwitches() throws {
        let line = try #require(command("go tool bpf2go -no-strip -verbose -cflags -O2 -tags linux -type a -type b -makebase . Prog a.c b.c -- -Iinc"))
        #expect(line.identifier == "Prog")
        #expect(line.sources == ["a.c", "b.c"])
        #expect(line.types == ["a", "b"])
        // `--` ends the flags and is consumed; what follows is positional.
        #expect(command("bpf2go -cc clang -- Counter counter.c")?.sources == ["counter.c"])
        #expect(command("go run github.com/cilium/ebpf/cmd/bpf2go@v0.16.0 X x.c")?.identifier == "X")
        #expect(command("go run ./cmd/bpf2go -no-strip=true X x.c")?.sources == ["x.c"])
    }

    @Test func linesBpf2goRefuses() {
        #expect(command("bpf2go -unknown X x.c") == nil)
        #expect(command("bpf2go -cc") == nil)
        #expect(command("bpf2go Counter") == nil)
        #expect(command("bpf2go -type event Counter") == nil, "the flag's value is not the identifier")
        #expect(command("go run ./cmd/other X x.c") == nil)
        #expect(command("bpf2go ---cc clang X x.c") == nil)
    }

    @Test func sourcesThatCannotBeJudged() throws {
        let line = try #require(command("bpf2go X $SRC/x.c ../../../y.c z.c"))
        #expect(line.resolvedSources(from: "pkg").map(\.path) == [nil, nil, "pkg/z.c"])
    }
}
