#!/usr/bin/env bash
# Compares the JSON and SARIF two plumbline builds write for every fixtures/repos/* repository (working
# tree, and HEAD with --rev) and for the benchmark's synthetic repository. A refactoring must leave them
# byte-identical; any difference is printed as a unified diff and fails the run.
#
# Usage: .ci/golden-compare.sh --base REV [--new BIN]     build REV in a temporary worktree and compare
#        .ci/golden-compare.sh OLD_BIN NEW_BIN            compare two built binaries
# Each binary uses the rules/ it finds above itself, so an old build is judged with its own rule packs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

old="" new="$root/.build/debug/plumbline" base=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --base) base="${2:?--base needs a revision}"; shift 2 ;;
        --new) new="${2:?--new needs a binary}"; shift 2 ;;
        *) if [[ -z "$old" && -z "$base" ]]; then old="$1"; else new="$1"; fi; shift ;;
    esac
done

work="$(mktemp -d)"
trap 'rm -rf "$work"; [[ -n "$base" ]] && git -C "$root" worktree remove --force "$work-base" 2>/dev/null || true' EXIT
if [[ -n "$base" ]]; then
    git -C "$root" worktree add -q --detach "$work-base" "$base"
    echo "building $base ..." >&2
    (cd "$work-base" && swift build --product plumbline >"$work/base-build.log" 2>&1) || { tail -n 20 "$work/base-build.log"; exit 2; }
    old="$work-base/.build/debug/plumbline"
fi
[[ -x "$old" && -x "$new" ]] || { echo "golden-compare: need two executables (old: '$old', new: '$new')" >&2; exit 2; }

# The benchmark's repository, generated as benchmarks/run.sh does (deterministic: fixed seed and dates).
bench="$root/benchmarks/.cache/repo"
if [[ ! -d "$bench" ]]; then
    mkdir -p "$root/benchmarks/.cache"
    python3 "$root/benchmarks/generate_repo.py" --out "$bench" >/dev/null
fi

targets=()
for repo in "$root"/fixtures/repos/*/; do targets+=("${repo%/}"); done
targets+=("$bench")

failed=0 compared=0
for target in "${targets[@]}"; do
    name="$(basename "$target")"
    for mode in worktree rev; do
        args=(scan "$target" --as-of 2026-11-25)
        [[ $mode == rev ]] && { git -C "$target" rev-parse -q --verify HEAD >/dev/null 2>&1 || continue; args+=(--rev HEAD); }
        for format in json sarif; do
            for side in old new; do
                bin="$old"; [[ $side == new ]] && bin="$new"
                status=0
                "$bin" "${args[@]}" --format "$format" >"$work/$side.out" 2>"$work/$side.err" || status=$?
                echo "exit $status" >>"$work/$side.out"
            done
            compared=$((compared + 1))
            if ! cmp -s "$work/old.out" "$work/new.out"; then
                failed=$((failed + 1))
                echo "DIFF $name ($mode, $format)"
                diff -u "$work/old.out" "$work/new.out" | head -n 40 || true
            fi
        done
    done
done
echo "golden-compare: $compared reports compared, $failed differ"
[[ $failed == 0 ]]
