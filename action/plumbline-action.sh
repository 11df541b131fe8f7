#!/usr/bin/env bash
# The logic of the Plumbline GitHub Action (action.yml calls it once per step). It runs the same outside
# GitHub: give it the GITHUB_* variables and INPUT_* values a step would (see .ci/action-test.sh).
#
#   plumbline-action.sh setup   check Swift and the C libraries, compute the build cache key
#   plumbline-action.sh build   build Plumbline in release mode (or use $PLUMBLINE_BIN)
#   plumbline-action.sh scan    scan, write SARIF, annotations, the job summary and the step outputs
#   plumbline-action.sh gate    fail the job according to fail-on, after the SARIF upload
#
# Inputs arrive only as environment variables, never pasted into this script by the workflow engine.
set -euo pipefail

action_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
package_dir=$(cd "$action_dir/.." && pwd)

# One `name=value` per line into $GITHUB_OUTPUT (or stdout outside GitHub).
set_output() {
    local name=$1 value=$2
    if [ -n "${GITHUB_OUTPUT:-}" ]; then
        printf '%s=%s\n' "$name" "$value" >>"$GITHUB_OUTPUT"
    else
        printf 'output %s=%s\n' "$name" "$value"
    fi
}

fail() {
    printf '::error title=Plumbline::%s\n' "$1"
    exit "${2:-1}"
}

# Splits $2 into the array named $1 on whitespace (and commas when $3 is "commas"). Nothing is evaluated
# or globbed: an input is data, never shell code.
split_into() {
    local -n target=$1
    local separators=$' \t\n'
    [ "${3:-}" = commas ] && separators+=","
    IFS=$separators read -r -d '' -a target <<<"$2" || true
}

run_privileged() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi
}

cmd_setup() {
    if ! command -v swift >/dev/null 2>&1; then
        fail "Swift is not installed on this runner. GitHub's ubuntu-24.04 (ubuntu-latest) and ubuntu-22.04 images have it; on other runners add swift-actions/setup-swift before this action, or set plumbline-path to a prebuilt binary."
    fi
    if ! pkg-config --exists libgit2 yaml-0.1 2>/dev/null; then
        case "$(uname -s)" in
        Linux)
            if ! command -v apt-get >/dev/null; then
                fail "Plumbline needs libgit2 and libyaml development files (pkg-config names libgit2 and yaml-0.1); install them before this action."
            fi
            echo "::group::Install libgit2 and libyaml"
            run_privileged apt-get update -qq
            run_privileged env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgit2-dev libyaml-dev pkg-config
            echo "::endgroup::"
            ;;
        Darwin)
            echo "::group::Install libgit2 and libyaml"
            brew install libgit2 libyaml pkg-config
            echo "::endgroup::"
            ;;
        *) fail "Plumbline's action runs on Linux and macOS runners, not $(uname -s)." ;;
        esac
    fi
    # github.action_ref can be empty inside composite actions, so the key is the content of what is built:
    # the sources, the package manifest, and the compiler that builds them.
    local sources swift_version
    sources=$(cd "$package_dir" && find Package.swift Sources -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
    swift_version=$(swift --version 2>/dev/null | sha256sum | cut -c1-12)
    set_output cache-key "plumbline-${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}-swift${swift_version}-src${sources}"
    set_output build-path "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/plumbline-build"
}

cmd_build() {
    if [ -n "${PLUMBLINE_BIN:-}" ]; then
        [ -x "$PLUMBLINE_BIN" ] || fail "plumbline-path '$PLUMBLINE_BIN' is not an executable file."
        set_output binary "$PLUMBLINE_BIN"
        return
    fi
    local build_path=${BUILD_PATH:-${RUNNER_TEMP:-/tmp}/plumbline-build}
    echo "::group::Build Plumbline (release)"
    swift build -c release --package-path "$package_dir" --scratch-path "$build_path"
    echo "::endgroup::"
    set_output binary "$build_path/release/plumbline"
}

