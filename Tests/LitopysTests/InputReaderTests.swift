import Foundation
import LitopysText
import Testing
@testable import Litopys

struct InputReaderTests {
    func read(_ text: String, name: String = "input.jsonl", reader: InputReader = InputReader()) -> [Result<ArticleInput, InputError>] {
        reader.read(data: Data(text.utf8), name: name)
    }

    @Test func readsJSONLinesAndKeepsGoodRecordsBesideABadOne() throws {
        let lines = """
            {"title": "Перша", "text": "Текст першої.", "published": "2022-01-12", "url": "https://example.com/1", "document": "a"}
            {"title": "Зламана", "text": "без кінця
            {"title": null, "text": "Лише тіло.", "published": null}

            {"text": 5}
            {"title": "Погана дата", "text": "Текст.", "published": "2022-02-31"}
            [1, 2]
            """
        let results = read(lines)
        #expect(results.count == 6)
        let first = try results[0].get()
        #expect(first.article.title == "Перша")
        #expect(first.article.published == "2022-01-12")
        #expect(first.extra.map(\.0) == ["url", "document"])
        #expect(first.line == 1)
        guard case .failure(let broken) = results[1] else { Issue.record("line 2 should fail"); return }
        #expect(broken.code == .malformedJSON)
        #expect(broken.description.hasPrefix("input.jsonl:2: malformed JSON"))
        let third = try results[2].get()
        #expect(third.article.title == nil && third.article.hasHeadline == false && third.line == 3)
        guard case .failure(let noText) = results[3], case .failure(let badDate) = results[4], case .failure(let array) = results[5] else {
            Issue.record("lines 5–7 should fail"); return
        }
        #expect(noText.code == .missingText && noText.line == 5)
        #expect(badDate.code == .badDate && badDate.line == 6)
        #expect(array.code == .malformedJSON)
    }

    @Test func plainTextHasAHeadlineAndADocumentName() throws {
        var reader = InputReader()
        reader.published = "2024-05-01"
        let input = try read("Заголовок\nТіло статті.", name: "/tmp/stattia.txt", reader: reader)[0].get()
        #expect(input.article.hasHeadline)
        #expect(input.article.published == "2024-05-01")
        #expect(input.extra.first?.1 == .string("stattia.txt"))
    }

    @Test func badFilesAreReportedByName() {
        let reader = InputReader()
        let invalid = reader.read(data: Data([0x41, 0x0A, 0xD0, 0x28, 0x0A]), name: "bad.txt")
        guard case .failure(let encoding) = invalid[0] else { Issue.record("invalid UTF-8 accepted"); return }
        #expect(encoding.code == .invalidEncoding && encoding.line == 2 && encoding.message.contains("iconv"))
        guard case .failure(let binary) = reader.read(data: Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1]), name: "a.out")[0] else {
            Issue.record("binary accepted"); return
        }
        #expect(binary.code == .binaryFile)
        guard case .failure(let empty) = reader.read(data: Data(" \n".utf8), name: "empty.txt")[0] else {
            Issue.record("empty accepted"); return
        }
        #expect(empty.code == .emptyInput)
        guard case .failure(let missing) = reader.read(path: "/nonexistent/file.txt")[0] else {
            Issue.record("missing file accepted"); return
        }
        #expect(missing.description == "/nonexistent/file.txt: no such file. Check the path.")
    }

    @Test(arguments: [("2022-01-12", "2022-01-12"), ("2024-02-29T10:00:00Z", "2024-02-29"), ("2023-02-29", nil), ("2022-13-01", nil), ("12.01.2022", nil), ("", nil)])
    func isoDates(raw: String, expected: String?) {
        #expect(InputReader.isoDate(raw) == expected)
    }

    @Test func jsonParserKeepsOrderAndDecodesEscapes() throws {
        let value = try JSONParser.parse(#"{"b": 1, "a": [true, null, "\u0416\ud83d\ude00"], "c": {"x": -2.5e1}}"#)
        #expect(value == .object([("b", .number(1)), ("a", .array([.bool(true), .null, .string("Ж😀")])), ("c", .object([("x", .number(-25))]))]))
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse("{\"a\": }") }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(String(repeating: "[", count: 1000)) }
    }

    @Test func anOverlongFileIsReadInPartsWithNothingLeftOut() throws {
        var reader = InputReader()
        reader.maxArticleLength = 100
        reader.partLength = 40
        let text = "Заголовок\n" + (1...12).map { "Рядок номер \($0) тексту." }.joined(separator: "\n") + "\n"
        let results = reader.read(data: Data(text.utf8), name: "archive.txt")
        let inputs = try results.map { try $0.get() }
        #expect(inputs.count > 2)
        #expect(inputs.map(\.article.text).joined() == text)
        #expect(inputs[0].article.hasHeadline && !inputs[1].article.hasHeadline)
        #expect(inputs.last?.extra.map(\.0) == ["document", "part", "parts"])
        #expect(inputs.last?.extra[1].1 == .number(Double(inputs.count)))
    }
}
