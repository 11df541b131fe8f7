#!/usr/bin/env bash
# Runs both hooks of .pre-commit-hooks.yaml through pre-commit, offline, on a scratch repository:
# a staged go.mod that breaks a rule at the default fail-on level must fail the hook and show the finding;
# the same file fixed must pass. `plumbline` is built by pre-commit itself (language: swift);
# `plumbline-system` uses the binary given on PATH.
#
# usage: .ci/precommit-test.sh PLUMBLINE_BINARY [HOOK...]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin_dir=$(cd "$(dirname "$1")" && pwd)
shift
hooks=("$@")
[ ${#hooks[@]} -gt 0 ] || hooks=(plumbline-system plumbline)

sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
export PRE_COMMIT_HOME=$sandbox/pre-commit-home
export HOME=$sandbox/home GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME"
# The system git config may point github.com at a local package mirror (the swift hook's build needs it);
# keep it, but nothing of the user's.
[ -f /etc/gitconfig ] && cp /etc/gitconfig "$HOME/.gitconfig"
git config --global user.name ci
git config --global user.email ci@example.com
git config --global init.defaultBranch main

# No network at all when unshare can give us that; otherwise say so.
offline=(unshare -n)
if ! unshare -n true 2>/dev/null; then
    echo "note: unshare -n is not permitted here; running try-repo without network isolation"
    offline=()
fi

# The hook repository is this checkout. On a clean checkout (CI) the consumer's .pre-commit-config.yaml pins
# it at HEAD, so pre-commit builds each hook once and reuses it for every case. With local changes, try-repo
# runs them (it clones into a new directory each time, so the Swift hook is built for every case).
consumer=$sandbox/consumer
git init -q "$consumer"
head=$(git -C "$root" rev-parse HEAD)
pinned=1
[ -z "$(git -C "$root" status --porcelain)" ] || pinned=0

passed=0
failed=0
# try_repo HOOK CASE EXPECTED_STATUS PATTERN...: runs the hook on what is staged; the run must end with
# EXPECTED_STATUS (0, or non-zero for "fail") and its output must show every PATTERN.
try_repo() {
    local hook=$1 case=$2 expected=$3
    shift 3
    local log="$sandbox/$hook-$case.log" status=0 pattern ok=1
    if [ "$pinned" = 1 ]; then
        printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: %s\n' "$root" "$head" "$hook" >.pre-commit-config.yaml
        git add .pre-commit-config.yaml
        env PATH="$bin_dir:$PATH" "${offline[@]}" pre-commit run "$hook" --verbose >"$log" 2>&1 || status=$?
    else
        env PATH="$bin_dir:$PATH" "${offline[@]}" pre-commit try-repo "$root" "$hook" --verbose >"$log" 2>&1 || status=$?
    fi
    if [ "$expected" = fail ]; then [ "$status" -ne 0 ] || ok=0; else [ "$status" -eq "$expected" ] || ok=0; fi
    for pattern in "$@"; do grep -q -- "$pattern" "$log" || ok=0; done
    if [ "$ok" = 1 ]; then
        echo "ok: $hook, $case"
        passed=$((passed + 1))
    else
        echo "FAIL: $hook, $case (status $status):"
        tail -n 30 "$log"
        failed=$((failed + 1))
    fi
}

for hook in "${hooks[@]}"; do
    cd "$consumer"
    # A requirement with no go.sum: a fresh clone cannot build (missing go.sum entry), an error.
    printf 'module example.com/app\n\ngo 1.26.0\n\nrequire golang.org/x/text v0.14.0\n' >go.mod
    git add go.mod
    try_repo "$hook" "a staged violation fails and shows PLB-SC-001" fail PLB-SC-001 Failed

    # The same module without the requirement.
    printf 'module example.com/app\n\ngo 1.26.0\n' >go.mod
    git add go.mod
    try_repo "$hook" "a clean commit passes" 0 Passed
    git rm -q --cached go.mod
    rm -f go.mod
done
echo "pre-commit hooks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
