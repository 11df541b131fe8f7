/// The parts of the `name` custom section that identify things: the module name and function names.
/// Other subsections (locals, labels, types, ...) are skipped.
public struct WasmNameSection: Sendable, Hashable {
    /// Subsection 0.
    public var moduleName: String?
    /// Subsection 1, in section order.
    public var functionNames: [FunctionName]

    /// A function index and its debug name, e.g. `runtime.main`.
    public struct FunctionName: Sendable, Hashable {
        /// Index in the function index space.
        public var index: UInt32
        /// The debug name.
        public var name: String
    }
}
