#!/usr/bin/env bash
# Compares the module facts and rules behind "one fix, one finding" with the real go command:
#   - main_packages (programs vs libraries, PLB-SC-013/PLB-SC-025) against `go list` run for every port
#     `go tool dist list` names, with cgo on and off;
#   - the zero pseudo-version `go mod tidy` writes for a sibling module that a replace provides: it builds,
#     and PLB-SC-009 and PLB-SC-007 stay quiet, while a replace that leaves the repository fails the build
#     and PLB-SC-008 fires;
#   - `go get go@1.N.0` on a program's unsupported go line also drops its toolchain line, which is why
#     PLB-SC-024 leaves programs to PLB-SC-013.
#
# usage: .ci/modrules-oracle.sh PLUMBLINE_BINARY FIXTURES_DIRECTORY
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=go-oracle-env.sh
. "$here/go-oracle-env.sh"
oracle_setup modrules-oracle "$@"
go="$GOROOT/bin/go"
as_of=2026-11-25 # oldest supported release then: 1.26

passed=0
failed=0
check() {
    local name=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "ok   $name"
    else
        failed=$((failed + 1))
        echo "FAIL $name"
    fi
}
write() {
    local dir=$1 spec file
    shift
    for spec in "$@"; do
        file=${spec%%=*}
        mkdir -p "$(dirname "$dir/$file")"
        printf '%b' "${spec#*=}" >"$dir/$file"
    done
}
rules_of() { "$plumbline" scan "$1" --format json --fail-on never --as-of "$as_of" 2>/dev/null | grep -o '"rule": "[A-Z0-9-]*"' | sort -u | sed 's/"rule": //; s/"//g' || true; }
fires() { rules_of "$1" | grep -qx "$2"; }
quiet() { ! fires "$1" "$2"; }

# --- main_packages against go list ------------------------------------------------------------------------
dir="$scratch/programs"
write "$dir" \
    'go.mod=module example.com/lib\n\ngo 1.22\n' \
    'lib.go=package lib\n' \
    'gen.go=//go:build ignore\n\npackage main\n\nfunc main() {}\n' \
    'cmd/tool/main.go=package main\n\nimport "net/http"\n\nvar _ http.Handler\n\nfunc main() {}\n' \
    'cmd/winonly/main_windows.go=package main\n\nfunc main() {}\n' \
    'cmd/plan9/main.go=//go:build plan9 && !cgo\n\npackage main\n\nfunc main() {}\n' \
    'cmd/cgo/main.go=//go:build cgo && linux\n\npackage main\n\nfunc main() {}\n' \
    'cmd/wasip1/main.go=//go:build wasip1\n\npackage main\n\nfunc main() {}\n' \
    'cmd/tagged/main.go=//go:build integration\n\npackage main\n\nfunc main() {}\n' \
    'cmd/tests/main_test.go=package main\n\nimport "testing"\n\nfunc TestX(t *testing.T) {}\n' \
    '_hidden/x/main.go=package main\n\nfunc main() {}\n' \
    '.dot/y/main.go=package main\n\nfunc main() {}\n' \
    'internal/util/util.go=package util\n'
cat >"$scratch/dump.yaml" <<'EOF'
rules:
  - id: ORACLE-MAIN-001
    title: main_packages
    level: note
    category: hygiene
    scope: module
    when: { field: go, exists: true }
    message: "main_packages={main_packages}"
    help: oracle
    examples:
      - { files: { go.mod: "module m\n\ngo 1.26\n" }, expect: 1 }
      - { files: { go.mod: "module m\n" }, expect: 0 }
EOF
expected=$(
    cd "$dir"
    "$go" tool dist list | while IFS=/ read -r goos goarch; do
        for cgo in 0 1; do
            GOFLAGS= GOOS=$goos GOARCH=$goarch CGO_ENABLED=$cgo "$go" list -e -f '{{if eq .Name "main"}}{{if .GoFiles}}{{.Dir}}{{end}}{{end}}' ./... 2>/dev/null || true
        done
    done | sed "s|^$dir/||" | sort -u | paste -sd, - | sed 's/,/, /g'
)
actual=$("$plumbline" scan "$dir" --rules "$scratch/dump.yaml" --format json --fail-on never --as-of "$as_of" |
    grep -o 'main_packages=[^"]*' | sed 's/^main_packages=//')
