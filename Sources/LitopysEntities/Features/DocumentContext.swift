/// How a capitalised word is written elsewhere in its document, as evidence of what it is.
///
/// A word at the start of a sentence is capitalised whatever it is; the same stem written
/// in lower case elsewhere (`Вчора` … `вчора`) says it is a common word, and capitalised in
/// the middle of a sentence (`Дрогобицький` … `на Дрогобицькому НПЗ`) that it is a name.
/// Quotation marks point to companies and titles, a capitalised neighbour to a multi-word
/// name. The atom of a capitalised token combines four such facts about the *other*
/// occurrences of its stem, or says the stem occurs once; other tokens get 0.
///
/// Unlike ``DocumentHints`` this needs no first tagging pass: it is one pass over the
/// document's tokens, computed with the other atoms.
enum DocumentContext {
    /// Atom: the stem occurs nowhere else in the document.
    static let alone = ScalarText.hash("context:alone")
    /// Atoms for each combination of the four facts (mid-sentence capital, lower case,
    /// quoted, capitalised neighbour).
    static let combinations: [UInt64] = (0..<16).map { ScalarText.hash("context:\($0)") }

    /// Writes the context atom of every token into column `column` of `row`.
    ///
    /// - Parameters:
    ///   - row: the atom table, `[tokenCount × width]`, with the quotation column filled.
    ///   - stems: the stem hash of every token.
    /// - Complexity: O(tokens), with one hash-table entry per distinct stem of a word.
    static func fill(
        _ row: UnsafeMutableBufferPointer<UInt64>, width: Int, column: Int, stems: ContiguousArray<UInt64>,
        input: TaggingInput, text: UnsafeBufferPointer<UInt32>
    ) {
        let n = input.tokenCount
        guard n > 0 else { return }
        let quoted = TokenAttribute.quoted.column
        // Per token: its facts as bits, or -1 when it is not a word.
        var facts = ContiguousArray<Int8>(repeating: -1, count: n)
        var capitalised = ContiguousArray<Bool>(repeating: false, count: n)
        for i in 0..<n {
            let start = Int(input.starts[i])
            guard Int(input.ends[i]) - start > 1, ScalarText.isLetter(text[start]) else { continue }
            capitalised[i] = ScalarText.isUpper(text[start])
            facts[i] = 0
        }
        for s in 0..<input.sentenceCount {
            let sentence = input.sentence(s)
            for i in sentence where facts[i] >= 0 {
                var bits: Int8 = 0
                if capitalised[i] {
                    if i > sentence.lowerBound { bits |= 1 }
                    let q = row[i * width + quoted]
                    if q == 0x62 { bits |= 4 }
                    let before = i > sentence.lowerBound + 1 && capitalised[i - 1]
                    let after = i + 1 < sentence.upperBound && capitalised[i + 1]
                    if before || after { bits |= 8 }
                } else {
                    bits |= 2
                }
                facts[i] = bits
            }
        }
        // Per distinct stem: occurrences, and occurrences with each fact.
        var slot: [UInt64: Int32] = [:]
        slot.reserveCapacity(n / 2)
        var counts = ContiguousArray<Int32>()
        var slots = ContiguousArray<Int32>(repeating: -1, count: n)
        for i in 0..<n where facts[i] >= 0 {
            let s: Int32
            if let known = slot[stems[i]] {
                s = known
            } else {
                s = Int32(counts.count / 5)
                slot[stems[i]] = s
                counts.append(contentsOf: repeatElement(0, count: 5))
            }
            slots[i] = s
            let base = Int(s) * 5
            counts[base] += 1
            let bits = facts[i]
            for b in 0..<4 where bits & (1 << b) != 0 { counts[base + 1 + b] += 1 }
        }
        for i in 0..<n where capitalised[i] && slots[i] >= 0 {
            let base = Int(slots[i]) * 5
            guard counts[base] > 1 else {
                row[i * width + column] = alone
                continue
            }
            var combination = 0
            for b in 0..<4 {
                let own: Int32 = facts[i] & (1 << b) != 0 ? 1 : 0
                if counts[base + 1 + b] - own > 0 { combination |= 1 << b }
            }
            row[i * width + column] = combinations[combination]
        }
    }
}
