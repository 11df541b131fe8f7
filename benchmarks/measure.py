#!/usr/bin/env python3
"""Time `plumbline scan` against the git plumbing that does the same reading, on one repository.

Prints the repository's size, a table of median times and the ratios
plumbline / ls-tree and plumbline / cat-file. Uses hyperfine when it is
installed, otherwise a timing loop in this script. Normally run by run.sh.
"""

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# The files plumbline's scan reads from the commit (module files and Go sources); cat-file is fed exactly
# these blobs. The synthetic repository has no build artifacts.
SCANNED_NAMES = {"go.mod", "go.sum", "go.work", "go.work.sum"}


def in_ignored_tree(path):
    """Files under vendor/ or testdata/ directories are not the repository's own (go.mod, .go)."""
    return any(part in ("vendor", "testdata") for part in path.split("/")[:-1])


def is_scanned(path):
    name = path.rsplit("/", 1)[-1]
    if path == "vendor/modules.txt" or path.endswith("/vendor/modules.txt"):
        return True
    if name in SCANNED_NAMES or name.endswith(".go"):
        return not in_ignored_tree(path)
    return False


def git(repo, *args, stdin=None):
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, input=stdin).stdout


def describe_repo(repo, cache):
    """Counts for the report, and a file with the object ids of every blob the scan reads."""
    head = git(repo, "rev-parse", "HEAD").decode().strip()
    files, scanned = 0, []
    for line in git(repo, "ls-tree", "-r", "HEAD").decode().splitlines():
        meta, path = line.split("\t", 1)
        _mode, kind, oid = meta.split()
        if kind != "blob":
            continue
        files += 1
        if is_scanned(path):
            scanned.append((path, oid))
    modules = sum(1 for path, _ in scanned if path.rsplit("/", 1)[-1] == "go.mod" and "/vendor/" not in "/" + path)
    sums = [oid for path, oid in scanned if path.rsplit("/", 1)[-1] == "go.sum"]
    sum_text = git(repo, "cat-file", "--batch", stdin="".join(oid + "\n" for oid in sums).encode())
    # Each batch record is a header line plus the blob; count the blob lines only.
    sum_lines = sum_text.count(b"\n") - 2 * len(sums)
    ids_path = os.path.join(cache, "scan-blobs.txt")
    with open(ids_path, "w") as out:
        out.writelines(oid + "\n" for _, oid in scanned)
    scanned_bytes = sum(int(line.split()[2]) for line in git(
        repo, "cat-file", "--batch-check", stdin="".join(oid + "\n" for _, oid in scanned).encode()).decode().splitlines())
    return {"head": head, "files": files, "modules": modules, "sum_lines": sum_lines,
            "blobs": len(scanned), "blob_bytes": scanned_bytes, "ids_path": ids_path}


def check_plumbline(argv):
    """None when the scan runs and exits 0 or 1 (1 means it found something), else why it cannot be timed."""
    try:
        result = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        return "could not run %s: %s" % (argv[0], error)
    if result.returncode in (0, 1):
        return None
    tail = result.stderr.decode(errors="replace").strip().splitlines()[-3:]
    return "%s exited with %d%s" % (shlex.join(argv), result.returncode, (": " + " | ".join(tail)) if tail else "")


def time_with_hyperfine(commands, runs, warmup):
    """commands: list of (name, argv, stdin_path). Returns {name: stats in seconds}."""
    with tempfile.TemporaryDirectory() as scratch:
        export = os.path.join(scratch, "results.json")
        argv = ["hyperfine", "-N", "--style", "basic", "--warmup", str(warmup), "--runs", str(runs),
                "--ignore-failure", "--export-json", export]
        for name, command, stdin_path in commands:
            line = shlex.join(command)
            if stdin_path:
                # hyperfine 1.15 has no --input; exec keeps the shell's cost to one small spawn.
                line = "sh -c %s" % shlex.quote("exec %s < %s" % (line, shlex.quote(stdin_path)))
            argv += ["--command-name", name, line]
        subprocess.run(argv, check=True, stdout=sys.stderr)
        with open(export) as data:
            results = json.load(data)["results"]
    return {r["command"]: {"median": r["median"], "mean": r["mean"], "stddev": r["stddev"] or 0.0,
                           "min": r["min"], "max": r["max"]} for r in results}


def time_with_loop(commands, runs, warmup):
    stats = {}
    for name, command, stdin_path in commands:
        samples = []
        for i in range(warmup + runs):
            stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
            try:
                start = time.perf_counter()
                subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                elapsed = time.perf_counter() - start
            finally:
                if stdin_path:
                    stdin.close()
            if i >= warmup:
                samples.append(elapsed)
        stats[name] = {"median": statistics.median(samples), "mean": statistics.mean(samples),
                       "stddev": statistics.stdev(samples) if len(samples) > 1 else 0.0,
                       "min": min(samples), "max": max(samples)}
        print("  timed %-34s median %8.1f ms" % (name, stats[name]["median"] * 1000), file=sys.stderr)
    return stats


