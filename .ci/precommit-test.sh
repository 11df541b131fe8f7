#!/usr/bin/env bash
# Runs both hooks of .pre-commit-hooks.yaml through `pre-commit try-repo`, offline, on a scratch repository:
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

# The hook repository is this checkout; try-repo pins it at HEAD (plus a shadow commit of local changes).
consumer=$sandbox/consumer
git init -q "$consumer"

passed=0
failed=0
for hook in "${hooks[@]}"; do
    cd "$consumer"
    git rm -q --cached -r . >/dev/null 2>&1 || true
    printf 'module example.com/app\n\ngo 1.26.0\n\ntoolchain go1.25.0\n' >go.mod
    git add go.mod
    set +e
    env PATH="$bin_dir:$PATH" "${offline[@]}" pre-commit try-repo "$root" "$hook" --verbose >"$sandbox/$hook-violation.log" 2>&1
    status=$?
    set -e
    if [ "$status" -ne 0 ] && grep -q 'PLB-SC-014' "$sandbox/$hook-violation.log" && grep -q 'Failed' "$sandbox/$hook-violation.log"; then
        echo "ok: $hook fails on a staged violation and shows PLB-SC-014"
        passed=$((passed + 1))
    else
        echo "FAIL: $hook on a staged violation (status $status):"
        tail -n 30 "$sandbox/$hook-violation.log"
        failed=$((failed + 1))
    fi

    # The same module without the old toolchain line.
    printf 'module example.com/app\n\ngo 1.26.0\n' >go.mod
    git add go.mod
    set +e
    env PATH="$bin_dir:$PATH" "${offline[@]}" pre-commit try-repo "$root" "$hook" --verbose >"$sandbox/$hook-clean.log" 2>&1
    status=$?
    set -e
    if [ "$status" -eq 0 ] && grep -q 'Passed' "$sandbox/$hook-clean.log"; then
        echo "ok: $hook passes a clean commit"
        passed=$((passed + 1))
    else
        echo "FAIL: $hook on a clean commit (status $status):"
        tail -n 30 "$sandbox/$hook-clean.log"
        failed=$((failed + 1))
    fi
    git rm -q --cached go.mod
    rm -f go.mod
done
echo "pre-commit try-repo: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
