#!/usr/bin/env bash
# Checks rules/data/linkname-push.yaml and PLB-TD-004 against the Go toolchain they come from:
#   1. the table is what rules/data/tools/linkname.py writes from this GOROOT (regenerated and compared);
#   2. the linker accepts a pull of every kept row its linux/amd64 build pushes, refuses the rows pushed only
#      on other platforms or builds, and refuses standard-library symbols the table does not keep
#      (.ci/linkname-oracle.py);
#   3. for a few programs, `go build` refuses exactly when PLB-TD-004 fires.
#
# usage: .ci/linkname-oracle.sh PLUMBLINE_BINARY
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=go-oracle-env.sh
. "$here/go-oracle-env.sh"
oracle_setup linkname-oracle "$1" "$here/../fixtures"
go="$GOROOT/bin/go"
table="$here/../rules/data/linkname-push.yaml"

failed=0
python3 "$here/../rules/data/tools/linkname.py" "$GOROOT" >"$scratch/linkname-push.yaml"
if diff -u "$table" "$scratch/linkname-push.yaml" >"$scratch/table.diff"; then
    echo "ok   rules/data/linkname-push.yaml is what linkname.py writes from $("$go" env GOVERSION)"
else
    failed=$((failed + 1))
    echo "FAIL rules/data/linkname-push.yaml differs from what linkname.py writes from $("$go" env GOVERSION):"
    head -n 20 "$scratch/table.diff"
fi

python3 "$here/linkname-oracle.py" "$GOROOT" "$table" "$scratch" || failed=$((failed + 1))

# case NAME TARGET: a main package that imports TARGET's package (so that it is linked) and pulls TARGET;
# go build must refuse it exactly when PLB-TD-004 fires.
case_() {
    local name=$1 target=$2 dir="$scratch/case-$1"
    mkdir -p "$dir"
    printf 'module example.com/m\n\ngo 1.23\n' >"$dir/go.mod"
    printf 'package main\n\nimport (\n\t_ "%s"\n\t_ "unsafe"\n)\n\n//go:linkname pulled %s\nfunc pulled()\n\nvar run bool\n\nfunc main() {\n\tif run {\n\t\tpulled()\n\t}\n}\n' \
        "${target%%.*}" "$target" >"$dir/main.go"
    local go_refuses=0 fires=0
    (cd "$dir" && GOFLAGS= GOOS=linux GOARCH=amd64 CGO_ENABLED=0 "$go" build -o /dev/null .) >"$dir.log" 2>&1 || go_refuses=1
    if [ "$go_refuses" = 1 ] && ! grep -q "invalid reference to" "$dir.log"; then
        failed=$((failed + 1))
        echo "FAIL $name: the go command failed for another reason:"
        sed 's/^/     go: /' "$dir.log" | head -n 5
        return
    fi
    if "$plumbline" scan "$dir" --format json --fail-on never --no-color 2>/dev/null | grep -q '"rule": "PLB-TD-004"'; then fires=1; fi
    if [ "$go_refuses" = "$fires" ]; then
        echo "ok   $name (go refuses: $go_refuses; PLB-TD-004 fires: $fires)"
    else
        failed=$((failed + 1))
        echo "FAIL $name: go refuses: $go_refuses, PLB-TD-004 fires: $fires"
        sed 's/^/     go: /' "$dir.log" | head -n 5
    fi
}

case_ nanotime runtime.nanotime
case_ memmove runtime.memmove
case_ fastrand runtime.fastrand
case_ semacquire sync.runtime_Semacquire
case_ time-now time.now
case_ gcstart runtime.gcStart
case_ getenv os.Getenv
case_ blocked time.runtimeNano
case_ mapaccess-reserved runtime.mapaccess1_faststr

echo "linkname oracle (table, linker, PLB-TD-004): $failed failed"
[ "$failed" -eq 0 ]
