#!/usr/bin/env bash
# Runs the GitHub Action's script (action/plumbline-action.sh) the way action.yml does, with a fake GitHub
# environment: GITHUB_* variables, temp files for GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. Checks the outputs,
# the job summary and the annotations against the JSON report of the same scan, including GitHub's caps on
# a fixture with more findings than GitHub shows, and that inputs are never run as shell code.
#
# usage: .ci/action-test.sh PLUMBLINE_BINARY [SARIF_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
sarif_dir=${2:-}
script=$root/action/plumbline-action.sh

passed=0
failed=0
check() {
    local what=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $what"
    fi
}

sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT

# A fresh fake step environment; the step's stdout goes to $step/log.
new_step() {
    step=$(mktemp -d "$sandbox/step.XXXXXX")
    : >"$step/output"
    : >"$step/summary"
    export GITHUB_OUTPUT=$step/output GITHUB_STEP_SUMMARY=$step/summary RUNNER_TEMP=$step
    export GITHUB_ACTION_PATH=$root/action GITHUB_WORKSPACE=$root GITHUB_REPOSITORY=example/app
    export RUNNER_OS=Linux RUNNER_ARCH=X64 GITHUB_ACTIONS=true
    unset INPUT_PATH INPUT_REV INPUT_BASELINE_REV INPUT_CONFIG INPUT_RULES INPUT_FAIL_ON INPUT_FORMATS INPUT_SARIF_FILE \
        INPUT_UPLOAD_SARIF INPUT_UPLOAD_SUPPRESSED INPUT_ROADMAP INPUT_CATEGORY INPUT_ANNOTATIONS INPUT_ARGS INPUT_WORKING_DIRECTORY PR_HEAD_REPOSITORY \
        SCAN_EXIT_CODE PLUMBLINE_BIN || true
}

output() { sed -n "s/^$1=//p" "$step/output" | tail -n 1; }

# The level counts of the same scan as the JSON report gives them.
json_count() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"][sys.argv[2]])' "$1" "$2"; }

echo "-- setup: cache key and build path"
new_step
"$script" setup >"$step/log"
check "setup sets a cache key naming the OS" grep -q '^cache-key=plumbline-Linux-X64-swift[0-9a-f]*-src[0-9a-f]*$' "$step/output"
check "setup sets the build path under RUNNER_TEMP" grep -qx "build-path=$step/plumbline-build" "$step/output"

echo "-- build: a given binary is used as is"
new_step
PLUMBLINE_BIN=$bin "$script" build >"$step/log"
check "build reports the binary" grep -qx "binary=$bin" "$step/output"
new_step
if PLUMBLINE_BIN=/nonexistent/plumbline "$script" build >"$step/log" 2>&1; then status=0; else status=$?; fi
check "build refuses a missing binary" test "$status" -ne 0
check "and says why" grep -q '^::error title=Plumbline::plumbline-path' "$step/log"

