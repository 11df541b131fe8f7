#!/usr/bin/env python3
"""Generate a large, deterministic synthetic Go monorepo as a git repository.

The same generator version always produces the same commit id: the random
generator has a fixed seed and the commit has fixed author/committer dates.
Objects are written with `git fast-import`, which is much faster than adding
30,000 files through the index.

Usage: generate_repo.py --out DIR [--files N] [--modules N]
"""

import argparse
import base64
import hashlib
import re
import os
import random
import shutil
import subprocess
import sys

SEED = 20240611
COMMIT_TIME = "1700000000 +0000"
AUTHOR = "Plumbline Bench <bench@example.com>"
MODULE_PREFIX = "example.com/bench"
GO_VERSIONS = ["1.19", "1.20", "1.21", "1.21.5", "1.22", "1.22.3", "1.23.0"]

# Real module paths mixed with generated ones, so rules about known modules have something to find.
WELL_KNOWN = [
    "golang.org/x/net", "golang.org/x/sys", "golang.org/x/text", "golang.org/x/crypto",
    "golang.org/x/sync", "golang.org/x/mod", "golang.org/x/tools", "golang.org/x/oauth2",
    "golang.org/x/time", "golang.org/x/term", "google.golang.org/grpc", "google.golang.org/protobuf",
    "google.golang.org/genproto", "github.com/golang/protobuf", "github.com/pkg/errors",
    "github.com/sirupsen/logrus", "github.com/stretchr/testify", "github.com/davecgh/go-spew",
    "github.com/pmezard/go-difflib", "gopkg.in/yaml.v2", "gopkg.in/yaml.v3", "go.uber.org/zap",
    "go.uber.org/atomic", "go.uber.org/multierr", "github.com/spf13/cobra", "github.com/spf13/pflag",
    "github.com/gorilla/mux", "github.com/gogo/protobuf", "github.com/google/uuid",
    "github.com/prometheus/client_golang", "github.com/prometheus/common", "github.com/dgrijalva/jwt-go",
    "github.com/satori/go.uuid", "k8s.io/api", "k8s.io/apimachinery", "k8s.io/client-go",
    "github.com/hashicorp/go-multierror", "github.com/mitchellh/mapstructure", "github.com/json-iterator/go",
    "github.com/modern-go/reflect2", "github.com/cespare/xxhash/v2", "github.com/beorn7/perks",
]
ORGS = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "tyrell", "cyberdyne",
        "aperture", "soylent", "vandelay", "wonka", "oscorp", "gringotts", "monarch"]
NOUNS = ["cache", "queue", "router", "metrics", "auth", "config", "storage", "codec", "retry",
         "pool", "trace", "limiter", "schema", "events", "mailer", "search", "ledger", "billing",
         "geo", "images", "scheduler", "flags", "vault", "stream", "graph", "rpc", "kv", "orm"]
WORDS = ("alpha beta gamma delta epsilon zeta theta kappa lambda sigma omega module package "
         "service handler request response client server build test deploy upgrade version "
         "compliance scanner report finding rule policy dependency license security").split()


def h1(text):
    return "h1:" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def path_major(module):
    """The major version a module path demands (2 for `/v2`, 3 for `gopkg.in/x.v3`), or None."""
    match = re.search(r"(?:/v|^gopkg\.in/.*\.v)([0-9]+)$", module)
    return int(match.group(1)) if match and int(match.group(1)) >= 2 else None


