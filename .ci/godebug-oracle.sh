#!/usr/bin/env bash
# Compares PLB-GO-013/014/015 with the real go command: for each case, the go command must refuse the
# module, workspace or program exactly when Plumbline reports that rule. The table behind the rules
# (rules/data/godebug.yaml) is generated from the same toolchain's internal/godebugs.
#
# usage: .ci/godebug-oracle.sh PLUMBLINE_BINARY
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=go-oracle-env.sh
. "$here/go-oracle-env.sh"
oracle_setup godebug-oracle "$1" "$here/../fixtures"
go="$GOROOT/bin/go"

passed=0
failed=0
# case NAME RULE COMMAND FILE=CONTENT...: writes the files, runs COMMAND (list: go list -m all; build: go
# build ./...) in them, and compares its refusal with RULE firing in `plumbline scan`.
case_() {
    local name=$1 rule=$2 command=$3
    shift 3
    local dir="$scratch/$name" spec file
    mkdir -p "$dir"
    for spec in "$@"; do
        file=${spec%%=*}
        mkdir -p "$(dirname "$dir/$file")"
        printf '%b' "${spec#*=}" >"$dir/$file"
    done
    local go_refuses=0 log="$dir.go.log"
    case "$command" in
    # No -mod flag: workspace mode refuses -mod=mod for reasons of its own.
    list) (cd "$dir" && GOFLAGS= "$go" list -m all) >"$log" 2>&1 || go_refuses=1 ;;
    build) (cd "$dir" && GOFLAGS= "$go" build -o /dev/null ./...) >"$log" 2>&1 || go_refuses=1 ;;
    esac
    # A refusal only counts when it is about GODEBUG, not some other problem of the case.
    if [ "$go_refuses" = 1 ] && ! grep -qi "godebug\|go:debug" "$log"; then
        failed=$((failed + 1))
        echo "FAIL $name: the go command failed for another reason:"
        sed 's/^/     go: /' "$log" | head -n 5
        return
    fi
    local fires=0
    if "$plumbline" scan "$dir" --format json --fail-on never --no-color 2>/dev/null | grep -q "\"rule\": \"$rule\""; then fires=1; fi
    if [ "$go_refuses" = "$fires" ]; then
        passed=$((passed + 1))
        echo "ok   $name (go refuses: $go_refuses; $rule fires: $fires)"
    else
        failed=$((failed + 1))
        echo "FAIL $name: go refuses: $go_refuses, $rule fires: $fires"
        sed 's/^/     go: /' "$log" | head -n 5
    fi
}

case_ removed-old-value PLB-GO-013 list 'go.mod=module example.com/m\n\ngo 1.22\n\ngodebug x509sha1=1\n'
case_ removed-final-value PLB-GO-013 list 'go.mod=module example.com/m\n\ngo 1.22\n\ngodebug x509sha1=0\n'
case_ removed-in-127 PLB-GO-013 list 'go.mod=module example.com/m\n\ngo 1.22\n\ngodebug asynctimerchan=2\n'
case_ unknown-name PLB-GO-013 list 'go.mod=module example.com/m\n\ngo 1.22\n\ngodebug nosuchkey=1\n'
case_ known-old-default PLB-GO-013 list 'go.mod=module example.com/m\n\ngo 1.22\n\ngodebug (\n\thttpmuxgo121=1\n\tpanicnil=1\n)\n'
case_ workspace-removed PLB-GO-014 list 'go.work=go 1.23\n\ngodebug tls3des=1\n\nuse ./a\n' 'a/go.mod=module example.com/a\n\ngo 1.23\n'
case_ workspace-known PLB-GO-014 list 'go.work=go 1.23\n\ngodebug tls3des=0\n\nuse ./a\n' 'a/go.mod=module example.com/a\n\ngo 1.23\n'
case_ directive-removed PLB-GO-015 build 'go.mod=module example.com/m\n\ngo 1.22\n' 'main.go=//go:debug gotypesalias=0\n\npackage main\n\nfunc main() {}\n'
case_ directive-unknown PLB-GO-015 build 'go.mod=module example.com/m\n\ngo 1.22\n' 'main.go=//go:debug nosuchkey=1\n\npackage main\n\nfunc main() {}\n'
case_ directive-known PLB-GO-015 build 'go.mod=module example.com/m\n\ngo 1.22\n' 'main.go=//go:debug panicnil=1\n\npackage main\n\nfunc main() {}\n'

echo "godebug oracle: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
