import Testing
import YAML

@Suite struct ScalarResolutionTests {
    private func node(_ text: String) throws -> YAMLNode {
        try #require(try parse("v: \(text)\n")?["v"])
    }

    @Test func nulls() throws {
        for text in ["~", "null", "Null", "NULL", ""] {
            #expect(try node(text).isNull, "\(text)")
        }
        for text in ["nULL", "none", "'null'", "\"~\"", "''", "[]"] {
            #expect(try !node(text).isNull, "\(text)")
        }
    }

    @Test func booleansAreYAML12CoreOnly() throws {
        #expect(try node("true").boolValue == true)
        #expect(try node("True").boolValue == true)
        #expect(try node("TRUE").boolValue == true)
        #expect(try node("false").boolValue == false)
        #expect(try node("False").boolValue == false)
        #expect(try node("FALSE").boolValue == false)
        for text in ["yes", "no", "on", "off", "y", "tRUE", "'true'", "\"false\"", "1"] {
            #expect(try node(text).boolValue == nil, "\(text)")
        }
    }

    @Test func integers() throws {
        #expect(try node("42").intValue == 42)
        #expect(try node("-17").intValue == -17)
        #expect(try node("+8").intValue == 8)
        #expect(try node("007").intValue == 7)
        #expect(try node("0x1F").intValue == 31)
        #expect(try node("0xff").intValue == 255)
        #expect(try node("0o17").intValue == 15)
        #expect(try node("9223372036854775807").intValue == Int.max)
        for text in ["9223372036854775808", "-0x1", "0x", "0o8", "1_000", "1.0", "0b101", "12a", "'5'", "\"5\"", "+", ""] {
            #expect(try node(text).intValue == nil, "\(text)")
        }
    }

    @Test func doubles() throws {
        #expect(try node("1.5").doubleValue == 1.5)
        #expect(try node("-.5").doubleValue == -0.5)
        #expect(try node("+2.").doubleValue == 2.0)
        #expect(try node("1e3").doubleValue == 1000)
        #expect(try node("6.02E-1").doubleValue == 0.602)
        #expect(try node("7").doubleValue == 7)
        #expect(try node("0x10").doubleValue == 16)
        #expect(try node(".inf").doubleValue == .infinity)
        #expect(try node("-.INF").doubleValue == -.infinity)
        #expect(try node(".NaN").doubleValue?.isNaN == true)
        for text in ["1e", ".", "e5", "1.2.3", "inf", "nan", "'1.5'", "1,5", "0x1.8p1"] {
            #expect(try node(text).doubleValue == nil, "\(text)")
        }
    }

    @Test func blockScalarsAreStrings() throws {
        let root = try #require(try parse("a: |\n  42\nb: >-\n  true\n"))
        #expect(root["a"]?.intValue == nil)
        #expect(root["b"]?.scalarValue == "true")
        #expect(root["b"]?.boolValue == nil)
    }

    @Test func kindDescriptions() throws {
        #expect(try node("{a: 1}").kindDescription == "a mapping")
        #expect(try node("[1]").kindDescription == "a sequence")
        #expect(try node("~").kindDescription == "null")
        #expect(try node("true").kindDescription == "a boolean")
        #expect(try node("12").kindDescription == "an integer")
        #expect(try node("1.5").kindDescription == "a number")
        #expect(try node("hello").kindDescription == "a string")
        #expect(try node("'12'").kindDescription == "a string")
    }
}
