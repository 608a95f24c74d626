/// One reading of a word form found in a DAWG: the form as stored (after `г`→`ґ`
/// substitution) and its place in a paradigm.
struct DictionaryHit: Sendable {
    /// The form as the dictionary spells it, UTF-8.
    var word: [UInt8]
    /// Paradigm id.
    var paradigm: Int
    /// Form index inside the paradigm.
    var form: Int
    /// Corpus count of the ending (guesser hits only), else 0.
    var count: Int = 0
}

extension VesumDictionary {
    /// UTF-8 of `г` and `ґ`: the dictionary spells some words with `ґ` that texts write with `г`.
    private static let ghe: (UInt8, UInt8) = (0xD0, 0xB3)
    private static let gheUpturn: (UInt8, UInt8) = (0xD2, 0x91)

    /// Appends every dictionary reading of the lowercased UTF-8 `word` to `hits`, the exact
    /// spelling first, then spellings with `ґ` in place of `г` (as pymorphy3 does).
    ///
    /// - Complexity: O(word length) transitions per spelling the DAWG holds (the `ґ` branches
    ///   are followed only where the dictionary has such a prefix), plus the payloads.
    func lookup(_ word: [UInt8], into hits: inout [DictionaryHit]) {
        word.withUnsafeBufferPointer { word in
            var memo = PayloadMemo()
            forEachReading(of: word, memo: &memo) { spelled, paradigm, form in
                // Hits of one spelling share one array.
                let stored = hits.last.flatMap { $0.word.elementsEqual(spelled) ? $0.word : nil } ?? Array(spelled)
                hits.append(DictionaryHit(word: stored, paradigm: paradigm, form: form))
            }
        }
    }

    /// Calls `body` with every dictionary reading of the lowercased UTF-8 `word`, in the order
    /// of ``lookup(_:into:)``: the spelling the dictionary has (only valid during the call),
    /// the paradigm and the form. Keeps nothing, so the caller decides what to copy; decoded
    /// payload lists go through `memo` (see ``PayloadMemo``).
    ///
    /// - Complexity: as ``lookup(_:into:)``; no heap allocation unless a `ґ` spelling is found
    ///   or `memo` grows.
    @inline(__always)
    func forEachReading(
        of word: UnsafeBufferPointer<UInt8>, memo: inout PayloadMemo,
        _ body: (_ spelled: UnsafeBufferPointer<UInt8>, _ paradigm: Int, _ form: Int) -> Void
    ) {
        if !Self.containsGhe(word) {
            // No `г`, so no other spelling to try: one walk down the automaton.
            guard let index = words.follow(word, from: DAWG.root), let payloads = words.follow(DAWG.payloadSeparator, from: index)
            else { return }
            forEachPair(at: payloads, memo: &memo) { p, f in body(word, p, f) }
            return
        }
        var fixed: [UInt8] = []  // stays unallocated unless a `ґ` spelling is followed
        walk(word, position: 0, index: DAWG.root, fixed: &fixed, dawg: words, counted: false, memo: &memo) { spelled, _, p, f in
            body(spelled, p, f)
        }
    }

    /// Calls `body` with the paradigm and form of each valid payload of the words DAWG under
    /// unit `payloads`, decoding them only when `memo` does not have them yet.
    @inline(__always)
    private func forEachPair(at payloads: UInt32, memo: inout PayloadMemo, _ body: (_ paradigm: Int, _ form: Int) -> Void) {
        guard memo.isEnabled else {
            words.forEachPayload(at: payloads) { bytes in
                guard bytes.count >= 4 else { return }
                let p = Int(bytes[0]) << 8 | Int(bytes[1])
                let f = Int(bytes[2]) << 8 | Int(bytes[3])
                if isValid(p, f) { body(p, f) }
            }
            return
        }
        var range: Range<Int>
        if let known = memo.pairRange(of: payloads) {
            range = known
        } else {
            let start = memo.pairs.count
            words.forEachPayload(at: payloads) { bytes in
                guard bytes.count >= 4 else { return }
                let p = Int(bytes[0]) << 8 | Int(bytes[1])
                let f = Int(bytes[2]) << 8 | Int(bytes[3])
                if isValid(p, f) { memo.append(paradigm: p, form: f) }
            }
            range = memo.remember(payloads, from: start)
        }
        for k in range {
            let pair = memo.pairs[k]
            body(Int(pair >> 16), Int(pair & 0xFFFF))
        }
    }

