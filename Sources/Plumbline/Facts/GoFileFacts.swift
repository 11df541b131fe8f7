import GoSource

/// Facts of the Go files of the snapshot: one `gofile` each.
extension FactBuilder {
    func goFileFacts(owners: ModuleOwners) -> [FactObject] {
        // Module references are built once per module, not once per file.
        var references: [String: FactValue] = [:]
        return parsed.goFiles.keys.sorted().compactMap { path in
            guard let file = parsed.goFiles[path] else { return nil }
            var reference = FactValue.null
            if let owner = owners.module(of: path) {
                if let known = references[owner.file] {
                    reference = known
                } else {
                    reference = moduleReference(owner)
                    references[owner.file] = reference
                }
            }
            return goFileFact(file, path: path, module: reference)
        }
    }

    private func goFileFact(_ file: GoSourceFile, path: String, module: FactValue) -> FactObject {
        let bytes = input.files[path] ?? []
        func place(_ position: GoPosition) -> SourceLocation {
            SourceLocation(path: path, line: position.line, column: TextColumns.scalarColumn(bytes, offset: position.offset, byteColumn: position.column))
        }
        let deprecated: [FactValue] = file.imports.compactMap { spec in
            guard let entry = tables.deprecatedPackages[spec.path] else { return nil }
            return .object(FactObject(identity: "import:\(spec.path)", location: place(spec.position), fields: [
                "path": .string(spec.path),
                "replacement": .optional(entry.replacement),
                "note": .string(entry.note),
            ]))
        }
        return FactObject(identity: "gofile:\(path)", location: place(file.packagePosition), fields: [
            "file": .string(path),
            "package": .string(file.packageName),
            "test": .bool(file.isTest),
            "generated": .bool(file.isGenerated),
            "imports": .strings(file.imports.map(\.path)),
            "build": .optional(file.goBuild?.expression?.description),
            "plus_build": .strings(file.plusBuild.map(\.text)),
            "directives": .list(file.directives.map { directive in
                .object(FactObject(identity: "directive:\(directive.name)", location: place(directive.position), fields: [
                    "name": .string(directive.name),
                    "args": .string(directive.arguments),
                    "line": .int(directive.position.line),
                ]))
            }),
            "directive_names": .strings(Array(Set(file.directives.map(\.name))).sorted()),
            "builds_for_js": GoBuildContext(goos: "js", goarch: "wasm").matches(file).map(FactValue.bool) ?? .null,
            "builds_for_wasip1": GoBuildContext(goos: "wasip1", goarch: "wasm").matches(file).map(FactValue.bool) ?? .null,
            "deprecated_imports": .list(deprecated),
            "module": module,
        ])
    }
}

/// Columns as the project reports them (Unicode scalars) from the byte columns Go's tools count.
enum TextColumns {
    static func scalarColumn(_ bytes: [UInt8], offset: Int, byteColumn: Int) -> Int {
        let start = offset - (byteColumn - 1)
        guard start >= 0, offset <= bytes.count, start <= offset else { return byteColumn }
        // Every byte that does not continue a UTF-8 sequence starts a scalar.
        return bytes[start..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}
