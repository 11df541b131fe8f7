#!/usr/bin/env bash
# Compares `plumbline modules verify` with `go mod verify` on a real module cache.
#
# usage: .ci/modverify-oracle.sh PLUMBLINE_BINARY
#
# 1. mkproxy.py (shared/tools/go-oracle) writes a file:// GOPROXY; a consumer module importing
#    example.com/{m,other,legacy} is tidied and `go mod download`ed against it, offline, which fills a
#    module cache (zips, .ziphash files, extracted trees) and writes go.sum.
# 2. For each case, a fresh copy of that cache is tampered with one way (or not at all), then both
#    commands run on it with GOPROXY=off. Standard output and the exit status must be identical, and so
#    must standard error once the go command's "go: " prefix is removed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=go-oracle-env.sh
. "$here/go-oracle-env.sh"
if [ $# -ne 1 ]; then
    echo "usage: $0 PLUMBLINE_BINARY" >&2
    exit 2
fi
oracle_setup modverify-oracle "$1" "$here/.."
shared=${PLUMBLINE_SHARED:-$here/../../shared}
mkproxy="$shared/tools/go-oracle/mkproxy.py"
if [ ! -f "$mkproxy" ]; then
    echo "modverify-oracle: $mkproxy not found" >&2
    exit 2
fi
go="$GOROOT/bin/go"

python3 "$mkproxy" "$scratch/proxy" >/dev/null
consumer="$scratch/consumer"
mkdir -p "$consumer"
printf 'module example.com/consumer\n\ngo 1.25.0\n' >"$consumer/go.mod"
cat >"$consumer/main.go" <<'GO'
package main

import (
	_ "example.com/legacy"
	_ "example.com/m"
	_ "example.com/other"
)

func main() {}
GO
pristine="$scratch/pristine"
(cd "$consumer" && GOPROXY="file://$scratch/proxy" GOMODCACHE="$pristine" "$go" mod tidy >/dev/null 2>&1 &&
    GOPROXY="file://$scratch/proxy" GOMODCACHE="$pristine" "$go" mod download all >/dev/null 2>&1)
cp "$consumer/go.sum" "$scratch/go.sum.tidy"

dl="cache/download/example.com"
failures=0
cases=0
# run_case NAME TAMPER_COMMAND: TAMPER_COMMAND runs in the cache copy's directory.
run_case() {
    local name=$1 tamper=$2
    local cache="$scratch/cache-$name"
    rm -rf "$cache"
    cp -a "$pristine" "$cache"
    chmod -R u+w "$cache"
    cp "$scratch/go.sum.tidy" "$consumer/go.sum"
    (cd "$cache" && eval "$tamper")
    # The go command leaves the cache read-only; tampering only happens in the copy.
    local go_rc=0 plb_rc=0
    (cd "$consumer" && GOPROXY=off GOMODCACHE="$cache" "$go" mod verify >"$scratch/go.out" 2>"$scratch/go.err") || go_rc=$?
    "$plumbline" modules verify "$consumer" --modules "$cache" >"$scratch/plb.out" 2>"$scratch/plb.err" || plb_rc=$?
    sed 's/^go: //' "$scratch/go.err" >"$scratch/go.err.plain"
    cases=$((cases + 1))
    if [ "$go_rc" != "$plb_rc" ] || ! cmp -s "$scratch/go.out" "$scratch/plb.out" || ! cmp -s "$scratch/go.err.plain" "$scratch/plb.err"; then
        failures=$((failures + 1))
        echo "MISMATCH $name: go exit $go_rc, plumbline exit $plb_rc"
        diff -u "$scratch/go.out" "$scratch/plb.out" | sed 's/^/  stdout /' || true
        diff -u "$scratch/go.err.plain" "$scratch/plb.err" | sed 's/^/  stderr /' || true
    else
        echo "ok $name (exit $go_rc)"
    fi
    chmod -R u+w "$cache"
    rm -rf "$cache"
}

run_case clean ":"
run_case extracted-file-edited "echo '// edited' >>example.com/m@v1.0.0/m.go"
run_case extracted-file-added "echo x >example.com/m@v1.0.0/extra.txt"
run_case zip-appended "printf x >>$dl/other/@v/v1.0.0.zip"
run_case zip-replaced "cp $dl/dep/@v/v1.1.0.zip $dl/other/@v/v1.0.0.zip"
run_case mod-tampered "echo '// tampered' >>$dl/other/@v/v1.0.0.mod"
run_case ziphash-removed "rm $dl/dep/@v/v1.1.0.ziphash"
run_case ziphash-overwritten "printf 'h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' >$dl/m/@v/v1.0.0.ziphash"
run_case zip-removed "rm $dl/m/@v/v1.0.0.zip"
run_case tree-removed "rm -rf example.com/legacy@v1.0.0"
run_case module-never-downloaded "rm -rf example.com/legacy@v1.0.0 $dl/legacy/@v/v1.0.0.zip $dl/legacy/@v/v1.0.0.ziphash"
# go mod verify never compares zip hashes with go.sum: a wrong zip line still verifies (go.md B.3).
run_case gosum-zip-line-wrong "sed -i 's|^example.com/m v1.0.0 h1:.*|example.com/m v1.0.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=|' '$consumer/go.sum'"

# An http:// proxy on loopback (python's http.server over the same proxy tree, stopped after 60 s at most):
# a wrong /go.mod line is caught through it, and again from the disk cache once the server is gone.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
(cd "$scratch/proxy" && exec timeout 60 python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
for _ in $(seq 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
    sleep 0.1
done
sed 's|^example.com/other v1.0.0/go.mod h1:.*|example.com/other v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=|' "$scratch/go.sum.tidy" >"$consumer/go.sum"
for round in online cached; do
    cases=$((cases + 1))
    rc=0
    "$plumbline" modules verify "$consumer" --modules "http://127.0.0.1:$port/" >"$scratch/plb.out" 2>"$scratch/plb.err" || rc=$?
    if [ "$rc" = 1 ] && grep -q '^verifying example.com/other@v1.0.0/go.mod: checksum mismatch$' "$scratch/plb.err"; then
        echo "ok http-proxy-$round (exit 1, checksum mismatch)"
    else
        failures=$((failures + 1))
        echo "MISMATCH http-proxy-$round: exit $rc"
        sed 's/^/  /' "$scratch/plb.err"
    fi
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
done

echo "modverify-oracle: $cases cases, $failures mismatches"
[ "$failures" -eq 0 ]
