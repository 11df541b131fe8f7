import BPF
import Foundation
import YAML

/// Loads `BPFTables` from `rules/data/bpf-*.yaml`.
///
/// The tables are plain data for `BPFPolicy`; the decoder never sees them. Every problem is reported as
/// `file:line:column: message`.
public enum BPFTablesLoader {
    /// A table file that is missing, unreadable or does not have the expected shape.
    public struct LoadError: Error, CustomStringConvertible {
        let file: String
        let mark: Mark
        let message: String

        public var description: String { "\(file):\(mark): \(message)" }
    }

    static let fileNames = [
        "bpf-helpers.yaml", "bpf-program-types.yaml", "bpf-map-types.yaml", "bpf-section-names.yaml",
        "bpf-kernel-features.yaml",
    ]

    /// Reads the five table files from `directory` (normally `rules/data`).
    public static func load(directory: String) throws -> BPFTables {
        let helpers = try document(directory, "bpf-helpers.yaml")
        let programs = try document(directory, "bpf-program-types.yaml")
        let maps = try document(directory, "bpf-map-types.yaml")
        let sections = try document(directory, "bpf-section-names.yaml")
        let kernel = try document(directory, "bpf-kernel-features.yaml")
        return BPFTables(
            helpers: try list(helpers, "helpers").map { entry in
                BPFTables.Helper(
                    id: try int(entry, "id", helpers.file), name: try string(entry, "name", helpers.file),
                    since: try version(entry, helpers.file), gplOnly: try bool(entry, "gpl_only", helpers.file),
                    gplOnlyNote: entry.node["gpl_only_note"]?.scalarValue)
            },
            programTypes: try numbered(programs, "program_types"),
            mapTypes: try numbered(maps, "map_types"),
            sectionPatterns: try list(sections, "libbpf").map { entry in
                BPFTables.SectionPattern(
                    pattern: try string(entry, "pattern", sections.file),
                    programType: try string(entry, "type", sections.file),
                    inCilium: entry.node["cilium"].map { $0.boolValue ?? true } ?? true)
            },
            legacySectionPatterns: try list(sections, "legacy").map { entry in
                BPFTables.SectionPattern(
                    pattern: try string(entry, "pattern", sections.file),
                    programType: try string(entry, "type", sections.file), inCilium: false)
            },
            btfKinds: try numbered(kernel, "btf_kinds"),
            features: try list(kernel, "features").map { entry in
                let key = try string(entry, "key", kernel.file)
                guard let feature = BPFFeature(rawValue: key) else {
                    throw LoadError(file: kernel.file, mark: entry.node.mark, message: "unknown feature key '\(key)'")
                }
                return BPFTables.Feature(
                    feature: feature, description: try string(entry, "description", kernel.file),
                    since: try version(entry, kernel.file))
            })
    }

    private struct Document {
        let file: String
        let root: YAMLNode
    }

    private struct Entry {
        let node: YAMLNode
    }

    private static func document(_ directory: String, _ name: String) throws -> Document {
        let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(file: path, mark: .start, message: "cannot read the file")
        }
        guard let root = try YAMLParser.parse([UInt8](data), file: path) else {
            throw LoadError(file: path, mark: .start, message: "the file is empty")
        }
        return Document(file: path, root: root)
    }

    private static func list(_ document: Document, _ key: String) throws -> [Entry] {
        guard let items = document.root[key]?.sequenceItems else {
            throw LoadError(file: document.file, mark: document.root.mark, message: "expected a list under '\(key)'")
        }
        return try items.map { item in
            guard item.mappingPairs != nil else {
                throw LoadError(file: document.file, mark: item.mark, message: "expected a mapping, found \(item.kindDescription)")
            }
            return Entry(node: item)
        }
    }

    private static func numbered(_ document: Document, _ key: String) throws -> [BPFTables.NumberedType] {
        try list(document, key).map { entry in
            BPFTables.NumberedType(
                id: try int(entry, "id", document.file), name: try string(entry, "name", document.file),
                since: try version(entry, document.file))
        }
    }

    private static func int(_ entry: Entry, _ key: String, _ file: String) throws -> Int {
        guard let value = entry.node[key]?.intValue else {
            throw LoadError(file: file, mark: entry.node[key]?.mark ?? entry.node.mark, message: "'\(key)' must be an integer")
        }
        return value
    }

    private static func bool(_ entry: Entry, _ key: String, _ file: String) throws -> Bool {
        guard let value = entry.node[key]?.boolValue else {
            throw LoadError(file: file, mark: entry.node[key]?.mark ?? entry.node.mark, message: "'\(key)' must be true or false")
        }
        return value
    }

    private static func string(_ entry: Entry, _ key: String, _ file: String) throws -> String {
        guard let node = entry.node[key], !node.isNull, let value = node.scalarValue, !value.isEmpty else {
            throw LoadError(file: file, mark: entry.node[key]?.mark ?? entry.node.mark, message: "'\(key)' must be a string")
        }
        return value
    }

    /// `since: "5.8"`; `since: null` for an unknown release.
    private static func version(_ entry: Entry, _ file: String) throws -> BPFKernelVersion? {
        guard let node = entry.node["since"] else {
            throw LoadError(file: file, mark: entry.node.mark, message: "'since' is missing")
        }
        if node.isNull { return nil }
        guard let text = node.scalarValue, let version = BPFKernelVersion(text) else {
            throw LoadError(file: file, mark: node.mark, message: "'since' must be a kernel version like \"5.8\" or null")
        }
        return version
    }
}
