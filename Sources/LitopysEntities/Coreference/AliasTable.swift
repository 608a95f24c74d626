import Foundation

/// Other names of one organisation or place (`Альянс` → `НАТО`), read from the commented
/// data file `Resources/aliases.txt`.
///
/// Format: `CANONICAL = ALIAS | ALIAS | …`; `#` starts a comment.
struct AliasTable: Sendable {
    /// Canonical name by the comparison key of each alias (and of the canonical name).
    private(set) var canonicalByKey: [String: String] = [:]

    /// An empty table.
    init() {}

    /// Reads the text of an alias file.
    init(source: String) {
        for raw in source.split(separator: "\n") {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let sides = line.split(separator: "=", maxSplits: 1)
            guard sides.count == 2 else { continue }
            let canonical = sides[0].trimmingCharacters(in: .whitespaces)
            guard !canonical.isEmpty else { continue }
            canonicalByKey[MentionKey.of(canonical)] = canonical
            for alias in sides[1].split(separator: "|") {
                let a = alias.trimmingCharacters(in: .whitespaces)
                if !a.isEmpty { canonicalByKey[MentionKey.of(a)] = canonical }
            }
        }
    }

    /// The canonical name for a name's key, if the name is a known alias or canonical name.
    func canonical(forKey key: String) -> String? { canonicalByKey[key] }

    /// The bundled table, loaded once; empty when the file is unreadable.
    static let shared: AliasTable = {
        guard let url = ResourceFiles.url("aliases.txt"), let text = try? String(contentsOf: url, encoding: .utf8) else {
            return AliasTable()
        }
        return AliasTable(source: text)
    }()
}

/// The comparison key of a name: lower case, one kind of dash and apostrophe, single spaces,
/// no quotation marks. `Рада НАТО – Росія` and `рада НАТО-Росія` share a key.
enum MentionKey {
    static func of(_ name: String) -> String {
        // Over code points, not Characters: every separator here is a single code point,
        // and comparing code points needs no Unicode normalisation.
        var out = String.UnicodeScalarView()
        var lastSpace = true
        for scalar in name.lowercased().unicodeScalars {
            switch scalar.value {
            case 0xAB, 0xBB, 0x22, 0x201C, 0x201D, 0x201E:  // « » " “ ” „
                continue
            case 0x2013, 0x2014, 0x2D, 0x2012:  // – — - ‒
                if !lastSpace { out.append(" ") }
                out.append("-")
                out.append(" ")
                lastSpace = true
            case 0x2019, 0x02BC, 0x60, 0x2018:  // ’ ʼ ` ‘
                out.append("'")
                lastSpace = false
            case 0x20, 0x09, 0x0A, 0xA0:
                if !lastSpace { out.append(" ") }
                lastSpace = true
            default:
                out.append(scalar)
                lastSpace = false
            }
        }
        while out.last == " " { out.removeLast() }
        return String(out)
    }
}