# Absolute, so later steps (the upload) find it whatever their working directory.
absolute() {
    case "$1" in /*) printf '%s' "$1" ;; *) printf '%s/%s' "$(pwd)" "$1" ;; esac
}

cmd_scan() {
    local bin=${PLUMBLINE_BIN:-}
    [ -x "$bin" ] || fail "no Plumbline binary at '$bin' (the build step sets PLUMBLINE_BIN)."
    if [ -n "${INPUT_WORKING_DIRECTORY:-}" ]; then
        cd "$INPUT_WORKING_DIRECTORY" || fail "working-directory '$INPUT_WORKING_DIRECTORY' does not exist."
    fi

    local sarif fail_on work
    sarif=$(absolute "${INPUT_SARIF_FILE:-plumbline.sarif}")
    fail_on=${INPUT_FAIL_ON:-error}
    work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/plumbline.XXXXXX")

    local -a command=("$bin" scan "${INPUT_PATH:-.}" --fail-on "$fail_on" --category "${INPUT_CATEGORY:-plumbline}"
        --no-owner-validation --no-color
        --report "sarif=$sarif" --report "markdown=$work/summary.md" --report "counts=$work/counts")
    [ "${INPUT_ROADMAP:-true}" = "true" ] && command+=(--report "roadmap=$work/roadmap.md")
    # Code scanning ignores SARIF suppressions: suppressed findings would come back as open alerts.
    [ "${INPUT_UPLOAD_SUPPRESSED:-false}" = "true" ] || command+=(--omit-suppressed)
    [ -n "${INPUT_REV:-}" ] && command+=(--rev "$INPUT_REV")
    [ -n "${INPUT_BASELINE_REV:-}" ] && command+=(--baseline-rev "$INPUT_BASELINE_REV")
    [ -n "${INPUT_CONFIG:-}" ] && command+=(--config "$INPUT_CONFIG")
    local item
    local -a rules=() formats=() extra=()
    split_into rules "${INPUT_RULES:-}" commas
    split_into formats "${INPUT_FORMATS:-}" commas
    split_into extra "${INPUT_ARGS:-}"
    for item in "${rules[@]}"; do command+=(--rules "$item"); done
    for item in "${formats[@]}"; do
        case "$item" in
        *=*) command+=(--report "$item") ;;
        sarif) ;; # always written, to sarif-file
        json | text | markdown | counts | github | roadmap)
            local extension=$item
            [ "$item" = markdown ] && extension=md
            [ "$item" = text ] && extension=txt
            [ "$item" = roadmap ] && extension=roadmap.md
            command+=(--report "$item=$(absolute "plumbline.$extension")")
            ;;
        *) fail "formats: '$item' is not one of json, text, markdown, counts, github, roadmap or FORMAT=FILE." 2 ;;
        esac
    done
    if [ "${INPUT_ANNOTATIONS:-true}" = "true" ]; then
        command+=(--format github)
    else
        command+=(--format text)
    fi
    command+=("${extra[@]}")

    # A SARIF file left by an earlier run must never be uploaded for this one.
    rm -f "$sarif"
    local status=0
    "${command[@]}" || status=$?

    set_output exit-code "$status"
    if [ -s "$work/counts" ]; then
        if [ -n "${GITHUB_OUTPUT:-}" ]; then cat "$work/counts" >>"$GITHUB_OUTPUT"; else sed 's/^/output /' "$work/counts"; fi
    fi
    if [ -f "$sarif" ] && [ "$status" -le 1 ]; then
        set_output sarif-file "$sarif"
    else
        set_output sarif-file ""
    fi
    if [ -s "$work/summary.md" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
        cat "$work/summary.md" >>"$GITHUB_STEP_SUMMARY"
        if [ -s "$work/roadmap.md" ] && grep -q '^| 1 |' "$work/roadmap.md"; then
            # One level down, folded: the summary's findings stay at the top.
            { printf '<details><summary>Upgrade roadmap</summary>\n\n'; sed 's/^## /### /; s/^### \([a-z]\)/#### \1/' "$work/roadmap.md"; printf '\n</details>\n'; } >>"$GITHUB_STEP_SUMMARY"
        fi
    fi
    if [ "$status" -gt 1 ]; then
        printf '::error title=Plumbline::The scan did not complete (exit %s); see the messages above.\n' "$status"
    fi

    # Fork pull requests get a read-only token, so code scanning refuses their upload.
    local upload=${INPUT_UPLOAD_SARIF:-true}
    if [ "$upload" = "true" ] && [ -n "${PR_HEAD_REPOSITORY:-}" ] && [ "${PR_HEAD_REPOSITORY}" != "${GITHUB_REPOSITORY:-}" ]; then
        printf '::notice title=Plumbline::Not uploading SARIF: this pull request comes from the fork %s, whose token cannot write code scanning results. The job summary lists the findings.\n' "$PR_HEAD_REPOSITORY"
        upload=false
    fi
    if [ ! -f "$sarif" ] || [ "$status" -gt 1 ]; then upload=false; fi
    set_output upload "$upload"
    rm -rf "$work"
}

cmd_gate() {
    local status=${SCAN_EXIT_CODE:-}
    case "$status" in
    0) echo "Plumbline: nothing at or above fail-on (${INPUT_FAIL_ON:-error})." ;;
    1) fail "Plumbline found findings at or above fail-on (${INPUT_FAIL_ON:-error}); they are annotated above and listed in the job summary." 1 ;;
    '') fail "the scan step did not run." 1 ;;
    *) fail "the scan failed with exit code $status." "$status" ;;
    esac
}

case "${1:-}" in
setup) cmd_setup ;;
build) cmd_build ;;
scan) cmd_scan ;;
gate) cmd_gate ;;
*)
    echo "usage: $0 setup|build|scan|gate" >&2
    exit 2
    ;;
esac