VALID_HASH = "h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="


def write_large_gosum(cache, lines=100_000):
    """A plain directory whose go.sum has `lines` lines (half zip hashes, half /go.mod hashes), written once.

    It stands in for a monorepo's go.sum, to measure the go.sum reader apart from the tree walk."""
    directory = os.path.join(cache, "large-gosum")
    gosum = os.path.join(directory, "go.sum")
    if not os.path.exists(gosum):
        os.makedirs(directory, exist_ok=True)
        with open(os.path.join(directory, "go.mod"), "w") as out:
            out.write("module example.com/large\n\ngo 1.22\n")
        with open(gosum + ".tmp", "w") as out:
            for index in range(lines // 2):
                module = "github.com/org%d/mod%d v1.%d.0" % (index % 997, index, index % 50)
                out.write("%s %s\n%s/go.mod %s\n" % (module, VALID_HASH, module, VALID_HASH))
        os.replace(gosum + ".tmp", gosum)
    return directory


def ms(seconds):
    return "%.1f ms" % (seconds * 1000)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", required=True)
    parser.add_argument("--cache", required=True, help="directory for the blob id list")
    parser.add_argument("--plumbline", help="path of the plumbline executable")
    parser.add_argument("--skip-plumbline", metavar="REASON", help="do not time plumbline, and say why")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--timer", choices=["auto", "hyperfine", "python"], default="auto")
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0:
        sys.exit("measure.py: --runs must be at least 1 and --warmup at least 0")

    repo = os.path.abspath(args.repo)
    info = describe_repo(repo, args.cache)
    scan_argv = [args.plumbline or "plumbline", "scan", "--rev", "HEAD", repo, "--format", "json", "--output", "/dev/null"]
    skip = args.skip_plumbline
    if skip is None:
        skip = check_plumbline(scan_argv) if args.plumbline else "no plumbline executable given"

    commands = []
    if skip is None:
        commands.append(("plumbline scan --rev HEAD", scan_argv, None))
    commands.append(("git ls-tree -r HEAD", ["git", "-C", repo, "ls-tree", "-r", "HEAD"], None))
    commands.append(("git cat-file --batch (%d blobs)" % info["blobs"], ["git", "-C", repo, "cat-file", "--batch"], info["ids_path"]))
    # The go.sum reader alone: a directory with one 100 000-line go.sum, against reading and hashing it.
    large = write_large_gosum(args.cache)
    large_rows = []
    if skip is None:
        large_rows.append(("plumbline scan (100 000-line go.sum)",
                           [args.plumbline, "scan", large, "--format", "json", "--output", "/dev/null"], None))
    large_rows.append(("sha256sum go.sum (the same bytes)", ["sha256sum", os.path.join(large, "go.sum")], None))
    commands += large_rows

    use_hyperfine = args.timer == "hyperfine" or (args.timer == "auto" and shutil.which("hyperfine"))
    timer = "hyperfine (-N, %d warm-up, %d runs)" % (args.warmup, args.runs) if use_hyperfine \
        else "python loop (%d warm-up, %d runs)" % (args.warmup, args.runs)
    print("timing with %s ..." % timer, file=sys.stderr)
    stats = (time_with_hyperfine if use_hyperfine else time_with_loop)(commands, args.runs, args.warmup)

    print()
    print("Repository  %s (HEAD %s)" % (repo, info["head"][:12]))
    print("  files %d, Go modules %d, go.sum lines %d, blobs the scan reads %d (%d bytes)"
          % (info["files"], info["modules"], info["sum_lines"], info["blobs"], info["blob_bytes"]))
    print("Timer       %s" % timer)
    print()
    print("%-38s %10s %20s %10s %10s" % ("command", "median", "mean ± σ", "min", "max"))
    print("-" * 92)
    if skip is not None:
        print("%-38s %10s   %s" % ("plumbline scan --rev HEAD", "skipped", skip))
    for name, _, _ in commands:
        s = stats[name]
        print("%-38s %10s %20s %10s %10s" % (name, ms(s["median"]), "%s ± %.1f" % (ms(s["mean"]), s["stddev"] * 1000),
                                            ms(s["min"]), ms(s["max"])))
    print()
    ls_tree = stats["git ls-tree -r HEAD"]["median"]
    cat_file = stats[commands[2 if skip is None else 1][0]]["median"]
    if skip is None:
        scan = stats[commands[0][0]]["median"]
        print("plumbline / ls-tree              %6.2fx" % (scan / ls_tree))
        print("plumbline / cat-file             %6.2fx" % (scan / cat_file))
        print("plumbline / (ls-tree + cat-file) %6.2fx" % (scan / (ls_tree + cat_file)))
        large_scan = stats[large_rows[0][0]]["median"]
        print("go.sum scan / sha256sum          %6.2fx" % (large_scan / stats[large_rows[-1][0]]["median"]))
    else:
        print("ratios: n/a (plumbline skipped)")


if __name__ == "__main__":
    main()