echo "     go list: $expected"
echo "     plumbline: $actual"
check "main_packages is the union of go list's package main directories over every port" test "$expected" = "$actual"
check "a module with programs under cmd/ gets PLB-SC-013" fires "$dir" PLB-SC-013

# examples/ is left out on purpose (usage samples are not programs a library ships); go list counts it.
lib="$scratch/library"
write "$lib" 'go.mod=module example.com/lib\n\ngo 1.22\n' 'lib.go=package lib\n' \
    'gen.go=//go:build ignore\n\npackage main\n\nfunc main() {}\n' 'examples/hello/main.go=package main\n\nfunc main() {}\n'
check "a library with a generator and examples gets PLB-SC-025's note" fires "$lib" PLB-SC-025
check "... and not PLB-SC-013" quiet "$lib" PLB-SC-013

# --- sibling modules through replace ------------------------------------------------------------------------
mono="$scratch/monorepo"
write "$mono" \
    'app/go.mod=module example.com/app\n\ngo 1.26\n\nreplace example.com/lib => ../lib\n' \
    'app/main.go=package main\n\nimport "example.com/lib"\n\nfunc main() { lib.F() }\n' \
    'lib/go.mod=module example.com/lib\n\ngo 1.26\n' \
    'lib/lib.go=package lib\n\nfunc F() {}\n'
(cd "$mono/app" && GOFLAGS= "$go" mod tidy)
check "go mod tidy requires the sibling at the zero pseudo-version" grep -q 'example.com/lib v0.0.0-00010101000000-000000000000' "$mono/app/go.mod"
check "the monorepo builds without a go.work" sh -c "cd '$mono/app' && GOFLAGS= '$go' build -mod=readonly -o /dev/null ./..."
check "PLB-SC-009 is quiet on the placeholder" quiet "$mono" PLB-SC-009
check "PLB-SC-007 is quiet on a sibling replace" quiet "$mono" PLB-SC-007
check "PLB-SC-008 is quiet on a sibling replace" quiet "$mono" PLB-SC-008
away="$scratch/away"
write "$away" \
    'app/go.mod=module example.com/app\n\ngo 1.26\n\nrequire example.com/lib v0.0.0-00010101000000-000000000000\n\nreplace example.com/lib => ../../elsewhere/lib\n' \
    'app/main.go=package main\n\nimport "example.com/lib"\n\nfunc main() { lib.F() }\n'
check "a replace that leaves the repository fails the build" sh -c "! (cd '$away/app' && GOFLAGS= '$go' build -mod=readonly -o /dev/null ./... >/dev/null 2>&1)"
check "... and PLB-SC-008 reports it" fires "$away" PLB-SC-008

# --- a program's toolchain line goes with the go-line raise ---------------------------------------------------
prog="$scratch/program"
write "$prog" 'go.mod=module example.com/app\n\ngo 1.21\n\ntoolchain go1.23.4\n' 'main.go=package main\n\nfunc main() {}\n'
check "an unsupported program gets PLB-SC-013" fires "$prog" PLB-SC-013
check "... and not PLB-SC-024 on its toolchain line" quiet "$prog" PLB-SC-024
(cd "$prog" && GOFLAGS= "$go" get go@1.26.0 >/dev/null 2>&1)
check "go get go@1.26.0 removes the toolchain line" sh -c "! grep -q '^toolchain' '$prog/go.mod'"
check "after the one fix, neither rule fires" sh -c "! '$plumbline' scan '$prog' --format json --fail-on never --as-of $as_of | grep -q 'PLB-SC-013\|PLB-SC-024'"
libtc="$scratch/library-toolchain"
write "$libtc" 'go.mod=module example.com/lib\n\ngo 1.21\n\ntoolchain go1.23.4\n' 'lib.go=package lib\n'
check "a library's unsupported toolchain line gets PLB-SC-024" fires "$libtc" PLB-SC-024

echo "modrules oracle: $passed passed, $failed failed"
[ "$failed" = 0 ]
