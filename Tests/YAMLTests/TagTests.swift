import Testing
import YAML

@Suite struct TagTests {
    @Test func tagsAreResolvedOrKeptVerbatim() throws {
        let text = """
            %TAG !e! tag:example.com,2024:
            ---
            none: x
            core: !!str 1
            local: !rule y
            verbatim: !<tag:other.org,2000:z> z
            handle: !e!thing w
            nonspecific: ! v
            seq: !!seq [a]
            map: !!map {a: b}
            """
        let root = try #require(try parse(text))
        #expect(root["none"]?.tag == nil)
        #expect(root["core"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["local"]?.tag == "!rule")
        #expect(root["verbatim"]?.tag == "tag:other.org,2000:z")
        #expect(root["handle"]?.tag == "tag:example.com,2024:thing")
        #expect(root["nonspecific"]?.tag == "!")
        #expect(root["seq"]?.tag == "tag:yaml.org,2002:seq")
        #expect(root["map"]?.tag == "tag:yaml.org,2002:map")
        #expect(root.tag == nil)
    }

    @Test func tagsDecideResolution() throws {
        let root = try #require(try parse("a: !!str true\nb: !!int 7\nc: !custom 7\nd: ! null\ne: !!bool false\n"))
        #expect(root["a"]?.boolValue == nil)
        #expect(root["a"]?.kindDescription == "a string")
        #expect(root["b"]?.intValue == 7)
        #expect(root["c"]?.intValue == nil)
        #expect(root["d"]?.isNull == false)
        #expect(root["e"]?.boolValue == false)
    }

    @Test func undefinedTagHandleIsAnError() {
        #expect(parseError("a: !x!y z\n")?.description
            == "test.yaml:1:4: found undefined tag handle (while parsing a node at 1:4)")
    }
}
