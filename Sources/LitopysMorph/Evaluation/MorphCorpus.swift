import Foundation

/// One token of a gold corpus: the word, its gold lemma, and its gold tag (a VESUM tag such
/// as `noun:inanim:f:v_zna` for BrUK; the UPOS for UD).
public struct GoldToken: Sendable, Hashable {
    /// The word as written.
    public var word: String
    /// The gold lemma.
    public var lemma: String
    /// The gold tag.
    public var tag: String

    /// Makes a token.
    public init(word: String, lemma: String, tag: String) {
        self.word = word
        self.lemma = lemma
        self.tag = tag
    }
}

/// One document of a gold corpus: its file name and its sentences.
public struct GoldDocument: Sendable {
    /// The file name.
    public var name: String
    /// Sentences of tokens.
    public var sentences: [[GoldToken]]
}

/// Readers for the morphology corpora: BrUK disambiguated XML and UD CoNLL-U.
public enum MorphCorpus {
    /// All BrUK documents in `directory` (`*.xml`), sorted by file name.
    ///
    /// - Throws: ``MorphError`` `corpusInvalid` when the folder is missing or empty.
    public static func bruk(directory: String) throws(MorphError) -> [GoldDocument] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".xml") }.sorted()
        } catch {
            throw MorphError(.corpusInvalid, "BrUK corpus folder \(directory) not found. Pass --corpus, or put ../shared next to the repository.", cause: error)
        }
        guard !names.isEmpty else { throw MorphError(.corpusInvalid, "No *.xml files in \(directory).") }
        return names.map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return GoldDocument(name: name, sentences: parseBruk(text))
        }
    }

    /// Splits BrUK documents into training and held-out sets: every 10th document (the 10th,
    /// 20th, … in file-name order) is held out.
    public static func split(_ documents: [GoldDocument]) -> (train: [GoldDocument], heldOut: [GoldDocument]) {
        var train: [GoldDocument] = []
        var heldOut: [GoldDocument] = []
        for (i, document) in documents.enumerated() {
            if (i + 1) % 10 == 0 { heldOut.append(document) } else { train.append(document) }
        }
        return (train, heldOut)
    }

    static func parseBruk(_ text: String) -> [[GoldToken]] {
        var sentences: [[GoldToken]] = []
        var current: [GoldToken] = []
        var inAlternatives = false
        for line in text.split(separator: "\n") {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("<alts") { inAlternatives = true }
            if trimmed.hasPrefix("</alts") { inAlternatives = false; continue }
            if inAlternatives { continue }
            if trimmed.hasPrefix("<token ") {
                if let word = attribute("value", in: trimmed), let lemma = attribute("lemma", in: trimmed),
                    let tags = attribute("tags", in: trimmed)
                {
                    current.append(GoldToken(word: word, lemma: lemma, tag: tags))
                }
            } else if trimmed.hasPrefix("</sentence") {
                if !current.isEmpty { sentences.append(current) }
                current = []
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    private static func attribute(_ name: String, in line: Substring) -> String? {
        guard let range = line.range(of: " \(name)=\"") else { return nil }
        let rest = line[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let raw = rest[..<end]
        if !raw.contains("&") { return String(raw) }
        return raw.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Sentences of a CoNLL-U file, with UPOS as the tag; multi-word token lines and empty
    /// nodes are skipped.
    public static func conllu(path: String) throws(MorphError) -> [[GoldToken]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw MorphError(.corpusInvalid, "CoNLL-U file \(path) not found. Pass --ud, or put ../shared next to the repository.")
        }
        var sentences: [[GoldToken]] = []
        var current: [GoldToken] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if !current.isEmpty { sentences.append(current) }
                current = []
                continue
            }
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 4, columns[0].allSatisfy(\.isNumber) else { continue }
            current.append(GoldToken(word: String(columns[1]), lemma: String(columns[2]), tag: String(columns[3])))
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}
