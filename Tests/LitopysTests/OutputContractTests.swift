import Foundation
import LitopysText
import Testing
@testable import Litopys

/// Parses one JSON object line with Foundation, to check the contract from the outside.
func parseObject(_ line: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
    return try #require(object as? [String: Any])
}

struct OutputContractTests {
    let article = "Засідання у Львові 👍\nДжерело: Укрінформ\nУ Львові 5 травня почалося засідання. Мер наголосив: «Це важливо».\n"

    @Test func everyFieldIsPresentAndUnknownsAreNull() throws {
        let document = Pipeline().analyze(Article(text: article, hasHeadline: true))
        let object = try parseObject(OutputContract().json(for: document))
        for key in ["id", "title", "published", "attribution", "text", "sections", "removed", "sentences", "entities", "dates", "events", "quotes"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["published"] is NSNull)
        #expect(object["title"] as? String == "Засідання у Львові 👍")
        #expect(object["attribution"] as? String == "Укрінформ")
        #expect(object["tokens"] == nil)
    }

    @Test func offsetsAreCodePointsIntoText() throws {
        let document = Pipeline().analyze(Article(text: "👍 Перше речення.\nДруге 😀 речення.", hasHeadline: false))
        let object = try parseObject(OutputContract(includeTokens: true).json(for: document))
        let text = Array((object["text"] as? String ?? "").unicodeScalars)
        let sentences = try #require(object["sentences"] as? [[String: Int]])
        let pieces = sentences.map { String(String.UnicodeScalarView(text[$0["start"]!..<$0["end"]!])) }
        #expect(pieces == ["👍 Перше речення.", "Друге 😀 речення."])
        let tokens = try #require(object["tokens"] as? [[String: Any]])
        for token in tokens {
            let start = try #require(token["start"] as? Int)
            let end = try #require(token["end"] as? Int)
            #expect(String(String.UnicodeScalarView(text[start..<end])) == token["text"] as? String)
            #expect(token.keys.sorted() == ["end", "lemma", "pos", "start", "tags", "text"])
        }
    }

    @Test func extraFieldsAreEchoedAndReservedOnesAreNot() throws {
        let document = Pipeline().analyze(Article(title: nil, text: "Текст."))
        let extra: [(String, JSONValue)] = [("document", .string("a.txt")), ("score", .number(3)), ("text", .string("clash")),
                                            ("tags", .array([.bool(true), .null]))]
        let object = try parseObject(OutputContract().json(for: document, extra: extra))
        #expect(object["document"] as? String == "a.txt")
        #expect(object["score"] as? Int == 3)
        #expect(object["text"] as? String == "Текст.")
        #expect((object["tags"] as? [Any])?.count == 2)
    }

    @Test func theIDIsAContentHash() {
        let a = Pipeline().analyze(Article(title: "Т", text: "Один текст."))
        let b = Pipeline().analyze(Article(title: "Т", text: "Один\u{00A0}текст."))
        let c = Pipeline().analyze(Article(title: "Т", text: "Інший текст."))
        #expect(OutputContract.contentID(of: a) == OutputContract.contentID(of: b))
        #expect(OutputContract.contentID(of: a) != OutputContract.contentID(of: c))
        #expect(OutputContract.contentID(of: a).count == 16)
    }

    @Test func stringsAreEscaped() throws {
        var writer = JSONWriter()
        writer.string("лапки \" і \\ та \n і \u{01}")
        #expect(writer.text == #""лапки \" і \\ та \n і \u0001""#)
    }
}
