/// A JSON value in the shape the go command marshals: objects keep their field order.
indirect enum GoJSONValue {
    case string(String)
    case bool(Bool)
    case object([(key: String, value: GoJSONValue)])
    case array([GoJSONValue])
}

/// Writes JSON byte-for-byte as Go's `json.MarshalIndent(v, "", "\t")` does, including its string
/// escaping: `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes, control characters as `\b \f \n \r \t`
/// or `\u00XX`, everything else (DEL included) verbatim.
enum GoJSONWriter {
    private static let hexDigits = Array("0123456789abcdef".unicodeScalars)

    static func render(_ value: GoJSONValue) -> String {
        var out = ""
        write(value, depth: 0, to: &out)
        return out
    }

    private static func write(_ value: GoJSONValue, depth: Int, to out: inout String) {
        switch value {
        case .string(let text):
            writeString(text, to: &out)
        case .bool(let flag):
            out += flag ? "true" : "false"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += String(repeating: "\t", count: depth + 1)
                writeString(member.key, to: &out)
                out += ": "
                write(member.value, depth: depth + 1, to: &out)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: "\t", count: depth) + "}"
        case .array(let elements):
            guard !elements.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (index, element) in elements.enumerated() {
                out += String(repeating: "\t", count: depth + 1)
                write(element, depth: depth + 1, to: &out)
                out += index + 1 < elements.count ? ",\n" : "\n"
            }
            out += String(repeating: "\t", count: depth) + "]"
        }
    }

    private static func writeString(_ text: String, to out: inout String) {
        var scalars = String.UnicodeScalarView()
        scalars.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: scalars.append(contentsOf: "\\\"".unicodeScalars)
            case 0x5C: scalars.append(contentsOf: "\\\\".unicodeScalars)
            case 0x08: scalars.append(contentsOf: "\\b".unicodeScalars)
            case 0x0C: scalars.append(contentsOf: "\\f".unicodeScalars)
            case 0x0A: scalars.append(contentsOf: "\\n".unicodeScalars)
            case 0x0D: scalars.append(contentsOf: "\\r".unicodeScalars)
            case 0x09: scalars.append(contentsOf: "\\t".unicodeScalars)
            case 0x00..<0x20, 0x3C, 0x3E, 0x26, 0x2028, 0x2029:
                scalars.append(contentsOf: "\\u".unicodeScalars)
                for shift in stride(from: 12, through: 0, by: -4) {
                    scalars.append(hexDigits[Int((scalar.value >> UInt32(shift)) & 0xF)])
                }
            default:
                scalars.append(scalar)
            }
        }
        scalars.append("\"")
        out += String(scalars)
    }
}
