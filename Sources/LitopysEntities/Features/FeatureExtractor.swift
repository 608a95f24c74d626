/// Atom-row positions of the attributes, computed once.
private enum Column {
    static let capitalisation = TokenAttribute.capitalisation.column
    static let gazetteer = TokenAttribute.gazetteer.column
    static let grammaticalCase = TokenAttribute.grammaticalCase.column
    static let lemma = TokenAttribute.lemma.column
    static let length = TokenAttribute.length.column
    static let lower = TokenAttribute.lower.column
    static let nameKind = TokenAttribute.nameKind.column
    static let pos = TokenAttribute.pos.column
    static let position = TokenAttribute.position.column
    static let prefix2 = TokenAttribute.prefix2.column
    static let prefix3 = TokenAttribute.prefix3.column
    static let quoted = TokenAttribute.quoted.column
    static let shape = TokenAttribute.shape.column
    static let stem = TokenAttribute.stem.column
    static let suffix1 = TokenAttribute.suffix1.column
    static let suffix2 = TokenAttribute.suffix2.column
    static let suffix3 = TokenAttribute.suffix3.column
    static let suffix4 = TokenAttribute.suffix4.column
    static let documentHint = TokenAttribute.documentHint.column
    static let cluster = TokenAttribute.cluster.column
    static let coarseCluster = TokenAttribute.coarseCluster.column
    static let lemmaCluster = TokenAttribute.lemmaCluster.column
    static let lemmaCoarseCluster = TokenAttribute.lemmaCoarseCluster.column
}

/// Turns tokens into hashed feature keys, template by template.
///
/// Two passes: ``atoms(for:)`` computes every ``TokenAttribute`` of every token once
/// (a flat table), then ``keys(atoms:sentence:token:into:)`` combines the atoms each
/// template asks for into one 64-bit key per template. Neither allocates per token.
struct FeatureExtractor: Sendable {
    /// The templates, in model order.
    let templates: [FeatureTemplate]
    /// The gazetteer used for the `gazetteer` attribute.
    let gazetteer: Gazetteer
    /// The word classes used for the `cluster` attributes.
    let clusters: WordClusters
    /// The lemma classes used for the `lemmaCluster` attributes.
    let lemmaClusters: WordClusters

    /// Hash of each template name. Shape: `[templateCount]`.
    private let salts: ContiguousArray<UInt64>
    /// Index of each template's first part in `partColumns`. Shape: `[templateCount + 1]`.
    private let partStarts: ContiguousArray<Int32>
    /// Atom column of each part. Shape: `[partCount]`.
    private let partColumns: ContiguousArray<Int32>
    /// Token offset of each part. Shape: `[partCount]`.
    private let partOffsets: ContiguousArray<Int32>

    /// Per template: the token offset (−2 … 2) of all its parts when it reads a single
    /// token (``singleTokenOffsetNone`` otherwise). Shape: `[templateCount]`.
    let singleTokenOffsets: ContiguousArray<Int8>
    /// Templates reading several tokens (or farther ones), in model order.
    let multiTokenTemplates: ContiguousArray<Int32>
    /// Every template, in model order.
    private let allTemplates: ContiguousArray<Int32>
    /// Marks a template that reads more than one token.
    static let singleTokenOffsetNone: Int8 = 99
    /// The farthest offset a single-token template may read and still be cached per token.
    static let reach = 2

    /// Atom used for a neighbour before the sentence start.
    static let before = ScalarText.hash("<s>")
    /// Atom used for a neighbour after the sentence end.
    static let after = ScalarText.hash("</s>")

    /// An extractor for `templates`.
    init(templates: [FeatureTemplate] = FeatureTemplate.standard, gazetteer: Gazetteer, clusters: WordClusters = .shared,
        lemmaClusters: WordClusters = .sharedLemmas
    ) {
        self.templates = templates
        self.gazetteer = gazetteer
        self.clusters = clusters
        self.lemmaClusters = lemmaClusters
        var salts = ContiguousArray<UInt64>()
        var starts = ContiguousArray<Int32>([0])
        var columns = ContiguousArray<Int32>()
        var offsets = ContiguousArray<Int32>()
        for template in templates {
            salts.append(ScalarText.hash(template.name))
            for part in template.parts {
                columns.append(Int32(part.attribute.column))
                offsets.append(Int32(part.offset))
            }
            starts.append(Int32(columns.count))
        }
        self.salts = salts
        self.partStarts = starts
        self.partColumns = columns
        self.partOffsets = offsets
        var single = ContiguousArray<Int8>()
        var multi = ContiguousArray<Int32>()
        for (t, template) in templates.enumerated() {
            let distinct = Set(template.parts.map(\.offset))
            let offset = distinct.first ?? 0
            if distinct.count <= 1 && abs(offset) <= Self.reach {
                single.append(Int8(offset))
            } else {
                single.append(Self.singleTokenOffsetNone)
                multi.append(Int32(t))
            }
        }
        singleTokenOffsets = single
        multiTokenTemplates = multi
        allTemplates = ContiguousArray(templates.indices.map(Int32.init))
    }

