#!/usr/bin/env bash
# bpf-oracle.sh - compare the eBPF decoder's JSON with offline tools on every fixture object.
#
# Usage: .ci/bpf-oracle.sh FIXTURE_DIR INSPECT_COMMAND...
#   INSPECT_COMMAND is run once per object with `{}` replaced by the object's path (appended when there is
#   no `{}`) and must print the decoder's JSON (issue 3 section 4 keys plus "sections" and "symbols").
#   With the CLI:  .ci/bpf-oracle.sh fixtures/ebpf .build/debug/plumbline inspect {} --format json
#   From the tests, before the CLI has `inspect`: the test BPFInspectJSONTests writes every fixture's JSON to
#   $PLUMBLINE_BPF_DUMP_DIR, and a command reads it back (broken objects then have no JSON, so they count as
#   rejected; BrokenFixtureTests checks the real rejections):
#     PLUMBLINE_BPF_DUMP_DIR=/tmp/bpf-json swift test --filter PlumblineTests.BPFInspectJSONTests
#     .ci/bpf-oracle.sh fixtures/ebpf sh -c 'cat "$0/$(basename "$1").json"' /tmp/bpf-json {}
#
# For each FIXTURE_DIR/*.o it checks, against Debian's llvm-14 and bpftool:
#   header      llvm-readelf -h: byte order, machine
#   sections    llvm-readelf -S: index, name, type, flags, offset, size of every section
#   symbols     llvm-readelf -s: value, size, type, binding, section index and name of every symbol
#   programs    FUNC symbols in executable sections other than .text: name, section, size / 8 instructions
#   license     llvm-readelf -p license
#   helpers     llvm-objdump -d -r: `call N` without a relocation, over all code; kfuncs: calls relocated
#               against undefined symbols
#   btf         bpftool btf dump file -j: presence, type count, and for every map in DATASEC .maps its
#               type and max_entries (PTR -> ARRAY nr_elems)
#   legacy maps llvm-readelf -x of the maps sections: the five u32 fields of each record
#   externs     the members of BTF DATASEC .kconfig / .ksyms from bpftool btf dump (raw, -j): name, section,
#               var or func, typed (type past modifiers not void); and the undefined symbols of
#               llvm-readelf -s: every one is an extern, WEAK exactly for the weak ones
#   struct_ops  llvm-readelf -S: sections .struct_ops / .struct_ops.link (optionally ?-prefixed); their
#               variables from the BTF DATASEC of the same name
#   co-re       bpftool -d gen min_core_btf (the object's own .BTF as target): "relo #N: <" lines, for
#               little-endian objects (bpftool's libbpf 1.1 cannot open big-endian ones); for every object
#               also the record count read from llvm-readelf -x .BTF.ext
# and that the command fails (non-zero exit) on every FIXTURE_DIR/broken/*.o.
# Prints one line per object and "N passed, N failed"; exits 1 on any failure, 2 on usage errors.
# Needs: apt-get install llvm-14 bpftool (llvm-readelf-14, llvm-objdump-14, llvm-objcopy-14), python3.