def version(rng, module):
    """A semantic version, a pseudo-version, or an +incompatible version that fits the module path."""
    major = path_major(module)
    if rng.random() < 0.12:
        stamp = "20%02d%02d%02d%02d%02d%02d" % (rng.randint(19, 24), rng.randint(1, 12), rng.randint(1, 28),
                                                rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        return "v%d.0.0-%s-%012x" % (major or 0, stamp, rng.getrandbits(48))
    if major:
        return "v%d.%d.%d" % (major, rng.randint(0, 30), rng.randint(0, 20))
    if rng.random() < 0.04:
        return "v%d.%d.%d+incompatible" % (rng.randint(3, 9), rng.randint(0, 30), rng.randint(0, 20))
    major = 0 if rng.random() < 0.25 else 1
    return "v%d.%d.%d" % (major, rng.randint(0, 30), rng.randint(0, 20))


def third_party_pool(rng):
    pool = list(WELL_KNOWN)
    seen = set(pool)
    while len(pool) < 420:
        org = rng.choice(ORGS) + ("-" + rng.choice(NOUNS) if rng.random() < 0.3 else "")
        name = rng.choice(NOUNS) + ("-" + rng.choice(NOUNS) if rng.random() < 0.5 else "")
        path = "github.com/%s/%s" % (org, name)
        if rng.random() < 0.1:
            path += "/v2"
        if path not in seen:
            seen.add(path)
            pool.append(path)
    return pool


class Module:
    def __init__(self, index, rng, pool, module_names):
        self.index = index
        self.name = module_names[index]
        self.dir = "services/" + self.name
        self.path = "%s/%s" % (MODULE_PREFIX, self.name)
        self.go = rng.choice(GO_VERSIONS)
        count = rng.randint(20, 60)
        chosen = rng.sample(pool, count)
        self.requires = []  # (path, version, indirect)
        for i, mod in enumerate(chosen):
            self.requires.append((mod, version(rng, mod), i >= count * 0.6))
        # A few sibling modules, wired up with local replaces like a monorepo would.
        siblings = rng.sample([n for n in module_names if n != self.name], rng.randint(0, 3))
        self.sibling_requires = [("%s/%s" % (MODULE_PREFIX, s), "v0.0.0-00010101000000-000000000000") for s in siblings]
        self.replaces = ["%s/%s => ../%s" % (MODULE_PREFIX, s, s) for s in siblings]
        for mod, ver, _ in rng.sample(self.requires, rng.randint(1, 3)):
            base = mod[:-3] if mod.endswith("/v2") else mod
            fork = "github.com/%s-forks/%s" % (rng.choice(ORGS), base.rsplit("/", 1)[-1])
            self.replaces.append("%s => %s %s" % (mod, fork, version(rng, fork)))
        self.vendored = index % 5 == 2
        self.sum_lines = rng.randint(1500, 3000)

    def go_mod(self, rng):
        out = ["module %s" % self.path, "", "go %s" % self.go, ""]
        if rng.random() < 0.4:
            minor = ".".join(self.go.split(".")[:2])
            out += ["toolchain go%s.%d" % (minor, rng.randint(6, 12)), ""]
        direct = [(m, v) for m, v, ind in self.requires if not ind] + self.sibling_requires
        indirect = [(m, v) for m, v, ind in self.requires if ind]
        out.append("require (")
        out += ["\t%s %s" % (m, v) for m, v in sorted(direct)]
        out += [")", "", "require ("]
        out += ["\t%s %s // indirect" % (m, v) for m, v in sorted(indirect)]
        out += [")", ""]
        for line in self.replaces:
            out.append("replace %s" % line)
        if rng.random() < 0.3:
            excluded = rng.choice(self.requires)[0]
            out += ["", "exclude %s v%d.0.1" % (excluded, path_major(excluded) or 0)]
        return "\n".join(out) + "\n"

    def go_sum(self, rng, pool):
        lines = set()
        for mod, ver, _ in self.requires:
            lines.add("%s %s %s" % (mod, ver, h1(mod + "@" + ver)))
            lines.add("%s %s/go.mod %s" % (mod, ver, h1(mod + "@" + ver + "/go.mod")))
        # Older versions and transitive modules, as real go.sum files accumulate them: go.mod hashes for
        # anything in the module graph, content hashes only for modules go.mod lists (go >= 1.17).
        required = {mod for mod, _, _ in self.requires}
        while len(lines) < self.sum_lines:
            mod = rng.choice(pool)
            ver = version(rng, mod)
            lines.add("%s %s/go.mod %s" % (mod, ver, h1(mod + "@" + ver + "/go.mod")))
            if len(lines) < self.sum_lines and mod in required and rng.random() < 0.5:
                lines.add("%s %s %s" % (mod, ver, h1(mod + "@" + ver)))
        return "\n".join(sorted(lines)) + "\n"

    def modules_txt(self):
        targets = dict(line.split(" => ") for line in self.replaces)
        entries = [(m, v, ind) for m, v, ind in self.requires] + [(m, v, False) for m, v in self.sibling_requires]
        out = []
        for mod, ver, ind in sorted(entries):
            header = "# %s %s" % (mod, ver)
            if mod in targets:
                header += " => " + targets[mod]
            out.append(header)
            out.append("## explicit; go 1.%d" % (13 + len(mod) % 9))
            if not ind:
                out += [mod, mod + "/internal"]
        return "\n".join(out) + "\n"


def go_file(rng, package, imports, n):
    body = ["// Code in package %s, file %d. Generated for benchmarks." % (package, n), "",
            "package %s" % package, ""]
    if imports:
        body += ["import ("] + ['\t"%s"' % i for i in imports] + [")", ""]
    for f in range(rng.randint(2, 6)):
        name = rng.choice(WORDS).capitalize() + rng.choice(WORDS).capitalize() + str(f)
        body += ["// %s handles %s %s." % (name, rng.choice(WORDS), rng.choice(WORDS)),
                 "func %s(input []string) (int, error) {" % name,
                 "\ttotal := 0",
                 "\tfor _, s := range input {",
                 "\t\ttotal += len(s) * %d" % rng.randint(1, 99),
                 "\t}",
                 "\treturn total, nil",
                 "}", ""]
    return "\n".join(body)


def module_files(module, rng, pool):
    files = {
        module.dir + "/go.mod": module.go_mod(rng),
        module.dir + "/go.sum": module.go_sum(rng, pool),
        module.dir + "/README.md": "# %s\n\nService %d of the benchmark monorepo.\n" % (module.name, module.index),
        module.dir + "/Makefile": "build:\n\tgo build ./...\n\ntest:\n\tgo test ./...\n",
    }
    direct = [m for m, _, ind in module.requires if not ind]
    files[module.dir + "/cmd/%s/main.go" % module.name] = go_file(rng, "main", direct[:3], 0)
    for p in range(rng.randint(12, 20)):
        package = "%s%d" % (rng.choice(NOUNS), p)
        for n in range(rng.randint(5, 10)):
            imports = rng.sample(direct, min(len(direct), rng.randint(0, 3)))
            files["%s/internal/%s/%s_%d.go" % (module.dir, package, rng.choice(WORDS), n)] = go_file(rng, package, imports, n)
            if rng.random() < 0.3:
                files["%s/internal/%s/%s_%d_test.go" % (module.dir, package, rng.choice(WORDS), n)] = go_file(rng, package, ["testing"], n)
    if module.vendored:
        files[module.dir + "/vendor/modules.txt"] = module.modules_txt()
        for mod in direct:
            for n in range(rng.randint(2, 5)):
                files["%s/vendor/%s/%s_%d.go" % (module.dir, mod, rng.choice(WORDS), n)] = go_file(rng, mod.rsplit("/", 1)[-1].replace("-", "").replace(".", ""), [], n)
            files["%s/vendor/%s/LICENSE" % (module.dir, mod)] = "MIT License\n\nCopyright (c) %s\n" % mod
    return files


def bulk_file(rng, index):
    kind = index % 5
    section = "%02d" % (index % 37)
    if kind == 0:
        text = "# Page %d\n\n%s\n" % (index, " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 200))))
        return "docs/section-%s/page-%05d.md" % (section, index), text.encode()
    if kind == 1:
        items = ", ".join('{"id": %d, "name": "%s", "score": %d}' % (i, rng.choice(WORDS), rng.randint(0, 999))
                          for i in range(rng.randint(3, 15)))
        return "data/fixtures-%s/record-%05d.json" % (section, index), ("[%s]\n" % items).encode()
    if kind == 2:
        return "web/assets/img-%s/icon-%05d.png" % (section, index), b"\x89PNG\r\n\x1a\n" + rng.randbytes(rng.randint(200, 1500))
    if kind == 3:
        circles = "".join('<circle cx="%d" cy="%d" r="%d"/>' % (rng.randint(0, 99), rng.randint(0, 99), rng.randint(1, 20))
                          for _ in range(rng.randint(2, 12)))
        return "web/assets/svg-%s/shape-%05d.svg" % (section, index), ('<svg xmlns="http://www.w3.org/2000/svg">%s</svg>\n' % circles).encode()
    text = "\n".join("%s: %s" % (rng.choice(WORDS), rng.randint(0, 10000)) for _ in range(rng.randint(3, 20)))
    return "config/env-%s/settings-%05d.yaml" % (section, index), (text + "\n").encode()


def generate(total_files, module_count):
    rng = random.Random(SEED)
    pool = third_party_pool(rng)
    names = ["%s-%02d" % (rng.choice(NOUNS), i) for i in range(module_count)]
    modules = [Module(i, rng, pool, names) for i in range(module_count)]
    files = {}
    for module in modules:
        for path, text in module_files(module, rng, pool).items():
            files[path] = text.encode()
    uses = [m.dir for m in modules if m.index % 2 == 0]
    files["go.work"] = ("go 1.22\n\nuse (\n%s)\n" % "".join("\t./%s\n" % u for u in uses)).encode()
    files["README.md"] = b"# Synthetic monorepo for Plumbline benchmarks\n"
    index = 0
    while len(files) < total_files:
        path, data = bulk_file(rng, index)
        files[path] = data
        index += 1
    return files


def fast_import_stream(files, out):
    """Write a fast-import stream: every blob with a mark, then one commit referencing them."""
    paths = sorted(files)
    for mark, path in enumerate(paths, start=1):
        data = files[path]
        out.write(b"blob\nmark :%d\ndata %d\n" % (mark, len(data)))
        out.write(data)
        out.write(b"\n")
    message = b"Synthetic monorepo for benchmarks\n"
    out.write(b"commit refs/heads/main\n")
    out.write(("author %s %s\ncommitter %s %s\n" % (AUTHOR, COMMIT_TIME, AUTHOR, COMMIT_TIME)).encode())
    out.write(b"data %d\n%s\n" % (len(message), message))
    for mark, path in enumerate(paths, start=1):
        out.write(b"M 100644 :%d %s\n" % (mark, path.encode()))
    out.write(b"\ndone\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="directory to create (must not exist)")
    parser.add_argument("--files", type=int, default=30000, help="total number of files (default 30000)")
    parser.add_argument("--modules", type=int, default=40, help="number of Go modules (default 40)")
    parser.add_argument("--checkout", action="store_true", help="also populate the work tree")
    args = parser.parse_args()

    if os.path.exists(args.out):
        sys.exit("generate_repo.py: %s already exists" % args.out)
    files = generate(args.files, args.modules)
    staging = args.out + ".partial"
    shutil.rmtree(staging, ignore_errors=True)
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull)
    subprocess.run(["git", "init", "-q", "--initial-branch=main", staging], check=True, env=env)
    importer = subprocess.Popen(["git", "-C", staging, "fast-import", "--quiet", "--done"],
                                stdin=subprocess.PIPE, env=env)
    fast_import_stream(files, importer.stdin)
    importer.stdin.close()
    if importer.wait() != 0:
        sys.exit("generate_repo.py: git fast-import failed")
    # One pack, so every run reads the same layout.
    subprocess.run(["git", "-C", staging, "gc", "-q", "--prune=now"], check=True, env=env)
    if args.checkout:
        subprocess.run(["git", "-C", staging, "reset", "-q", "--hard", "main"], check=True, env=env)
    os.rename(staging, args.out)
    head = subprocess.run(["git", "-C", args.out, "rev-parse", "HEAD"], check=True, env=env,
                          capture_output=True, text=True).stdout.strip()
    print("generated %s: %d files, %d modules, HEAD %s" % (args.out, len(files), args.modules, head))


if __name__ == "__main__":
    main()
