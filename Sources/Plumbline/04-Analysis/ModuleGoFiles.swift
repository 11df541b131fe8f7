import GoSource

/// What one module's Go files show about it: how many there are, what they import, which platforms some of
/// them require, which `//go:` directives they use, and which programs the module builds.
struct ModuleGoFiles: Sendable {
    var goFileCount = 0
    /// Every package the files import, sorted.
    var importedPackages: [String] = []
    /// Among `platforms`: the GOOS tags some file requires, sorted.
    var buildTargets: [String] = []
    /// Directive names, sorted.
    var directivesUsed: [String] = []
    /// Directories of the `package main` files a plain `go build` compiles, sorted.
    var mainPackages: [String] = []
    /// Every package those files import, sorted.
    var mainPackageImports: [String] = []

    static let platforms = ["js", "wasip1", "linux", "windows", "darwin"]

    /// Every module's, by the path of its go.mod; a module without Go files has none.
    static func byModule(_ goFiles: [String: GoSourceFile], owners: ModuleOwners) -> [String: ModuleGoFiles] {
        var grouped: [String: (dir: String, files: [(path: String, file: GoSourceFile)])] = [:]
        for (path, file) in goFiles {
            guard let owner = owners.module(of: path) else { continue }
            grouped[owner.file, default: (owner.dir, [])].files.append((path, file))
        }
        let modules = Array(grouped.keys)
        // Modules are independent: what each one's files build for is worked out on every core.
        let summaries = parallelMap(modules.count) { [grouped] index in
            let group = grouped[modules[index]]
            return ModuleGoFiles(group?.files ?? [], moduleDir: group?.dir ?? ".")
        }
        return Dictionary(uniqueKeysWithValues: zip(modules, summaries))
    }

    init() {}

    init(_ files: [(path: String, file: GoSourceFile)], moduleDir: String) {
        var imports = Set<String>(), directives = Set<String>(), targets = Set<String>()
        var mainDirectories = Set<String>(), mainImports = Set<String>()
        for (path, file) in files {
            imports.formUnion(file.imports.map(\.path))
            directives.formUnion(file.directives.map(\.name))
            // A platform counts when the file requires it, not when its constraint merely names it.
            if let reach = GoBuildReach(file) { targets.formUnion(Self.platforms.filter { reach.requires(operatingSystemTag: $0) }) }
            if MainPackages.isCommandSource(file, path: path, moduleDir: moduleDir) {
                mainDirectories.insert(RepoPath.directory(of: path))
                mainImports.formUnion(file.imports.map(\.path))
            }
        }
        goFileCount = files.count
        importedPackages = imports.sorted()
        buildTargets = targets.sorted()
        directivesUsed = directives.sorted()
        mainPackages = mainDirectories.sorted()
        mainPackageImports = mainImports.sorted()
    }
}
