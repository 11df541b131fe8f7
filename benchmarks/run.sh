#!/usr/bin/env bash
# Benchmark `plumbline scan` against git's own plumbing on a large synthetic repository.
# Usage: benchmarks/run.sh [--plumbline PATH] [--runs N] [--timer auto|hyperfine|python] [--regenerate]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cache="$here/.cache"
repo="$cache/repo"
stamp="$cache/repo.stamp"

plumbline=""
runs=10
timer=auto
regenerate=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --plumbline) plumbline="${2:?--plumbline needs a path}"; shift 2 ;;
        --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
        --timer) timer="${2:?--timer needs auto, hyperfine or python}"; shift 2 ;;
        --regenerate) regenerate=1; shift ;;
        -h|--help) sed -n '2,3p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done

for tool in git python3; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is required" >&2; exit 2; }
done

# The repository is generated once; a changed generator invalidates it.
mkdir -p "$cache"
want="$(python3 -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' "$here/generate_repo.py")"
if [[ $regenerate == 1 || ! -d "$repo" || "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    echo "generating the synthetic repository in $repo (once) ..." >&2
    rm -rf "$repo" "$stamp"
    python3 "$here/generate_repo.py" --out "$repo" >&2
    echo "$want" > "$stamp"
fi

skip=""
if [[ -z "$plumbline" ]]; then
    plumbline="$root/.build/release/plumbline"
    # Always (re)build: an existing binary may be older than the sources and the rules it must load.
    echo "building plumbline (swift build -c release) ..." >&2
    if ! (cd "$root" && swift build -c release --product plumbline) >"$cache/build.log" 2>&1; then
        tail -n 5 "$cache/build.log" | sed 's/^/  build: /' >&2
        skip="could not build $plumbline (swift build -c release failed; log in benchmarks/.cache/build.log)"
    fi
fi
if [[ -z "$skip" && ! -x "$plumbline" ]]; then
    skip="$plumbline is not an executable file"
fi

args=(--repo "$repo" --cache "$cache" --plumbline "$plumbline" --runs "$runs" --timer "$timer")
if [[ -n "$skip" ]]; then
    args+=(--skip-plumbline "$skip")
fi
exec python3 "$here/measure.py" "${args[@]}"
