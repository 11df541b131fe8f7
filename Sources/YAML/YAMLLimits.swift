/// Bounds that keep a hostile document from exhausting time or memory.
public struct YAMLLimits: Sendable, Equatable {
    /// Most nodes a document may have, counting every alias as a full copy of its anchored node.
    public var maxNodes: Int
    /// Deepest nesting of sequences and mappings; the root collection is depth 1.
    /// Values above `depthCeiling` act as `depthCeiling`.
    public var maxDepth: Int
    /// Largest accepted input.
    public var maxInputBytes: Int
    /// Largest accepted scalar value, in UTF-8 bytes.
    public var maxScalarBytes: Int

    /// Creates limits; omitted values take the defaults.
    public init(
        maxNodes: Int = 1_000_000,
        maxDepth: Int = 200,
        maxInputBytes: Int = 16 * 1024 * 1024,
        maxScalarBytes: Int = 1024 * 1024
    ) {
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
        self.maxInputBytes = maxInputBytes
        self.maxScalarBytes = maxScalarBytes
    }

    /// The deepest nesting ever accepted. Destroying or comparing a tree recurses once per level, so much
    /// deeper trees could overflow a thread's stack (100,000 levels did on an 8 MiB main thread).
    public static let depthCeiling = 1_000

    /// `maxDepth`, capped at `depthCeiling`.
    public var effectiveMaxDepth: Int { min(maxDepth, Self.depthCeiling) }

    /// 1,000,000 nodes, depth 200, 16 MiB of input, 1 MiB per scalar.
    public static let `default` = YAMLLimits()
}