set -u
if [ $# -lt 2 ]; then
    echo "usage: $0 FIXTURE_DIR INSPECT_COMMAND..." >&2
    exit 2
fi
fixtures=$1
shift
if [ ! -d "$fixtures" ]; then
    echo "bpf-oracle: $fixtures is not a directory" >&2
    exit 2
fi
for tool in llvm-readelf-14 llvm-objdump-14 llvm-objcopy-14 bpftool python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "bpf-oracle: $tool is missing (apt-get install llvm-14 bpftool python3)" >&2
        exit 2
    fi
done
scratch=$(mktemp -d -t bpf-oracle.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

run_inspect() { # file stdout stderr
    local file=$1 args=() replaced=0
    for arg in "${inspect[@]}"; do
        if [ "$arg" = "{}" ]; then args+=("$file"); replaced=1; else args+=("$arg"); fi
    done
    [ $replaced -eq 1 ] || args+=("$file")
    "${args[@]}" >"$2" 2>"$3"
}
inspect=("$@")

passed=0
failed=0
for object in "$fixtures"/*.o; do
    [ -e "$object" ] || continue
    name=$(basename "$object")
    work="$scratch/$name.d"
    mkdir -p "$work"
    if ! run_inspect "$object" "$work/inspect.json" "$work/inspect.err"; then
        echo "FAIL $name: the decoder failed: $(head -c 300 "$work/inspect.err")"
        failed=$((failed + 1))
        continue
    fi
    llvm-readelf-14 -h -S -s --wide "$object" >"$work/readelf.txt" 2>&1
    llvm-readelf-14 -p license "$object" >"$work/license.txt" 2>/dev/null
    llvm-objdump-14 -d -r --no-show-raw-insn "$object" >"$work/objdump.txt" 2>&1
    if bpftool btf dump file "$object" -j >"$work/btf.json" 2>/dev/null; then
        llvm-objcopy-14 --dump-section .BTF="$work/own.btf" "$object" "$work/copy.o" 2>/dev/null
        bpftool -d gen min_core_btf "$work/own.btf" "$work/min.btf" "$object" >"$work/core.txt" 2>&1
        echo $? >"$work/core.rc"
    else
        rm -f "$work/btf.json"
    fi
    for section in $(python3 -c '
import json, sys
for s in json.load(open(sys.argv[1]))["sections"]:
    if s["name"] == ".BTF.ext" or (s["name"].startswith("maps") and s["type"] == 1):
        print(s["index"])' "$work/inspect.json" 2>/dev/null); do
        llvm-readelf-14 -x "$section" "$object" >"$work/hex.$section.txt" 2>/dev/null
    done
    if result=$(python3 - "$work" <<'PY'
import json, os, re, sys

work = sys.argv[1]
mine = json.load(open(os.path.join(work, "inspect.json")))
readelf = open(os.path.join(work, "readelf.txt")).read()
problems = []

def check(what, expected, actual):
    if expected != actual:
        problems.append(f"{what}: oracle {expected!r}, decoder {actual!r}")

# Header.
check("endianness", "big" if "big endian" in readelf else "little", mine["endianness"])
machine = re.search(r"Machine:\s+(\S+)", readelf).group(1)
check("machine", {"EM_BPF": 247, "EM_NONE": 0}.get(machine, machine), mine["machine"])

# Sections.
section_types = {"NULL": 0, "PROGBITS": 1, "SYMTAB": 2, "STRTAB": 3, "RELA": 4, "NOBITS": 8, "REL": 9,
                 "LLVM_ADDRSIG": 0x6FFF4C03}
sections = []
for m in re.finditer(r"^\s*\[\s*(\d+)\] (.*?)\s+(\S+)\s+([0-9a-f]{16}) ([0-9a-f]+) ([0-9a-f]+) ([0-9a-f]+) +(\S*) +\d+ +\d+ +\d+$",
                     readelf, re.M):
    sections.append({"index": int(m.group(1)), "name": m.group(2).strip(), "type": section_types.get(m.group(3), m.group(3)),
                     "offset": int(m.group(5), 16), "size": int(m.group(6), 16), "exec": "X" in m.group(8)})
check("section count", len(sections), len(mine["sections"]))
for theirs, ours in zip(sections, mine["sections"]):
    got = {"index": ours["index"], "name": ours["name"], "type": ours["type"], "offset": ours["offset"],
           "size": ours["size"], "exec": bool(ours["flags"] & 4)}
    check(f"section {theirs['index']}", theirs, got)
by_index = {s["index"]: s for s in sections}

# Symbols.
symbol_types = {"NOTYPE": 0, "OBJECT": 1, "FUNC": 2, "SECTION": 3, "FILE": 4}
binds = {"LOCAL": 0, "GLOBAL": 1, "WEAK": 2}
symbols = []
for m in re.finditer(r"^\s*(\d+): ([0-9a-f]{16})\s+(\d+) (\S+)\s+(\S+)\s+(\S+)\s+(\S+) ?(.*)$", readelf, re.M):
    ndx = {"UND": 0, "ABS": 0xFFF1, "COM": 0xFFF2}.get(m.group(7))
    symbols.append({"index": int(m.group(1)), "value": int(m.group(2), 16), "size": int(m.group(3)),
                    "type": symbol_types.get(m.group(4), m.group(4)), "bind": binds.get(m.group(5), m.group(5)),
                    "section": ndx if ndx is not None else int(m.group(7)), "name": m.group(8)})
check("symbol count", len(symbols), len(mine["symbols"]))
for theirs, ours in zip(symbols, mine["symbols"]):
    got = {k: ours[k] for k in ("index", "value", "size", "type", "bind", "section", "name")}
    if theirs["type"] == 3:  # llvm-readelf prints a section symbol's section name; the symbol's own is empty.
        theirs = dict(theirs, name=got["name"])
    check(f"symbol {theirs['index']}", theirs, got)

# Programs: FUNC symbols in executable sections other than .text.
programs = sorted(
    (s["name"], by_index[s["section"]]["name"], s["size"] // 8) for s in symbols
    if s["type"] == 2 and s["section"] in by_index and by_index[s["section"]]["exec"]
    and by_index[s["section"]]["name"] != ".text")
check("programs", programs, sorted((p["name"], p["section"], p["instructions"]) for p in mine["programs"]))

# License.
license_dump = open(os.path.join(work, "license.txt")).read()
m = re.search(r"\[\s*0\] (.*)", license_dump)
check("license", m.group(1) if m else None, mine["license"])

# Helpers and kfuncs from the disassembly.
objdump = open(os.path.join(work, "objdump.txt")).read().splitlines()
helpers, kfuncs = set(), set()
undefined = {s["name"] for s in symbols if s["section"] == 0 and s["name"]}
for i, line in enumerate(objdump):
    m = re.match(r"\s*[0-9a-f]+:\s+call (-?\d+)$", line)
    if not m:
        continue
    relocation = objdump[i + 1] if i + 1 < len(objdump) else ""
    r = re.match(r"\s*[0-9a-f]+:\s+R_BPF_64_32\s+(\S+)", relocation)
    if r:
        if r.group(1) in undefined:
            kfuncs.add(r.group(1))
    elif int(m.group(1)) > 0:
        helpers.add(int(m.group(1)))
check("helpers", sorted(helpers), mine["helpers"])
check("kfuncs", sorted(kfuncs), mine["kfuncs"])

# BTF and BTF-defined maps.
btf_path = os.path.join(work, "btf.json")
check("btf", os.path.exists(btf_path), mine["btf"])
if os.path.exists(btf_path):
    types = {t["id"]: t for t in json.load(open(btf_path))["types"]}
    check("btf types", len(types), mine["btf_types"])
    def skip(type_id):
        for _ in range(64):
            t = types.get(type_id)
            if not t or t["kind"] not in ("TYPEDEF", "VOLATILE", "CONST", "RESTRICT", "TYPE_TAG"):
                return t
            type_id = t["type_id"]
    def uint(type_id):
        pointer = skip(type_id)
        if pointer and pointer["kind"] == "PTR":
            array = skip(pointer["type_id"])
            if array and array["kind"] == "ARRAY":
                return array["nr_elems"]
    maps = {}
    for t in types.values():
        if t["kind"] == "DATASEC" and t["name"] == ".maps":
            for var in t["vars"]:
                v = types[var["type_id"]]
                members = {m["name"]: m["type_id"] for m in skip(v["type_id"]).get("members", [])}
                maps[v["name"]] = (uint(members["type"]) if "type" in members else None,
                                   uint(members["max_entries"]) if "max_entries" in members else None)
    check("btf maps", maps, {m["name"]: (m["type_id"], m["max_entries"]) for m in mine["maps"] if m["definition"] == "btf"})

    # Externs: the members of DATASEC .kconfig / .ksyms (bpftool's raw dump), in order, with their kind and,
    # for variables, whether the type past modifiers is void (a typeless ksym).
    externs = []
    for section in (".kconfig", ".ksyms"):
        for t in types.values():
            if t["kind"] == "DATASEC" and t["name"] == section:
                for var in t["vars"]:
                    v = types.get(var["type_id"])
                    if not v or v["kind"] not in ("VAR", "FUNC"):
                        continue
                    typed = None
                    if v["kind"] == "VAR":
                        target = skip(v["type_id"])
                        typed = target is not None
                    externs.append((v["name"], section[1:], "var" if v["kind"] == "VAR" else "func", typed))
                break
    check("externs (bpftool DATASECs)", externs,
          [(e["name"], e["section"], e["kind"], e["typed"]) for e in mine["externs"]])
    # Every undefined named symbol is an extern, and WEAK binding is what makes one weak.
    check("externs (llvm-readelf undefined symbols)",
          sorted((s["name"], s["bind"] == 2) for s in symbols if s["section"] == 0 and s["name"]),
          sorted((e["name"], e["weak"]) for e in mine["externs"]))
    # struct_ops variables: the DATASEC of each struct_ops section's name.
    datasecs = {t["name"]: [types[v["type_id"]]["name"] for v in t["vars"] if types.get(v["type_id"], {}).get("kind") == "VAR"]
                for t in types.values() if t["kind"] == "DATASEC"}
    check("struct_ops variables (bpftool DATASECs)",
          [(x["section"], datasecs.get(x["section"], [])) for x in mine["struct_ops"]],
          [(x["section"], x["variables"]) for x in mine["struct_ops"]])
else:
    check("externs without BTF", [], mine["externs"])

# struct_ops sections from llvm-readelf -S: `.struct_ops` and `.struct_ops.link`, `?`-prefixed or not.
check("struct_ops sections",
      [(s["index"], s["name"]) for s in sections
       if s["name"] in (".struct_ops", ".struct_ops.link", "?.struct_ops", "?.struct_ops.link")],
      [(x["index"], x["section"]) for x in mine["struct_ops"]])

def hexdump(index):
    path = os.path.join(work, f"hex.{index}.txt")
    if not os.path.exists(path):
        return b""
    data = bytearray()
    for line in open(path):
        m = re.match(r"\s*0x[0-9a-f]+ ((?:[0-9a-f]{2,8} ?){1,4})", line)
        if m:
            data += bytes.fromhex(m.group(1).replace(" ", ""))
    return bytes(data)

order = ">" if mine["endianness"] == "big" else "<"
import struct

# Legacy map records.
legacy = {}
for s in sections:
    if s["name"].startswith("maps") and s["type"] == 1:
        data = hexdump(s["index"])
        syms = sorted((x for x in symbols if x["section"] == s["index"] and x["type"] in (0, 1) and x["name"]),
                      key=lambda x: x["value"])
        for x in syms:
            size = x["size"] or len(data) // len(syms)
            fields = struct.unpack_from(order + "5I", data, x["value"]) if size >= 20 else None
            legacy[x["name"]] = (fields[0], fields[1], fields[2], fields[3]) if fields else None
check("legacy maps", legacy, {m["name"]: (m["type_id"], m["key_size"], m["value_size"], m["max_entries"])
                              for m in mine["maps"] if m["definition"] == "legacy"})

# CO-RE relocations: the record count read from the hex dump, and bpftool's view for little-endian objects.
ext = next((s for s in sections if s["name"] == ".BTF.ext"), None)
if ext:
    data = hexdump(ext["index"])
    hdr_len, = struct.unpack_from(order + "I", data, 4)
    count = 0
    if hdr_len >= 32:
        off, length = struct.unpack_from(order + "II", data, 24)
        p, end = hdr_len + off, hdr_len + off + length
        if length:
            rec, = struct.unpack_from(order + "I", data, p)
            p += 4
            while p < end:
                num, = struct.unpack_from(order + "I", data, p + 4)
                count += num
                p += 8 + num * rec
    check("co-re records (hex dump)", count, mine["core_relocations"])
core = os.path.join(work, "core.txt")
if mine["endianness"] == "little" and os.path.exists(core):
    lines = [l for l in open(core) if re.search(r"relo #\d+: <", l) and "matching" not in l]
    check("co-re relocations (bpftool)", len(lines), mine["core_relocations"])
elif not ext:
    check("co-re relocations", 0, mine["core_relocations"])

print("; ".join(problems))
sys.exit(1 if problems else 0)
PY
    ); then
        echo "ok   $name"
        passed=$((passed + 1))
    else
        echo "FAIL $name: $result"
        failed=$((failed + 1))
    fi
done

for object in "$fixtures"/broken/*.o; do
    [ -e "$object" ] || continue
    name="broken/$(basename "$object")"
    if run_inspect "$object" "$scratch/out" "$scratch/err"; then
        echo "FAIL $name: the decoder accepted a broken object"
        failed=$((failed + 1))
    else
        echo "ok   $name: rejected: $(head -n 1 "$scratch/err")"
        passed=$((passed + 1))
    fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
