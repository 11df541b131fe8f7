/// A function in `.text`: a callee of programs, not an entry point.
public struct BPFSubprogram: Sendable, Equatable {
    /// Function name.
    public let name: String
    /// Instruction slots of the function.
    public let instructions: Int
    /// `static` function.
    public let isStatic: Bool
    /// Helper ids it calls itself, ascending.
    public let helpers: [Int]

    /// Creates a subprogram description.
    public init(name: String, instructions: Int, isStatic: Bool, helpers: [Int]) {
        self.name = name
        self.instructions = instructions
        self.isStatic = isStatic
        self.helpers = helpers
    }
}
