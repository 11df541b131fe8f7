#!/usr/bin/env python3
"""Checks rules/data/linkname-push.yaml against the Go linker of the same release (linux/amd64).

usage: .ci/linkname-oracle.py GOROOT TABLE SCRATCH

Builds a program that imports every public standard package and pulls, with //go:linkname, every symbol
the table keeps; the linker must refuse none of them (it stops at the first refusal, so a refused symbol
is recorded, dropped and the build repeated). Then the same with standard-library symbols the table does
not keep (unexported and exported functions, and names cmd/link's blockedLinknames reserves): the linker
must refuse each. Only rows whose symbol the linked packages define on linux/amd64 (go tool nm) can be
checked; the others (other platforms, packages not linked, GOEXPERIMENT-only packages) are counted apart.
"""
import importlib.util
import os
import pathlib
import re
import subprocess
import sys

ROW = re.compile(r'^  - \{ package: (\S+), symbol: "([^"]+)", kind: (func|var),')
REFUSED = re.compile(r"invalid reference to (\S+)")

# Standard-library symbols that exist on linux/amd64 and that the standard library does not push: the
# linker must refuse a pull of each. Exported functions count: a push is needed whatever the case.
NOT_KEPT = [
    ("runtime", "gcStart", "func"), ("runtime", "newproc1", "func"), ("runtime", "schedule", "func"),
    ("runtime", "mallocgcSmallNoscan", "func"), ("os", "Getenv", "func"), ("os", "openFileNolog", "func"),
    ("strings", "Index", "func"), ("time", "Parse", "func"), ("strconv", "Itoa", "func"),
    ("reflect", "Value.Len", "func"), ("net/http", "ListenAndServe", "func"), ("encoding/json", "Marshal", "func"),
    ("crypto/tls", "defaultConfig", "func"),
    # Pushed, but cmd/link reserves them for one standard package.
    ("time", "runtimeNano", "func"), ("runtime", "mapaccess1_faststr", "func"), ("syscall", "runtimeClearenv", "func"),
]


def run(command, cwd, env):
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)


def program(imports, symbols):
    lines = ["package main", "", "import ("]
    lines += [f'\t_ "{path}"' for path in imports]
    lines += ['\t"unsafe"', ")", "", "var run bool", "var sink uintptr", ""]
    calls = []
    for index, (package, symbol, kind) in enumerate(symbols):
        name = f"pulled{index}"
        lines.append(f"//go:linkname {name} {package}.{symbol}")
        if kind == "var":
            lines.append(f"var {name} uintptr")
            calls.append(f"\t\tsink += {name}")
        else:
            lines.append(f"func {name}()")
            calls.append(f"\t\t{name}()")
    lines += ["", "func main() {", "\t_ = unsafe.Pointer(nil)", "\tif run {"] + calls + ["\t}", "}", ""]
    return "\n".join(lines)


def link(directory, imports, symbols, env):
    """Builds until the linker refuses nothing more; returns (refused names, build output of the last run)."""
    refused = []
    remaining = list(symbols)
    while True:
        (directory / "main.go").write_text(program(imports, remaining))
        result = run(["go", "build", "-o", os.devnull, "."], directory, env)
        output = result.stdout + result.stderr
        match = REFUSED.search(output)
        if not match:
            return refused, output
        name = match.group(1)
        refused.append(name)
        before = len(remaining)
        remaining = [s for s in remaining if f"{s[0]}.{s[1]}" != name]
        if len(remaining) == before:
            sys.exit(f"the linker refused {name}, which the program does not pull:\n{output}")


def built_files(goroot, env):
    """GOROOT/src-relative paths of the Go and assembly files a linux/amd64 build compiles, per the go command."""
    listed = run(["go", "list", "-e", "-f", "{{.ImportPath}}{{range .GoFiles}} {{.}}{{end}}{{range .SFiles}} {{.}}{{end}}", "std"],
                 goroot / "src", env)
    files = set()
    for line in listed.stdout.splitlines():
        package, *names = line.split()
        files.update(f"{package}/{name}" for name in names)
    return files


