import Foundation

/// Proper-name classes of word forms (place, first name, surname, patronymic), learned at
/// training time from a manually disambiguated corpus (BrUK, `prop:geo`, `prop:fname`, …)
/// and stored inside the model file, so that the tagger knows `Житомира` is a place even
/// when the dictionary does not say so.
///
/// Shape: `classes` maps the folded-word hash (the `lower` atom) to a bit set:
/// 1 place, 2 first name, 4 surname, 8 patronymic.
struct Lexicon: Sendable, Equatable {
    /// Class bits by word hash.
    private(set) var classes: [UInt64: UInt8] = [:]

    /// An empty lexicon.
    init() {}

    /// A lexicon with the given entries.
    init(classes: [UInt64: UInt8]) {
        self.classes = classes
    }

    /// The number of word forms.
    var count: Int { classes.count }

    /// The atom of a word: its class bits, hashed; a constant for words without a class.
    @inline(__always)
    func atom(forWordHash hash: UInt64) -> UInt64 {
        guard let bits = classes[hash] else { return 0xA1 }
        return 0xB0 &+ UInt64(bits)
    }

    /// Builds the lexicon from BrUK XML files under `directory`: a word form gets a class
    /// when at least half of its occurrences carry it.
    ///
    /// Files that share text with `excluded` (more than 5% of their word 5-grams) are
    /// skipped, so that documents held out for evaluation do not reach the model through
    /// the lexicon: NER-UK's `bruk` documents are taken from the same corpus.
    static func build(brukDirectory directory: String, excluding excluded: [String] = []) throws -> (Lexicon, skipped: Int) {
        var held = Set<UInt64>()
        for text in excluded { held.formUnion(fiveGrams(words(of: text))) }
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            throw EntitiesError(code: .badData, message: "Lexicon corpus folder \(directory) cannot be read.")
        }
        var skipped = 0
        var totals: [UInt64: (all: Int32, geo: Int32, first: Int32, last: Int32, patronymic: Int32)] = [:]
        for name in names.sorted() where name.hasSuffix(".xml") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let lines = text.split(separator: "\n")
            if !held.isEmpty {
                let tokens = lines.compactMap { $0.contains("<token ") ? attribute("value", in: $0) : nil }
                let grams = fiveGrams(tokens.filter { $0.first?.isLetter == true }.map { $0.lowercased() })
                if !grams.isEmpty && grams.filter({ held.contains($0) }).count * 20 > grams.count {
                    skipped += 1
                    continue
                }
            }
            for line in lines {
                guard line.contains("<token "), let value = attribute("value", in: line), let tags = attribute("tags", in: line)
                else { continue }
                let hash = wordHash(value)
                var entry = totals[hash] ?? (0, 0, 0, 0, 0)
                entry.all += 1
                if tags.contains("prop") {
                    if tags.contains(":geo") { entry.geo += 1 }
                    if tags.contains(":fname") { entry.first += 1 }
                    if tags.contains(":lname") { entry.last += 1 }
                    if tags.contains(":pname") { entry.patronymic += 1 }
                }
                totals[hash] = entry
            }
        }
        var classes: [UInt64: UInt8] = [:]
        for (hash, e) in totals {
            var bits: UInt8 = 0
            if e.geo * 2 >= e.all && e.geo > 0 { bits |= 1 }
            if e.first * 2 >= e.all && e.first > 0 { bits |= 2 }
            if e.last * 2 >= e.all && e.last > 0 { bits |= 4 }
            if e.patronymic * 2 >= e.all && e.patronymic > 0 { bits |= 8 }
            if bits != 0 { classes[hash] = bits }
        }
        return (Lexicon(classes: classes), skipped)
    }

    /// Lower-cased letter words of a text.
    static func words(of text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init)
    }

    /// Hashes of consecutive five-word sequences.
    static func fiveGrams(_ words: [String]) -> Set<UInt64> {
        guard words.count >= 5 else { return [] }
        let hashes = words.map { ScalarText.hash($0) }
        var result = Set<UInt64>()
        for i in 0...(hashes.count - 5) {
            var h: UInt64 = 0
            for k in 0..<5 { h = ScalarText.combine(h, hashes[i + k]) }
            result.insert(h)
        }
        return result
    }

    /// The `lower` atom of a standalone word.
    static func wordHash(_ word: String) -> UInt64 {
        let values = ContiguousArray(word.unicodeScalars.map(\.value))
        return values.withUnsafeBufferPointer { ScalarText.hash($0, 0..<$0.count, salt: 1) }
    }

    /// The value of XML attribute `name` in `line`, with the five XML entities decoded.
    static func attribute(_ name: String, in line: Substring) -> String? {
        guard let start = line.range(of: " \(name)=\"") else { return nil }
        let rest = line[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        var value = String(rest[..<end])
        if value.contains("&") {
            for (entity, char) in [("&quot;", "\""), ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
                value = value.replacingOccurrences(of: entity, with: char)
            }
        }
        return value
    }
}
