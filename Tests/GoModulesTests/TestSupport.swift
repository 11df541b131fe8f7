import GoModules

/// Parses go.mod text.
func parseMod(_ text: String, fileName: String = "go.mod") throws(GoModParseError) -> GoModFile {
    try GoModFile.parse(Array(text.utf8), fileName: fileName)
}

/// Parses go.work text.
func parseWork(_ text: String, fileName: String = "go.work") throws(GoModParseError) -> GoWorkFile {
    try GoWorkFile.parse(Array(text.utf8), fileName: fileName)
}

/// The error go.mod text produces, or nil when it parses.
func modError(_ text: String) -> GoModParseError? {
    do {
        _ = try parseMod(text)
        return nil
    } catch {
        return error
    }
}