    /// Hash of everything token `u` may contribute to a single-token template: its atom row,
    /// document hint included (one word with two hints has two rows). Two tokens with the
    /// same row hash give the same single-token keys.
    @inline(__always)
    func rowHash(atoms: UnsafeBufferPointer<UInt64>, token u: Int) -> UInt64 {
        // The atoms are hashes already: a multiply-xor chain and one final mix suffice.
        let width = TokenAttribute.count
        var h: UInt64 = 0x7F4A_7C15
        for c in 0..<width { h = (h ^ atoms[u * width + c]) &* 0x100_0000_01B3 &+ UInt64(c) }
        return ScalarText.finish(h)
    }

    /// Writes the keys of the single-token templates at `offset` when the token they read
    /// is `u` (or, for `u` nil, lies before the sentence if `offset` < 0, after it if > 0);
    /// returns how many.
    @inline(__always)
    func singleTokenKeys(
        atoms: UnsafeBufferPointer<UInt64>, token u: Int?, offset: Int, into keys: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let width = TokenAttribute.count
        var count = 0
        for t in 0..<salts.count where Int(singleTokenOffsets[t]) == offset {
            var h = salts[t]
            for p in Int(partStarts[t])..<Int(partStarts[t + 1]) {
                let atom: UInt64
                if let u { atom = atoms[u * width + Int(partColumns[p])] } else { atom = offset < 0 ? Self.before : Self.after }
                h = ScalarText.combine(h, atom)
            }
            keys[count] = h
            count += 1
        }
        return count
    }

    /// Writes the keys of the multi-token templates for `token` of `sentence`; returns how many.
    @inline(__always)
    func multiTokenKeys(
        atoms: UnsafeBufferPointer<UInt64>, sentence: Range<Int>, token: Int, into keys: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        multiTokenTemplates.withUnsafeBufferPointer { templates in
            self.keys(of: templates, atoms: atoms, sentence: sentence, token: token, into: keys)
        }
    }

    /// Writes the keys of `templates` (indices, in order) for `token` of `sentence`; returns how many.
    @inline(__always)
    private func keys(
        of templates: UnsafeBufferPointer<Int32>, atoms: UnsafeBufferPointer<UInt64>, sentence: Range<Int>, token: Int,
        into keys: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let width = TokenAttribute.count
        var count = 0
        salts.withUnsafeBufferPointer { salts in
            partStarts.withUnsafeBufferPointer { starts in
                partColumns.withUnsafeBufferPointer { columns in
                    partOffsets.withUnsafeBufferPointer { offsets in
                        for m in templates {
                            let t = Int(m)
                            var h = salts[t]
                            for p in Int(starts[t])..<Int(starts[t + 1]) {
                                let j = token + Int(offsets[p])
                                let atom: UInt64
                                if j < sentence.lowerBound {
                                    atom = Self.before
                                } else if j >= sentence.upperBound {
                                    atom = Self.after
                                } else {
                                    atom = atoms[j * width + Int(columns[p])]
                                }
                                h = ScalarText.combine(h, atom)
                            }
                            keys[count] = h
                            count += 1
                        }
                    }
                }
            }
        }
        return count
    }

    /// The number of keys per token.
    var templateCount: Int { templates.count }