echo "-- scan: the demo repository, more findings than GitHub annotates"
new_step
json=$sandbox/demo.json
"$bin" scan fixtures/repos/demo --format json --output "$json" --no-color 2>/dev/null || true
export PLUMBLINE_BIN=$bin INPUT_PATH=fixtures/repos/demo INPUT_FAIL_ON=error INPUT_CATEGORY=plumbline-demo
export INPUT_SARIF_FILE=$step/demo.sarif INPUT_FORMATS="json=$step/report.json, markdown"
(cd "$root" && "$script" scan >"$step/log")
errors=$(json_count "$json" error)
warnings=$(json_count "$json" warning)
notes=$(json_count "$json" note)
findings=$(json_count "$json" findings)
check "demo has more errors than GitHub annotates" test "$errors" -gt 10
# Warnings: the demo's true ones are fewer than the cap since noise went to notes; every one is annotated.
check "demo has warnings, fewer than the cap" test "$warnings" -gt 0 -a "$warnings" -le 10
check "exit-code output is 1 (findings at or above error)" test "$(output exit-code)" = 1
check "errors output matches the JSON report" test "$(output errors)" = "$errors"
check "warnings output matches" test "$(output warnings)" = "$warnings"
check "notes output matches" test "$(output notes)" = "$notes"
check "findings output matches" test "$(output findings)" = "$findings"
check "sarif-file output is the SARIF written" test "$(output sarif-file)" = "$step/demo.sarif"
check "the SARIF exists" test -s "$step/demo.sarif"
check "the SARIF carries the category" grep -q '"id" *: *"plumbline-demo/"' "$step/demo.sarif"
check "upload is on" test "$(output upload)" = true
check "an extra FORMAT=FILE report is written" test -s "$step/report.json"
check "a bare format is written as plumbline.EXT" test -s "$root/plumbline.md"
rm -f "$root/plumbline.md"
check "10 error annotations, the cap" test "$(grep -c '^::error file=' "$step/log")" = 10
check "every warning annotated (under the cap)" test "$(grep -c '^::warning file=' "$step/log")" = "$warnings"
check "every note annotated (under the cap)" test "$(grep -c '^::notice file=' "$step/log")" = "$notes"
last_error=$(grep -n '^::error ' "$step/log" | tail -n 1 | cut -d: -f1)
first_warning=$(grep -n '^::warning ' "$step/log" | head -n 1 | cut -d: -f1)
last_warning=$(grep -n '^::warning ' "$step/log" | tail -n 1 | cut -d: -f1)
first_notice=$(grep -n '^::notice ' "$step/log" | head -n 1 | cut -d: -f1)
check "most severe first: errors, then warnings, then notices" test "$last_error" -lt "$first_warning" -a "$last_warning" -lt "$first_notice"
omitted=$((errors - 10))
check "the log counts what was not annotated" grep -q "^Plumbline: $omitted more not annotated" "$step/log"
check "annotation titles carry the rule" grep -q '^::error file=fixtures/repos/demo/go.work,line=4,col=2,title=PLB-SC-018%3A ' "$step/log"
check "summary: findings by rule" grep -q '^### Findings by rule' "$step/summary"
check "summary: every rule that fired is in the table" python3 - "$json" "$step/summary" <<'EOF'
import json, sys
rules = {f["rule"] for f in json.load(open(sys.argv[1]))["findings"] if f["suppression"] is None}
summary = open(sys.argv[2]).read()
sys.exit(0 if all(f"| `{rule}` |" in summary for rule in rules) else 1)
EOF
check "summary: says how many were not annotated" grep -q "^> $omitted of them are not shown as annotations" "$step/summary"
check "summary: modules scanned" grep -q '^| `fixtures/repos/demo/service/go.mod` | `example.com/demo/service` | 1.23.2 |$' "$step/summary"
check "summary: the roadmap, folded" grep -q '^<details><summary>Upgrade roadmap</summary>$' "$step/summary"
check "summary: roadmap phases one level down" grep -q '^#### go-upgrade$' "$step/summary"
check "summary under GitHub's 1 MiB" test "$(wc -c <"$step/summary")" -lt 1048576
[ -n "$sarif_dir" ] && cp "$step/demo.sarif" "$sarif_dir/action-demo.sarif"

echo "-- gate: fail-on after the upload"
for status in 0 1 2 3; do
    new_step
    if SCAN_EXIT_CODE=$status INPUT_FAIL_ON=warning "$script" gate >"$step/log" 2>&1; then got=0; else got=$?; fi
    check "gate exits $status for scan exit $status" test "$got" = "$status"
done
check "gate explains a failure" grep -q '^::error title=Plumbline::Plumbline found findings at or above fail-on (warning)' <(SCAN_EXIT_CODE=1 INPUT_FAIL_ON=warning "$script" gate 2>&1 || true)

echo "-- scan: eBPF and Wasm artifacts in the summary"
new_step
export PLUMBLINE_BIN=$bin INPUT_PATH=fixtures/repos/ebpf-demo INPUT_FAIL_ON=never INPUT_SARIF_FILE=$step/ebpf.sarif
"$script" scan >"$step/log"
check "fail-on never gives exit-code 0" test "$(output exit-code)" = 0
check "summary: eBPF objects with their minimum kernel" grep -q '^| `fixtures/repos/ebpf-demo/bpf/events.bpf.o` | 2 programs | 5.8 | Dual MIT/GPL |$' "$step/summary"
new_step
export PLUMBLINE_BIN=$bin INPUT_PATH=fixtures/repos/wasm-demo INPUT_FAIL_ON=never INPUT_SARIF_FILE=$step/wasm.sarif
"$script" scan >"$step/log"
check "summary: Wasm modules with their target" grep -q '^| `fixtures/repos/wasm-demo/.*\.wasm` | go-' "$step/summary"

echo "-- scan: a clean repository, annotations off, working-directory"
new_step
export PLUMBLINE_BIN=$bin INPUT_WORKING_DIRECTORY=fixtures/repos/clean INPUT_FAIL_ON=note INPUT_ANNOTATIONS=false
(cd "$root" && "$script" scan >"$step/log")
check "clean: exit-code 0" test "$(output exit-code)" = 0
check "clean: no findings" test "$(output findings)" = 0
check "clean: no annotations" test "$(grep -c '^::' "$step/log")" = 0
check "clean: no roadmap without steps" test "$(grep -c 'Upgrade roadmap' "$step/summary")" = 0
check "sarif-file is relative to working-directory" test "$(output sarif-file)" = "$root/fixtures/repos/clean/plumbline.sarif"
rm -f "$root/fixtures/repos/clean/plumbline.sarif"

