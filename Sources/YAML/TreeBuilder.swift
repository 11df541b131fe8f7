/// Turns the event stream of one document into a `YAMLNode` tree without recursion, enforcing the limits,
/// resolving aliases into copies and rejecting duplicate keys and anchors.
struct TreeBuilder {
    private struct Anchored {
        let node: YAMLNode
        /// Nodes in the anchored subtree with its own aliases expanded; what one more alias adds.
        let size: Int
        let mark: Mark
    }

    /// An open collection. Kept flat (not an enum with payloads) so appends mutate in place.
    private struct Frame {
        let isMapping: Bool
        let mark: Mark
        let tag: String?
        let anchor: String?
        let nodeCountBefore: Int
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// First position of each scalar key, for duplicate detection.
        var keyMarks: [String: Mark] = [:]
    }

    private let file: String
    private let limits: YAMLLimits
    private var stack: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    /// Anchors whose node has started but not finished; an alias to one would be recursive.
    private var openAnchors: [String: Mark] = [:]
    private var nodeCount = 0
    private var root: YAMLNode?

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    /// Reads the whole stream; nil when it holds no document, an error when it holds more than one.
    mutating func buildStream(from events: LibYAMLEventSource) throws(YAMLError) -> YAMLNode? {
        let start = try events.next()
        guard case .streamStart = start.kind else {
            throw YAMLError(file: file, mark: start.mark, message: "expected the start of a YAML stream")
        }
        let first = try events.next()
        switch first.kind {
        case .streamEnd:
            return nil
        case .documentStart:
            break
        default:
            throw YAMLError(file: file, mark: first.mark, message: "expected a document")
        }
        let document = try buildDocument(from: events)
        let after = try events.next()
        switch after.kind {
        case .streamEnd:
            return document
        case .documentStart:
            throw YAMLError(
                file: file, mark: after.mark,
                message: "found a second document; a file must hold exactly one YAML document")
        default:
            throw YAMLError(file: file, mark: after.mark, message: "expected the end of the YAML stream")
        }
    }

    private mutating func buildDocument(from events: LibYAMLEventSource) throws(YAMLError) -> YAMLNode? {
        while true {
            let event = try events.next()
            switch event.kind {
            case .scalar(let scalar):
                try countNodes(1, at: event.mark)
                let node = YAMLNode(content: .scalar(scalar), mark: event.mark, tag: event.tag)
                if let anchor = event.anchor {
                    try declare(anchor, at: event.mark)
                    define(anchor, node: node, size: 1, mark: event.mark)
                }
                try attach(node, at: event.mark)
            case .alias(let name):
                try attach(try resolve(alias: name, at: event.mark), at: event.mark)
            case .sequenceStart, .mappingStart:
                try open(event)
            case .sequenceEnd, .mappingEnd:
                try close(at: event.mark)
            case .documentEnd:
                return root
            case .streamStart, .streamEnd, .documentStart:
                throw YAMLError(file: file, mark: event.mark, message: "unexpected event inside a document")
            }
        }
    }

    private mutating func open(_ event: ParserEvent) throws(YAMLError) {
        let depth = stack.count + 1
        guard depth <= limits.effectiveMaxDepth else {
            throw YAMLError(
                file: file, mark: event.mark,
                message: "nesting is deeper than the limit of \(limits.effectiveMaxDepth) levels")
        }
        if let anchor = event.anchor {
            try declare(anchor, at: event.mark)
        }
        let before = nodeCount
        try countNodes(1, at: event.mark)
        let isMapping: Bool
        if case .mappingStart = event.kind { isMapping = true } else { isMapping = false }
        stack.append(Frame(isMapping: isMapping, mark: event.mark, tag: event.tag, anchor: event.anchor, nodeCountBefore: before))
    }

    private mutating func close(at mark: Mark) throws(YAMLError) {
        guard let frame = stack.popLast() else {
            throw YAMLError(file: file, mark: mark, message: "unexpected end of a collection")
        }
        let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        let node = YAMLNode(content: content, mark: frame.mark, tag: frame.tag)
        if let anchor = frame.anchor {
            define(anchor, node: node, size: nodeCount - frame.nodeCountBefore, mark: frame.mark)
        }
        try attach(node, at: frame.mark)
    }

    /// Adds a finished node to the enclosing collection; `position` is where it appeared in the source,
    /// which for an alias is the alias, not the anchored original.
    private mutating func attach(_ node: YAMLNode, at position: Mark) throws(YAMLError) {
        guard let top = stack.indices.last else {
            root = node
            return
        }
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let key = stack[top].pendingKey {
            stack[top].pairs.append(YAMLPair(key: key, value: node))
            stack[top].pendingKey = nil
            return
        }
        if case .scalar(let scalar) = node.content {
            if let first = stack[top].keyMarks[scalar.value] {
                throw YAMLError(
                    file: file, mark: position,
                    message: "duplicate key '\(Self.abbreviate(scalar.value))' (first at \(first))")
            }
            stack[top].keyMarks[scalar.value] = position
        }
        stack[top].pendingKey = node
    }

    private mutating func resolve(alias name: String, at mark: Mark) throws(YAMLError) -> YAMLNode {
        if let anchored = anchors[name] {
            guard anchored.size <= limits.maxNodes - nodeCount else {
                throw YAMLError(
                    file: file, mark: mark,
                    message: "alias '*\(name)' expands the document to more than \(limits.maxNodes) nodes (alias bomb?)")
            }
            nodeCount += anchored.size
            return anchored.node
        }
        if let open = openAnchors[name] {
            throw YAMLError(
                file: file, mark: mark,
                message: "recursive alias '*\(name)': it is inside the node anchored at \(open)")
        }
        throw YAMLError(file: file, mark: mark, message: "undefined alias '*\(name)'")
    }

    private mutating func declare(_ anchor: String, at mark: Mark) throws(YAMLError) {
        // Redefinition is legal YAML but makes aliases depend on order; strict loaders reject it.
        if let first = anchors[anchor]?.mark ?? openAnchors[anchor] {
            throw YAMLError(file: file, mark: mark, message: "anchor '&\(anchor)' is defined twice (first at \(first))")
        }
        openAnchors[anchor] = mark
    }

    private mutating func define(_ anchor: String, node: YAMLNode, size: Int, mark: Mark) {
        openAnchors[anchor] = nil
        anchors[anchor] = Anchored(node: node, size: size, mark: mark)
    }

    private mutating func countNodes(_ count: Int, at mark: Mark) throws(YAMLError) {
        guard count <= limits.maxNodes - nodeCount else {
            throw YAMLError(file: file, mark: mark, message: "document has more than \(limits.maxNodes) nodes")
        }
        nodeCount += count
    }

    private static func abbreviate(_ text: String) -> String {
        let limit = 60
        guard text.unicodeScalars.count > limit else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) + "…"
    }
}
