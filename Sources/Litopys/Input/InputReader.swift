import Foundation
import LitopysText

/// Reads articles from plain-text files (the first line is the headline) and JSON Lines files
/// (`{"title", "text", "published", "url", …}` per line).
///
/// A bad record never hides the good ones: each record comes back as an article or as an
/// ``InputError`` that names the file and line.
public struct InputReader: Sendable {
    /// How to read a file.
    public enum Format: String, Sendable, CaseIterable {
        /// JSON Lines for `.jsonl`, `.ndjson` and `.json` files and for text that starts with `{`; else plain text.
        case auto
        /// One article per file; the first line is the headline unless ``InputReader/title`` is set.
        case text
        /// One JSON object per line.
        case jsonl
    }

    /// The format. The default is ``Format/auto``.
    public var format: Format = .auto
    /// The publication date for articles that do not give one (ISO 8601).
    public var published: String?
    /// A headline for plain-text files; when set, the whole file is body.
    public var title: String?

    /// Makes a reader with the default settings.
    public init() {}

    /// Reads every record of the file at `path` (`-` reads standard input).
    public func read(path: String) -> [Result<ArticleInput, InputError>] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return [.failure(InputError(code: .unreadableFile, file: path, message: "no such file. Check the path."))]
            }
            guard !isDirectory.boolValue else {
                return [.failure(InputError(code: .unreadableFile, file: path, message: "is a folder; pass the files in it (e.g. \(path)/*.txt)."))]
            }
            guard let contents = FileManager.default.contents(atPath: path) else {
                return [.failure(InputError(code: .unreadableFile, file: path, message: "cannot be read. Check its permissions."))]
            }
            data = contents
        }
        return read(data: data, name: path)
    }

    /// Reads every record of `data`; `name` is the file name used in messages and as `document`.
    public func read(data: Data, name: String) -> [Result<ArticleInput, InputError>] {
        if data.prefix(8192).contains(0) {
            return [.failure(InputError(code: .binaryFile, file: name, message: "looks like a binary file (it holds NUL bytes), not UTF-8 text. Pass plain-text or JSON Lines articles."))]
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return [.failure(InputError(code: .emptyInput, file: name, message: "is empty; there is no article to analyse."))]
        }
        let isJSONLines: Bool
        switch format {
        case .jsonl: isJSONLines = true
        case .text: isJSONLines = false
        case .auto:
            let lowered = name.lowercased()
            isJSONLines = lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") || lowered.hasSuffix(".json")
                || data.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) == UInt8(ascii: "{")
        }
        return isJSONLines ? readJSONLines(data, name: name) : readPlainText(data, name: name)
    }

    /// The longest text, in UTF-8 bytes, analysed as one document. Longer plain-text files are
    /// cut at line breaks into parts of about ``partLength`` (an archive saved as one file is no
    /// article, and cross-references over megabytes cost more than they tell). The default is 1 MB.
    public var maxArticleLength = 1_000_000
    /// The size, in UTF-8 bytes, of the parts of an over-long file. The default is 100 kB.
    public var partLength = 100_000

    /// `text` cut at line breaks into pieces of about ``partLength`` bytes.
    func parts(of text: String) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var size = 0
        var index = text.startIndex
        for scalar in text.unicodeScalars {
            size += UTF8.width(scalar)
            index = text.unicodeScalars.index(after: index)
            if scalar == "\n" && size >= partLength {
                parts.append(text[start..<index])
                start = index
                size = 0
            }
        }
        if start < text.endIndex { parts.append(text[start...]) }
        return parts
    }

    private func readPlainText(_ data: Data, name: String) -> [Result<ArticleInput, InputError>] {
        guard let text = String(validating: data, as: UTF8.self) else {
            return [.failure(InputError(code: .invalidEncoding, file: name, line: Self.firstInvalidLine(data), message: "is not valid UTF-8 (this line holds the first bad byte). Convert it first, e.g. `iconv -f cp1251 -t utf-8 \(name)`."))]
        }
        let document = (name as NSString).lastPathComponent
        guard data.count > maxArticleLength else {
            let article = Article(title: title, text: text, hasHeadline: title == nil, published: published)
            return [.success(ArticleInput(article: article, extra: [("document", .string(document))], file: name))]
        }
        // Far longer than an article: analysed in parts, each one record, nothing left out.
        let pieces = parts(of: text)
        return pieces.enumerated().map { k, piece in
            let article = Article(title: k == 0 ? title : nil, text: String(piece), hasHeadline: k == 0 && title == nil, published: published)
            let extra: [(String, JSONValue)] = [
                ("document", .string(document)), ("part", .number(Double(k + 1))), ("parts", .number(Double(pieces.count))),
            ]
            return .success(ArticleInput(article: article, extra: extra, file: name))
        }
    }

    private func readJSONLines(_ data: Data, name: String) -> [Result<ArticleInput, InputError>] {
        var results: [Result<ArticleInput, InputError>] = []
        var lineNumber = 0
        for lineData in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard lineData.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            guard let line = String(validating: lineData, as: UTF8.self) else {
                results.append(.failure(InputError(code: .invalidEncoding, file: name, line: lineNumber, message: "is not valid UTF-8; the record is skipped. Re-encode the file as UTF-8.")))
                continue
            }
            results.append(record(from: line, file: name, line: lineNumber))
        }
        if results.isEmpty {
            results.append(.failure(InputError(code: .emptyInput, file: name, message: "has no JSON records.")))
        }
        return results
    }

    /// Turns one JSON Lines record into an article.
    func record(from line: String, file: String, line lineNumber: Int) -> Result<ArticleInput, InputError> {
        var body = Substring(line)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let value: JSONValue
        do {
            value = try JSONParser.parse(body)
        } catch {
            return .failure(InputError(code: .malformedJSON, file: file, line: lineNumber, message: "malformed JSON at column \(error.column): \(error.message); the record is skipped."))
        }
        guard case .object(let members) = value else {
            return .failure(InputError(code: .malformedJSON, file: file, line: lineNumber, message: "is not a JSON object; each line must be {\"title\": …, \"text\": …}."))
        }
        var text: String?
        var title: String?
        var published = self.published
        var extra: [(String, JSONValue)] = []
        for (key, member) in members {
            switch key {
            case "text":
                text = member.stringValue
            case "title":
                title = member.stringValue
            case "published":
                if case .null = member { continue }
                guard let raw = member.stringValue, let date = Self.isoDate(raw) else {
                    return .failure(InputError(code: .badDate, file: file, line: lineNumber, message: "`published` must be a date such as \"2022-01-12\"; the record is skipped."))
                }
                published = date
            default:
                extra.append((key, member))
            }
        }
        guard let text, text.contains(where: { !$0.isWhitespace }) else {
            return .failure(InputError(code: .missingText, file: file, line: lineNumber, message: "has no `text` string; the record is skipped."))
        }
        let article = Article(title: title, text: text, hasHeadline: false, published: published)
        return .success(ArticleInput(article: article, extra: extra, file: file, line: lineNumber))
    }

    /// The `YYYY-MM-DD` date at the start of `raw` (a date or a timestamp), when it is a real date.
    public static func isoDate(_ raw: String) -> String? {
        let scalars = Array(raw.unicodeScalars.prefix(10))
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
        let digits = scalars.enumerated().filter { $0.offset != 4 && $0.offset != 7 }.map(\.element)
        guard digits.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else { return nil }
        let text = String(String.UnicodeScalarView(scalars))
        guard let year = Int(text.prefix(4)), let month = Int(text.dropFirst(5).prefix(2)), let day = Int(text.suffix(2)),
            (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        return text
    }

    /// The number of days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        for chunk in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(validating: chunk, as: UTF8.self) == nil { return line }
            line += 1
        }
        return line
    }
}
