#!/usr/bin/env bash
# Compares PLB-SC-001 and PLB-SC-002 (go.sum lacks what the go command needs) with the real go command.
#
# usage: .ci/gosum-oracle.sh PLUMBLINE_BINARY
#
# 1. Builds a file:// GOPROXY from the module sources in fixtures/gosum-oracle/modules (a directory
#    PATH@VERSION per module version).
# 2. For each case in fixtures/gosum-oracle/cases, writes go.mod and go.sum with the real go command
#    (`go mod tidy`, plus the few `go get`, `go mod vendor` or edits the case describes), offline, in an
#    isolated HOME/GOPATH/GOCACHE. On that result every check command must pass and Plumbline must report
#    neither rule.
# 3. Deletes the go.sum lines one at a time (every go.sum and go.work.sum of the case), then each whole
#    go.sum, and runs the check commands with a fresh, empty GOMODCACHE so no cache can stand in for a line:
#    `go build ./...`, `go test -run '^$' ./...` and `go list -m all` (the module graph) in every module
#    of the case, with -mod=readonly where the case is not vendored, plus the case's own (another GOOS,
#    `-tags tools`, `go build tool`). Each deletion must give a Plumbline finding for that line exactly when a
#    command stops with "missing go.sum entry": PLB-SC-002 for a line, PLB-SC-001 for a deleted go.sum. An
#    empty go.sum is still a go.sum (PLB-SC-002 per line); only an absent one is PLB-SC-001.
#
#    Two kinds of line are outside what a repository shows, and Plumbline says so instead of guessing. A
#    silent Plumbline is accepted for them, and they are counted apart:
#    - content hashes Plumbline lists in `gosum.undecided` (a requirement no file of the module imports:
#      only the dependencies' packages show whether a build needs it);
#    - lines for module versions go.mod does not require (go.mod hashes that only dependencies' go.mod
#      files call for: the go command reads them to load the whole graph, and below go 1.17 to build).
#
# The go command checks go.sum before it uses the module cache, so a warm cache gives the same verdicts;
# the sanity check at the start shows it verifies against go.sum here (a wrong hash is a checksum mismatch).
# With GOSUMDB=off a workspace build records missing lines in go.work.sum without asking the checksum
# database; with the default GOSUMDB it asks the database (online) and records them the same way.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=go-oracle-env.sh
. "$here/go-oracle-env.sh"
if [ $# -ne 1 ]; then
    echo "usage: $0 PLUMBLINE_BINARY" >&2
    exit 2
fi
oracle_setup gosum-oracle "$1" "$here/../fixtures/gosum-oracle"
export GOPROXY="file://$scratch/proxy" GOSUMDB=off GONOSUMDB= GOPRIVATE= GONOPROXY= GOINSECURE=
export ORACLE_GO="$GOROOT/bin/go" ORACLE_PLUMBLINE="$plumbline" ORACLE_FIXTURES="$root" ORACLE_SCRATCH="$scratch"

python3 - <<'PY'
import json, os, re, shutil, subprocess, sys, tempfile, zipfile

go = os.environ["ORACLE_GO"]
plumbline = os.environ["ORACLE_PLUMBLINE"]
fixtures = os.environ["ORACLE_FIXTURES"]
scratch = os.environ["ORACLE_SCRATCH"]

# --- the proxy: one PATH@VERSION directory per module version ---------------------------------------
proxy = os.path.join(scratch, "proxy")
sources = os.path.join(fixtures, "modules")
versions = {}
for directory, dirs, _ in os.walk(sources):
    for name in sorted(dirs):
        if "@" not in name:
            continue
        module = os.path.relpath(os.path.join(directory, name.split("@")[0]), sources).replace(os.sep, "/")
        version = name.split("@", 1)[1]
        base = os.path.join(directory, name)
        files = {}
        for inner, _, names in os.walk(base):
            for file in names:
                full = os.path.join(inner, file)
                files[os.path.relpath(full, base).replace(os.sep, "/")] = open(full, "rb").read()
        out = os.path.join(proxy, module, "@v")
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, version + ".info"), "w") as f:
            json.dump({"Version": version, "Time": "2024-01-01T00:00:00Z"}, f)
        with open(os.path.join(out, version + ".mod"), "wb") as f:
            f.write(files["go.mod"])
        with zipfile.ZipFile(os.path.join(out, version + ".zip"), "w") as z:
            for file in sorted(files):
                z.writestr(f"{module}@{version}/{file}", files[file])
        versions.setdefault(module, []).append(version)
    dirs[:] = [d for d in dirs if "@" not in d]