def defined_symbols(directory, imports, env):
    """Names the packages linked into the oracle's program define (go tool nm on their export data)."""
    (directory / "main.go").write_text(program(imports, []))
    listed = run(["go", "list", "-deps", "-export", "-f", "{{.Export}}", "."], directory, env)
    if listed.returncode != 0:
        sys.exit(f"go list failed:\n{listed.stderr}")
    names = set()
    for archive in listed.stdout.split():
        symbols = run(["go", "tool", "nm", archive], directory, env)
        for line in symbols.stdout.splitlines():
            fields = line.split()
            if len(fields) >= 3 and fields[-2] != "U":
                names.add(fields[-1])
    return names


def main() -> None:
    goroot, table, scratch = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    env = dict(os.environ, GOROOT=str(goroot), PATH=f"{goroot / 'bin'}:{os.environ['PATH']}",
               GOOS="linux", GOARCH="amd64", CGO_ENABLED="0", GOFLAGS="")
    kept = [m.groups() for m in map(ROW.match, table.read_text().splitlines()) if m]
    generator = importlib.util.spec_from_file_location("linkname", pathlib.Path(__file__).parent.parent / "rules/data/tools/linkname.py")
    linkname = importlib.util.module_from_spec(generator)
    generator.loader.exec_module(linkname)
    found, _ = linkname.pushes(goroot)
    built = built_files(goroot, env)
    here = {f"{p['package']}.{p['symbol']}" for p in found
            if p["file"] in built and (not p["assembly"] or any(f in built for f in p["assembly"]))}

    listed = run(["go", "list", "-e", "-f", "{{if not .Error}}{{.ImportPath}}{{end}}", "std"], goroot / "src", env)
    imports = [p for p in listed.stdout.split() if "internal" not in p.split("/") and not p.startswith("vendor/")
               and p not in ("unsafe", "runtime/cgo", "plugin", "runtime/race", "runtime/msan", "runtime/asan")]
    directory = scratch / "linkname-oracle"
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "go.mod").write_text("module example.com/linkname\n\ngo 1.23\n")
    failed = 0

    names = defined_symbols(directory, imports, env)
    defined = [f"{p}.{s}" for p, s, _ in kept if f"{p}.{s}" in names]
    refused, _ = link(directory, imports, [row for row in kept if f"{row[0]}.{row[1]}" in names], env)
    agree = 0
    for name in defined:
        expected = name in here
        if expected == (name not in refused):
            agree += 1
        elif expected:
            print(f"FAIL pushed by a file of the linux/amd64 build, but the linker refuses it: {name}")
        else:
            print(f"FAIL pushed only by files outside the linux/amd64 build, but the linker accepts it: {name}")
    failed += len(defined) - agree
    print(f"kept rows: {len(kept)}; {len(defined)} are defined on linux/amd64 and the linker agrees on {agree} "
          f"({sum(1 for n in defined if n in here)} pushed there, accepted; the rest pushed on other platforms "
          f"or builds, refused); {len(kept) - len(defined)} are not defined there")

    keys = {(p, s) for p, s, _ in kept}
    for package, symbol, _ in NOT_KEPT:
        if f"{package}.{symbol}" not in names:
            print(f"FAIL {package}.{symbol} is not defined on linux/amd64: pick another symbol")
            failed += 1
        if (package, symbol) in keys:
            print(f"FAIL {package}.{symbol} is meant not to be kept, but the table keeps it")
            failed += 1
    refused, _ = link(directory, imports, NOT_KEPT, env)
    for package, symbol, _ in NOT_KEPT:
        if f"{package}.{symbol}" not in refused:
            print(f"FAIL not kept, but the linker accepts a pull: {package}.{symbol}")
            failed += 1
    print(f"not kept: the linker refuses {len(refused)} of {len(NOT_KEPT)}")
    print(f"linkname oracle: {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
