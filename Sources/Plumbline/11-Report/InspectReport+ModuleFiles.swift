import GoModules

extension InspectReport {
    /// go.sum or go.work.sum: every line with module, version, hash kind and position, then the problems
    /// the go command would have with it.
    public static func json(_ sum: GoSum) -> String {
        JSONValue.object([
            ("kind", .string("go.sum")),
            ("lines", .array(sum.entries.map { entry in
                .object([
                    ("module", .string(entry.modulePath)),
                    ("version", .string(entry.version)),
                    ("hash_kind", .string(entry.isGoMod ? "go.mod" : "zip")),
                    ("hash", .string(entry.hash)),
                    ("line", .int(entry.line)),
                ])
            })),
            ("problems", .array(sum.problems.map { problem in
                .object([
                    ("kind", .string(problem.kind.rawValue)), ("line", .int(problem.line)),
                    ("column", .int(problem.column)), ("message", .string(problem.message)),
                ])
            })),
        ]).serialized()
    }

    /// vendor/modules.txt: every module with its version, replacement, markers and packages.
    public static func json(_ vendor: VendorModules) -> String {
        func module(_ module: VendorModule) -> JSONValue {
            .object([
                ("path", .string(module.path)),
                ("version", .optional(module.version)),
                ("replacement_path", .optional(module.replacementPath)),
                ("replacement_version", .optional(module.replacementVersion)),
                ("explicit", .bool(module.explicit)),
                ("go", .optional(module.goVersion)),
                ("other_markers", .array(module.otherAnnotations.map(JSONValue.string))),
                ("packages", .array(module.packages.map(JSONValue.string))),
                ("line", .int(module.line)),
            ])
        }
        return JSONValue.object([
            ("kind", .string("vendor/modules.txt")),
            ("workspace", .bool(vendor.isWorkspace)),
            ("modules", .array(vendor.modules.map(module))),
            ("wildcard_replacements", .array(vendor.wildcardReplacements.map(module))),
            ("problems", .array(vendor.problems.map { problem in
                .object([("kind", .string(problem.kind.rawValue)), ("line", .int(problem.line)), ("message", .string(problem.message))])
            })),
        ]).serialized()
    }
}