for module, listed in versions.items():
    with open(os.path.join(proxy, module, "@v", "list"), "w") as f:
        f.write("\n".join(sorted(listed)) + "\n")

# --- the cases --------------------------------------------------------------------------------------
# setup: shell run in the case directory (GOFLAGS=-mod=mod); mode: module, vendor or workspace;
# extra: more check commands, (directory, environment, command).
CASES = {
    "pruned": dict(setup="go mod tidy"),
    "direct-without-package": dict(setup=(
        "go mod tidy && go get example.com/nopkg@v1.0.0 && "
        "sed -i -E 's#example.com/nopkg v1.0.0 // indirect#example.com/nopkg v1.0.0#' go.mod")),
    "indirect-imported": dict(setup=(
        "go mod tidy && sed -i -E 's#^(require |\\t)example.com/a v1.0.0$#& // indirect#' go.mod && "
        "grep -q 'example.com/a v1.0.0 // indirect' go.mod")),
    "prefix-and-tags": dict(
        setup=("go mod tidy && go get example.com/p@v1.0.0 example.com/nopkg@v1.0.0 && "
               "go get -tool example.com/tool/cmd/t@v1.0.0"),
        extra=[(".", {"GOOS": "windows"}, ["build", "./..."]),
               (".", {}, ["build", "-tags", "tools", "./..."]),
               (".", {}, ["build", "-o", os.devnull, "tool"])]),
    "go116": dict(setup="go mod tidy && go get example.com/q@v1.0.0"),
    "replaced": dict(setup="go mod tidy"),
    "vendored": dict(setup="go mod tidy && go mod vendor", mode="vendor"),
    "vendored-no-go-line": dict(setup="go mod tidy && go mod vendor && sed -i '/^go 1.16$/d' go.mod"),
    "workspace": dict(
        setup=("(cd lib && GOWORK=off go mod tidy) && (cd app && GOWORK=off go mod tidy) && "
               "(cd app && GOFLAGS= go build ./...) && (cd lib && GOFLAGS= go build ./...)"),
        mode="workspace"),
    "nested": dict(setup=(
        "go mod tidy && (cd byversion && go mod tidy) && (cd bydir && go mod tidy) && "
        "(cd sub && go mod tidy && go get example.com/nest@v1.0.0)")),
}

ORACLE_RULES = """rules:
  - id: ORACLE-GOSUM-001
    title: A go.sum line Plumbline leaves undecided
    level: note
    category: supply-chain
    scope: module
    for_each: gosum.undecided
    message: "undecided {item.kind} hash for {item.path} {item.version}"
    help: The gosum oracle's view of gosum.undecided.
    examples:
      - files: { go.mod: "module m\\n\\ngo 1.22\\n\\nrequire example.com/a v1.0.0\\n", go.sum: "" }
        expect: 1
      - files: { go.mod: "module m\\n\\ngo 1.22\\n", go.sum: "" }
        expect: 0
"""
rules_file = os.path.join(scratch, "oracle-rules.yaml")
open(rules_file, "w").write(ORACLE_RULES)