echo "-- scan: suppressed findings stay out of the uploaded SARIF unless asked for"
suppressed_repo=$sandbox/suppressed
mkdir -p "$suppressed_repo"
printf 'module example.com/s\n\ngo 1.26.0\n\ntoolchain go1.25.0 // plumbline:ignore PLB-SC-014 -- pinned for the release branch\n' >"$suppressed_repo/go.mod"
new_step
export PLUMBLINE_BIN=$bin INPUT_PATH=$suppressed_repo INPUT_SARIF_FILE=$step/s.sarif
"$script" scan >"$step/log"
check "suppressed output counts it" test "$(output suppressed)" = 1
check "by default the SARIF leaves it out" test "$(grep -c '"ruleId": "PLB-SC-014"' "$step/s.sarif")" = 0
check "and says so" grep -q 'suppressed finding is left out of this file (--omit-suppressed)' "$step/s.sarif"
new_step
export PLUMBLINE_BIN=$bin INPUT_PATH=$suppressed_repo INPUT_SARIF_FILE=$step/s.sarif INPUT_UPLOAD_SUPPRESSED=true
"$script" scan >"$step/log"
check "upload-suppressed keeps it" test "$(grep -c '"ruleId": "PLB-SC-014"' "$step/s.sarif")" = 1
check "with its suppression" grep -q '"justification": "pinned for the release branch"' "$step/s.sarif"

echo "-- scan: baseline-rev judges only what the change brings"
base_repo=$sandbox/base-repo
git init -q "$base_repo"
printf 'module example.com/b\n\ngo 1.26.0\n\ntoolchain go1.25.0\n' >"$base_repo/go.mod"
git -C "$base_repo" add go.mod
git -C "$base_repo" -c user.name=ci -c user.email=ci@example.com commit -q -m base
printf 'module example.com/b\n\ngo 1.26.0\n\ntoolchain go1.25.0\n\nrequire golang.org/x/text v0.14.0\n' >"$base_repo/go.mod"
new_step
export PLUMBLINE_BIN=$bin INPUT_PATH=$base_repo INPUT_SARIF_FILE=$step/b.sarif INPUT_BASELINE_REV=HEAD
"$script" scan >"$step/log"
check "baseline: one new error" test "$(output errors)" = 1
check "baseline: one unchanged" test "$(output unchanged)" = 1
check "baseline: only the new finding is annotated" test "$(grep -c '^::error file=' "$step/log")" = 1
check "baseline: the SARIF marks both" test "$(grep -c '"baselineState"' "$step/b.sarif")" = 2
new_step
export PLUMBLINE_BIN=$bin INPUT_PATH=$base_repo INPUT_SARIF_FILE=$step/b.sarif INPUT_BASELINE_REV=0123456789abcdef0123456789abcdef01234567
"$script" scan >"$step/log" 2>&1
check "baseline: a base missing from the clone fails the scan (exit-code 3)" test "$(output exit-code)" = 3

echo "-- scan: fork pull requests do not upload"
new_step
export PLUMBLINE_BIN=$bin INPUT_PATH=fixtures/repos/clean INPUT_SARIF_FILE=$step/fork.sarif PR_HEAD_REPOSITORY=someone/fork
"$script" scan >"$step/log"
check "fork: upload off" test "$(output upload)" = false
check "fork: says why" grep -q '^::notice title=Plumbline::Not uploading SARIF: this pull request comes from the fork someone/fork' "$step/log"

echo "-- scan: inputs are data, never shell code"
new_step
marker=$sandbox/injected
export PLUMBLINE_BIN=$bin INPUT_PATH='fixtures/repos/clean' INPUT_SARIF_FILE=$step/x.sarif
export INPUT_ARGS="--as-of \$(touch $marker) *" INPUT_RULES="\`touch $marker\`"
echo '{"stale": true}' >"$step/x.sarif"
"$script" scan >"$step/log" 2>&1 || true
check "no command in an input ran" test ! -e "$marker"
check "a bad argument is a usage error (exit-code 2)" test "$(output exit-code)" = 2
check "no SARIF path after a failed scan" test -z "$(output sarif-file)"
check "and nothing to upload" test "$(output upload)" = false
check "the failure is annotated" grep -q '^::error title=Plumbline::The scan did not complete (exit 2)' "$step/log"

echo "action script: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
