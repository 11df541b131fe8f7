/// An owned copy of one libyaml event, so the C event can be freed at once.
struct ParserEvent {
    enum Kind {
        case streamStart
        case streamEnd
        case documentStart
        case documentEnd
        case alias(anchor: String)
        case scalar(YAMLScalar)
        case sequenceStart
        case sequenceEnd
        case mappingStart
        case mappingEnd
    }

    let kind: Kind
    /// Where the event starts (for a node: its first property, anchor or tag, else its content).
    let mark: Mark
    let anchor: String?
    let tag: String?
}