def run(cmd, cwd, env=None, check=False):
    full = dict(os.environ)
    full.update(env or {})
    result = subprocess.run(cmd, cwd=cwd, env=full, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    text = result.stdout.decode("utf-8", "replace")
    if check and result.returncode != 0:
        raise SystemExit(f"gosum-oracle: {' '.join(cmd)} failed in {cwd}:\n{text}")
    return result.returncode, text

def module_dirs(case_dir):
    found = []
    for directory, dirs, files in os.walk(case_dir):
        dirs[:] = sorted(d for d in dirs if d != "vendor")
        if "go.mod" in files:
            found.append(os.path.relpath(directory, case_dir))
    return found

def sum_files(case_dir):
    found = []
    for directory, dirs, files in os.walk(case_dir):
        dirs[:] = sorted(d for d in dirs if d != "vendor")
        for name in ("go.sum", "go.work.sum"):
            if name in files:
                found.append(os.path.relpath(os.path.join(directory, name), case_dir))
    return found

def commands(case_dir, spec):
    mode = spec.get("mode", "module")
    flags = {"GOFLAGS": "-mod=readonly"} if mode == "module" else {"GOFLAGS": ""}
    result = []
    for directory in module_dirs(case_dir):
        result.append((directory, {}, ["build", "./..."]))
        result.append((directory, {}, ["test", "-count=1", "-run", "^$", "./..."]))
        if mode != "vendor":  # in vendor mode `go list -m all` refuses, go.sum or not
            result.append((directory, {}, ["list", "-m", "all"]))
    result += spec.get("extra", [])
    return [(d, {**flags, **e}, c) for d, e, c in result]

def go_verdict(case_dir, checks):
    """The check commands that stop for a go.sum line, with a fresh module cache."""
    cache = tempfile.mkdtemp(dir=scratch, prefix="modcache.")
    stopped, other = [], []
    try:
        for directory, env, cmd in checks:
            code, text = run([go] + cmd, os.path.join(case_dir, directory), {**env, "GOMODCACHE": cache})
            if code == 0:
                continue
            label = " ".join([f"{k}={v}" for k, v in env.items() if k != "GOFLAGS"] + ["go"] + cmd) + f" ({directory})"
            (stopped if "missing go.sum entry" in text else other).append((label, text.strip().splitlines()[:3]))
    finally:
        subprocess.run(["chmod", "-R", "u+w", cache])
        shutil.rmtree(cache, ignore_errors=True)
    return stopped, other

def plumbline_findings(case_dir):
    code, text = run([plumbline, "scan", case_dir, "--format", "json", "--fail-on", "never", "--no-color",
                      "--as-of", "2026-11-25", "--rules", rules_file], case_dir)
    if code != 0:
        raise SystemExit(f"gosum-oracle: plumbline failed on {case_dir}:\n{text}")
    report = json.loads(text[text.index("{"):])
    return [(f["rule"], f["file"], f["message"]) for f in report["findings"]
            if f["rule"] in ("PLB-SC-001", "PLB-SC-002", "ORACLE-GOSUM-001")]

def listed(case_dir, module_dir):
    """(path, version) of every requirement after replacements: where go.sum keys its lines."""
    _, text = run([go, "mod", "edit", "-json"], os.path.join(case_dir, module_dir))
    data = json.loads(text)
    replaced = {}
    for r in data.get("Replace") or []:
        replaced[(r["Old"]["Path"], r["Old"].get("Version"))] = r["New"]
    keys = set()
    for r in data.get("Require") or []:
        new = replaced.get((r["Path"], r["Version"])) or replaced.get((r["Path"], None))
        if new is None:
            keys.add((r["Path"], r["Version"]))
        elif new.get("Version"):
            keys.add((new["Path"], new["Version"]))
    return keys

passed = failed = undecided_count = beyond_count = 0

def report(ok, text):
    global passed, failed
    if ok:
        passed += 1
        print("ok   " + text)
    else:
        failed += 1
        print("FAIL " + text)

def snapshot(case_dir, files):
    return {f: open(os.path.join(case_dir, f), "rb").read() for f in files}

def restore(case_dir, saved):
    for name in sum_files(case_dir):
        if name not in saved:
            os.remove(os.path.join(case_dir, name))
    for name, data in saved.items():
        open(os.path.join(case_dir, name), "wb").write(data)

# --- sanity: the go command verifies against go.sum in this setup -----------------------------------
cases_dir = os.path.join(scratch, "cases")
os.makedirs(cases_dir)

def prepare(name, spec):
    case_dir = os.path.join(cases_dir, name)
    shutil.copytree(os.path.join(fixtures, "cases", name), case_dir)
    path = os.path.dirname(go) + os.pathsep + os.environ.get("PATH", "")
    run(["bash", "-c", spec["setup"]], case_dir, {"GOFLAGS": "-mod=mod", "PATH": path}, check=True)
    return case_dir

for name, spec in CASES.items():
    case_dir = prepare(name, spec)
    checks = commands(case_dir, spec)
    files = sum_files(case_dir)
    saved = snapshot(case_dir, files)
    module_of = lambda f: os.path.dirname(f) or "."
    print(f"== {name}: {', '.join(files) or 'no go.sum'}; {len(checks)} check commands")

    if name == "pruned":
        text = saved["go.sum"].decode()
        tampered = re.sub(r"^(example\.com/a v1\.0\.0 h1:)\S+", r"\1" + "A" * 43 + "=", text, flags=re.M)
        open(os.path.join(case_dir, "go.sum"), "w").write(tampered)
        code, out = run([go, "build", "./..."], case_dir, {"GOFLAGS": "-mod=readonly", "GOMODCACHE": os.path.join(scratch, "sanity")})
        report(code != 0 and "checksum mismatch" in out, "sanity: a wrong hash in go.sum stops go build with a checksum mismatch")
        restore(case_dir, saved)

    stopped, other = go_verdict(case_dir, checks)
    findings = plumbline_findings(case_dir)
    judged = [f for f in findings if f[0] != "ORACLE-GOSUM-001"]
    report(not stopped and not other and not judged,
           f"{name} as the go command wrote it: go {'passes' if not stopped and not other else 'fails: ' + str((stopped + other)[0][0])}; "
           f"Plumbline {'silent' if not judged else judged[0][2]}")
    restore(case_dir, saved)

    requirements = {d: listed(case_dir, d) for d in module_dirs(case_dir)}
    deletions = []
    for sum_file in files:
        lines = saved[sum_file].decode().splitlines(keepends=True)
        for index, line in enumerate(lines):
            if line.strip():
                deletions.append((sum_file, index, line))
        if sum_file.endswith("go.sum"):
            deletions.append((sum_file, None, None))
    for sum_file, index, line in deletions:
        path = os.path.join(case_dir, sum_file)
        if index is None:
            os.remove(path)
        else:
            lines = saved[sum_file].decode().splitlines(keepends=True)
            open(path, "w").write("".join(lines[:index] + lines[index + 1:]))
        findings = plumbline_findings(case_dir)
        stopped, other = go_verdict(case_dir, checks)
        restore(case_dir, saved)
        module_dir = module_of(sum_file)
        gomod = os.path.normpath(os.path.join(module_dir, "go.mod"))
        def at_module(f):
            return sum_file.endswith("go.work.sum") or os.path.normpath(f[1]) == gomod
        if index is None:
            what = f"{sum_file} deleted"
            fires = any(f[0] == "PLB-SC-001" and at_module(f) for f in findings)
            undecided = beyond = False
        else:
            mod_path, version, _ = line.split()
            kind = "go.mod" if version.endswith("/go.mod") else "zip"
            version = version.removesuffix("/go.mod")
            what = f"{sum_file} without {mod_path} {version} {kind}"
            needle = f"has no {kind} hash for {mod_path} {version} "
            fires = any(f[0] == "PLB-SC-002" and at_module(f) and needle in f[2] for f in findings)
            undecided = any(f[0] == "ORACLE-GOSUM-001" and at_module(f) and f"{kind} hash for {mod_path} {version}" in f[2] for f in findings)
            modules = [module_dir] if sum_file.endswith("go.sum") else list(requirements)
            beyond = all((mod_path, version) not in requirements.get(m, set()) for m in modules)
        go_stops = bool(stopped)
        go_text = ("go: " + ", ".join(s[0] for s in stopped)) if go_stops else "go passes"
        if other:
            report(False, f"{what}: a check command failed for another reason: {other[0][0]}: {' / '.join(other[0][1])}")
            continue
        if fires == go_stops and not (fires and undecided):
            report(True, f"{what}: {go_text}; Plumbline {'reports it' if fires else 'silent'}" + ("; undecided" if undecided else ""))
        elif go_stops and not fires and undecided:
            undecided_count += 1
            report(True, f"{what}: {go_text}; Plumbline lists it as undecided")
        elif go_stops and not fires and beyond:
            beyond_count += 1
            report(True, f"{what}: {go_text}; not required by go.mod, so not judged")
        else:
            detail = f" ({stopped[0][1][-1] if stopped else ''})" if stopped else ""
            report(False, f"{what}: {go_text}{detail}; Plumbline {'reports it' if fires else 'silent'}" + ("; undecided" if undecided else ""))

print(f"gosum oracle: {passed} passed, {failed} failed "
      f"({undecided_count} needed lines Plumbline lists as undecided, {beyond_count} needed lines go.mod does not require)")
sys.exit(1 if failed else 0)
PY
