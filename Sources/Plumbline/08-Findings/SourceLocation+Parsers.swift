import GoModules
import GoSource
import YAML

/// The one place each parser's position becomes a `SourceLocation`, whose columns count Unicode scalars.
/// Each parser keeps the unit its own oracle uses; these conversions are the only bridges.
extension SourceLocation {
    /// A Go source position: `go/token` counts columns in bytes (a leading byte order mark as three bytes
    /// of line 1), so the bytes of the line before it are counted again as scalars.
    init(path: String, go position: GoPosition, in bytes: [UInt8]) {
        self.init(path: path, line: position.line, column: Self.scalarColumn(bytes, offset: position.offset, byteColumn: position.column))
    }

    /// A go.mod, go.work, go.sum or modules.txt position: the go command counts runes, which are scalars
    /// (an invalid byte counts as one in both).
    init(path: String, goMod position: GoModPosition) {
        self.init(path: path, line: position.line, column: position.column)
    }

    /// A YAML mark: libyaml counts scalars already.
    init(path: String, mark: Mark) {
        self.init(path: path, line: mark.line, column: mark.column)
    }

    /// The scalar column of the byte at `offset`, whose byte column is `byteColumn`.
    static func scalarColumn(_ bytes: [UInt8], offset: Int, byteColumn: Int) -> Int {
        var start = offset - (byteColumn - 1)
        guard start >= 0, offset <= bytes.count, start <= offset else { return byteColumn }
        // Go counts a leading byte order mark as three bytes of line 1; editors and SARIF viewers show none.
        if start == 0, offset >= 3, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        // Every byte that does not continue a UTF-8 sequence starts a scalar.
        return bytes[start..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}