    /// Whether `word` (UTF-8) has a `г`.
    @inline(__always) private static func containsGhe(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in word {
            if previous == ghe.0 && byte == ghe.1 { return true }
            previous = byte
        }
        return false
    }

    /// Whether the lowercased UTF-8 `word` is in the dictionary as spelled.
    func contains(_ word: [UInt8]) -> Bool {
        guard let index = words.follow(word, from: DAWG.root) else { return false }
        return words.follow(DAWG.payloadSeparator, from: index) != nil
    }

    /// Walks `word[start...]` from DAWG unit `index`; `fixed` spells `word[..<start]` with
    /// any substitutions made so far. Calls `body` with each payload found: the spelling,
    /// the count (payloads with a count only, else 0), the paradigm and the form.
    private func walk(
        _ word: UnsafeBufferPointer<UInt8>, position start: Int, index: UInt32, fixed: inout [UInt8], dawg: DAWG, counted: Bool,
        memo: inout PayloadMemo, _ body: (_ spelled: UnsafeBufferPointer<UInt8>, _ count: Int, _ paradigm: Int, _ form: Int) -> Void
    ) {
        var index: UInt32? = index
        var position = start
        var variants: [(position: Int, index: UInt32)] = []
        while position < word.count, let current = index {
            if position + 1 < word.count, word[position] == Self.ghe.0, word[position + 1] == Self.ghe.1,
                let upturnStart = dawg.follow(Self.gheUpturn.0, from: current), let alternative = dawg.follow(Self.gheUpturn.1, from: upturnStart)
            {
                variants.append((position, alternative))
            }
            index = dawg.follow(word[position], from: current)
            position += 1
        }
        if let index, let payloads = dawg.follow(DAWG.payloadSeparator, from: index) {
            func report(_ spelled: UnsafeBufferPointer<UInt8>) {
                guard counted else {
                    // Only the words DAWG has payloads without a count.
                    forEachPair(at: payloads, memo: &memo) { p, f in body(spelled, 0, p, f) }
                    return
                }
                dawg.forEachPayload(at: payloads) { bytes in
                    guard bytes.count >= 8 else { return }
                    let count = Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
                    let p = Int(bytes[4]) << 8 | Int(bytes[5])
                    let f = Int(bytes[6]) << 8 | Int(bytes[7])
                    if isValid(p, f) { body(spelled, count, p, f) }
                }
            }
            if fixed.isEmpty && start == 0 {
                report(word)
            } else {
                let spelled = fixed + UnsafeBufferPointer(rebasing: word[start...])
                spelled.withUnsafeBufferPointer { report($0) }
            }
        }
        for variant in variants {
            let saved = fixed.count
            fixed += UnsafeBufferPointer(rebasing: word[start..<variant.position])
            fixed.append(Self.gheUpturn.0)
            fixed.append(Self.gheUpturn.1)
            walk(word, position: variant.position + 2, index: variant.index, fixed: &fixed, dawg: dawg, counted: counted, memo: &memo, body)
            fixed.removeLast(fixed.count - saved)
        }
    }

    /// Appends the guesser's readings of the ending `ending` (UTF-8, lowercased) from the
    /// prediction DAWG of paradigm prefix `prefixID`; `word` is the whole word, so the hit
    /// spells the whole word.
    func predict(ending: ArraySlice<UInt8>, wordStart: ArraySlice<UInt8>, prefixID: Int, into hits: inout [DictionaryHit]) {
        guard prefixID < predictions.count else { return }
        var fixed = Array(wordStart)
        var local: [DictionaryHit] = []
        var memo = PayloadMemo()  // for the words DAWG only: stays empty
        Array(ending).withUnsafeBufferPointer { ending in
            walk(ending, position: 0, index: DAWG.root, fixed: &fixed, dawg: predictions[prefixID], counted: true, memo: &memo) {
                spelled, count, p, f in
                let stored = local.last.flatMap { $0.word.elementsEqual(spelled) ? $0.word : nil } ?? Array(spelled)
                local.append(DictionaryHit(word: stored, paradigm: p, form: f, count: count))
            }
        }
        hits += local
    }
}
