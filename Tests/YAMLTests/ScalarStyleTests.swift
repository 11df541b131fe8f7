import Testing
import YAML

@Suite struct ScalarStyleTests {
    @Test func everyStyleKeepsItsStyleAndValue() throws {
        let text = """
            plain: hello world
            single: 'it''s'
            double: "tab\\tand \\u00e9"
            literal: |
              line one
              line two
            folded: >
              folded
              text
            keep: |+
              kept

            strip: >-
              stripped
            """
        let root = try #require(try parse(text))
        func scalar(_ key: String) -> YAMLScalar? {
            if case .scalar(let scalar)? = root[key]?.content { return scalar }
            return nil
        }
        #expect(scalar("plain") == YAMLScalar(value: "hello world", style: .plain))
        #expect(scalar("single") == YAMLScalar(value: "it's", style: .singleQuoted))
        #expect(scalar("double") == YAMLScalar(value: "tab\tand é", style: .doubleQuoted))
        #expect(scalar("literal") == YAMLScalar(value: "line one\nline two\n", style: .literal))
        #expect(scalar("folded") == YAMLScalar(value: "folded text\n", style: .folded))
        #expect(scalar("keep") == YAMLScalar(value: "kept\n\n", style: .literal))
        #expect(scalar("strip") == YAMLScalar(value: "stripped", style: .folded))
    }

    @Test func multiLinePlainAndQuotedScalarsFold() throws {
        let root = try #require(try parse("a: one\n  two\nb: \"x\n  y\"\n"))
        #expect(root["a"]?.scalarValue == "one two")
        #expect(root["b"]?.scalarValue == "x y")
    }

    @Test func scalarValueIgnoresStyleButCollectionsHaveNone() throws {
        let root = try #require(try parse("a: '5'\nb: [1]\nc: {d: 1}\n"))
        #expect(root["a"]?.scalarValue == "5")
        #expect(root["b"]?.scalarValue == nil)
        #expect(root["c"]?.scalarValue == nil)
        #expect(root.scalarValue == nil)
    }
}