    /// Every attribute of every token. Shape: `[tokenCount × TokenAttribute.count]`, row-major.
    ///
    /// - Complexity: O(characters + tokens).
    func atoms(for input: TaggingInput) -> ContiguousArray<UInt64> {
        let width = TokenAttribute.count
        let n = input.tokenCount
        var atoms = ContiguousArray<UInt64>(repeating: 0, count: n * width)
        var stems = ContiguousArray<UInt64>(repeating: 0, count: n)
        let hasMorph = input.morphology.count == n
        input.scalars.withUnsafeBufferPointer { text in
            atoms.withUnsafeMutableBufferPointer { row in
                for i in 0..<n {
                    let range = Int(input.starts[i])..<Int(input.ends[i])
                    let base = i * width
                    let length = range.count
                    let lower = ScalarText.hash(text, range, salt: 1)
                    row[base + Column.lower] = lower
                    let (fine, coarse) = clusters.atoms(key: lower)
                    row[base + Column.cluster] = fine
                    row[base + Column.coarseCluster] = coarse
                    let stem = Stemmer.stemHash(text, range)
                    stems[i] = stem
                    row[base + Column.stem] = stem
                    row[base + Column.suffix1] = affix(text, range, 1, suffix: true)
                    row[base + Column.suffix2] = affix(text, range, 2, suffix: true)
                    row[base + Column.suffix3] = affix(text, range, 3, suffix: true)
                    row[base + Column.suffix4] = affix(text, range, 4, suffix: true)
                    row[base + Column.prefix2] = affix(text, range, 2, suffix: false)
                    row[base + Column.prefix3] = affix(text, range, 3, suffix: false)
                    let (shape, capitalisation) = Self.shape(text, range)
                    row[base + Column.shape] = shape
                    row[base + Column.capitalisation] = capitalisation
                    let bucket: UInt64 = length <= 3 ? UInt64(length) : length <= 5 ? 4 : length <= 8 ? 5 : 6
                    row[base + Column.length] = bucket &+ 0x51
                    if hasMorph {
                        let m = input.morphology[i]
                        row[base + Column.lemma] = m.lemma
                        row[base + Column.pos] = m.pos
                        row[base + Column.grammaticalCase] = m.grammaticalCase
                        row[base + Column.nameKind] = m.nameKind
                        let (lemmaFine, lemmaCoarse) = lemmaClusters.atoms(key: m.lemmaKey)
                        row[base + Column.lemmaCluster] = lemmaFine
                        row[base + Column.lemmaCoarseCluster] = lemmaCoarse
                    }
                    if let hints = input.hints {
                        row[base + Column.documentHint] = hints.documentTypes[i]
                    }
                }
                // Sentence-level attributes: position, quotation, gazetteer.
                let lemmaStems = input.lemmaStems
                stems.withUnsafeBufferPointer { stemBuffer in
                    for s in 0..<input.sentenceCount {
                        let sentence = input.sentence(s)
                        var inside = false
                        var i = sentence.lowerBound
                        while i < sentence.upperBound {
                            let base = i * width
                            row[base + Column.position] = i == sentence.lowerBound ? 0x71 : 0x72
                            let first = text[Int(input.starts[i])]
                            let single = input.ends[i] - input.starts[i] == 1
                            var quote: UInt64 = inside ? 0x62 : 0x61
                            if single && (first == 0xAB || first == 0x201C || first == 0x201E) {
                                inside = true
                                quote = 0x63
                            } else if single && (first == 0xBB || first == 0x201D) {
                                inside = false
                                quote = 0x64
                            } else if single && first == 0x22 {
                                inside.toggle()
                                quote = inside ? 0x63 : 0x64
                            }
                            row[base + Column.quoted] = quote
                            i += 1
                        }
                        i = sentence.lowerBound
                        while i < sentence.upperBound {
                            if let entry = gazetteer.longestMatch(stemBuffer, lemmaStems: lemmaStems, at: i, limit: sentence.upperBound) {
                                let b = ScalarText.hash("B-" + entry.type)
                                let inner = ScalarText.hash("I-" + entry.type)
                                for k in 0..<entry.stems.count {
                                    row[(i + k) * width + Column.gazetteer] = k == 0 ? b : inner
                                }
                                i += entry.stems.count
                            } else {
                                row[i * width + Column.gazetteer] = 0x81
                                i += 1
                            }
                        }
                    }
                }
            }
        }
        return atoms
    }

    /// Writes the key of every template for token `token` of `sentence` into `keys`
    /// (which must hold ``templateCount`` elements).
    ///
    /// - Complexity: O(parts of all templates).
    @inline(__always)
    func keys(
        atoms: UnsafeBufferPointer<UInt64>, sentence: Range<Int>, token: Int,
        into keys: UnsafeMutableBufferPointer<UInt64>
    ) {
        _ = allTemplates.withUnsafeBufferPointer { templates in
            self.keys(of: templates, atoms: atoms, sentence: sentence, token: token, into: keys)
        }
    }

    @inline(__always)
    private func affix(_ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, _ k: Int, suffix: Bool) -> UInt64 {
        let count = min(k, range.count)
        let r = suffix ? (range.upperBound - count)..<range.upperBound : range.lowerBound..<(range.lowerBound + count)
        return ScalarText.hash(text, r, salt: UInt32(suffix ? 10 + k : 20 + k))
    }

    /// Shape (classes with runs collapsed, at most 8) and coarse capitalisation class.
    @inline(__always)
    static func shape(_ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> (UInt64, UInt64) {
        var h = ScalarText.step(ScalarText.seed, 3)
        var last: UInt32 = 0
        var classes = 0
        var upper = 0
        var lower = 0
        var digits = 0
        var latin = false
        var firstUpper = false
        for i in range {
            let v = text[i]
            let c: UInt32
            if ScalarText.isDigit(v) {
                c = 1
                digits += 1
            } else if ScalarText.isUpper(v) {
                c = 2
                upper += 1
                if i == range.lowerBound { firstUpper = true }
                if v < 0x250 { latin = true }
            } else if ScalarText.isLetter(v) {
                c = 3
                lower += 1
                if v < 0x250 { latin = true }
            } else {
                c = ScalarText.fold(v) &+ 16
            }
            if c != last && classes < 8 {
                h = ScalarText.step(h, c)
                classes += 1
            }
            last = c
        }
        let letters = upper + lower
        let category: UInt64
        if letters == 0 {
            category = digits > 0 ? 1 : 2
        } else if digits > 0 {
            category = 3
        } else if upper == letters {
            category = letters == 1 ? 4 : 5
        } else if firstUpper && upper == 1 {
            category = 6
        } else if upper == 0 {
            category = 7
        } else {
            category = 8
        }
        return (ScalarText.finish(h), category &* 2 &+ (latin ? 1 : 0) &+ 0x91)
    }
}
