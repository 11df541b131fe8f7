/// The `producers` custom section (tool-conventions ProducersSection.md): which languages, tools and SDKs
/// made the module.
public struct WasmProducers: Sendable, Hashable {
    /// Fields in section order; the conventional names are `language`, `processed-by` and `sdk`.
    public var fields: [Field]

    /// One field with its `(name, version)` values.
    public struct Field: Sendable, Hashable {
        /// `language`, `processed-by`, `sdk` or another field name.
        public var name: String
        /// The field's entries in order.
        public var values: [Value]
    }

    /// A tool or language and its version (the version may be empty).
    public struct Value: Sendable, Hashable {
        /// Tool or language name, e.g. `rustc`, `Go`.
        public var name: String
        /// Free-form version text.
        public var version: String
    }

    /// The values of the field called `name`, or an empty list.
    public func values(of name: String) -> [Value] {
        fields.first { $0.name == name }?.values ?? []
    }
}
