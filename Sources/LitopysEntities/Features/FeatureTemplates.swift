/// A named feature template: the attributes of tokens at given offsets from the current
/// token, combined into one feature.
///
/// `FeatureTemplate(name: "w-1|w0", parts: [.init(.lower, -1), .init(.lower, 0)])` fires
/// one feature per token, "previous word and this word". Templates are stored in the model
/// file, so a model trained with other templates is refused.
struct FeatureTemplate: Sendable, Hashable, Codable {
    /// One attribute of the token at an offset from the current one.
    struct Part: Sendable, Hashable, Codable {
        /// Which attribute.
        var attribute: TokenAttribute
        /// Offset from the current token: -2 … +2.
        var offset: Int

        init(_ attribute: TokenAttribute, _ offset: Int) {
            self.attribute = attribute
            self.offset = offset
        }
    }

    /// A readable, unique name; also salts the feature hash.
    var name: String
    /// The attributes combined, in order.
    var parts: [Part]
}

extension FeatureTemplate {
    /// The feature templates of the NER tagger, all in one place.
    ///
    /// Naming: `w` lower-cased word, `st` stem, `sh` shape, `cap` capitalisation, `len`
    /// length, `sufN`/`preN` affixes, `gaz` gazetteer tag, `q` quotation, `pos0` sentence
    /// start, `lem`/`pos`/`case`/`nk` morphology; the number is the offset.
    static let standard: [FeatureTemplate] = [
        t("bias"),
        // The word and its neighbours.
        t("w0", (.lower, 0)),
        t("w-1", (.lower, -1)),
        t("w+1", (.lower, 1)),
        t("w-2", (.lower, -2)),
        t("w+2", (.lower, 2)),
        t("w-1|w0", (.lower, -1), (.lower, 0)),
        t("w0|w+1", (.lower, 0), (.lower, 1)),
        t("st0", (.stem, 0)),
        t("st-1", (.stem, -1)),
        t("st+1", (.stem, 1)),
        t("st-1|st0", (.stem, -1), (.stem, 0)),
        t("st0|st+1", (.stem, 0), (.stem, 1)),
        // Affixes: inflection and derivation carry the type (-ський, -енко, -ство).
        t("suf1", (.suffix1, 0)),
        t("suf2", (.suffix2, 0)),
        t("suf3", (.suffix3, 0)),
        t("suf4", (.suffix4, 0)),
        t("pre2", (.prefix2, 0)),
        t("pre3", (.prefix3, 0)),
        t("suf3-1", (.suffix3, -1)),
        t("suf3+1", (.suffix3, 1)),
        t("suf2-1|suf2", (.suffix2, -1), (.suffix2, 0)),
        // Shape and capitalisation.
        t("sh0", (.shape, 0)),
        t("sh-1", (.shape, -1)),
        t("sh+1", (.shape, 1)),
        t("cap0|len0", (.capitalisation, 0), (.length, 0)),
        t("cap-1|cap0", (.capitalisation, -1), (.capitalisation, 0)),
        t("cap0|cap+1", (.capitalisation, 0), (.capitalisation, 1)),
        t("cap-1|cap0|cap+1", (.capitalisation, -1), (.capitalisation, 0), (.capitalisation, 1)),
        t("pos0|cap0", (.position, 0), (.capitalisation, 0)),
        t("w-1|cap0", (.lower, -1), (.capitalisation, 0)),
        t("cap0|w+1", (.capitalisation, 0), (.lower, 1)),
        t("w-2|cap-1|cap0", (.lower, -2), (.capitalisation, -1), (.capitalisation, 0)),
        t("st-1|sh0", (.stem, -1), (.shape, 0)),
        // Quotation marks: names of companies, media and works.
        t("q0", (.quoted, 0)),
        t("q0|cap0", (.quoted, 0), (.capitalisation, 0)),
        t("q-1|q0|q+1", (.quoted, -1), (.quoted, 0), (.quoted, 1)),
        // Gazetteers.
        t("gaz0", (.gazetteer, 0)),
        t("gaz-1", (.gazetteer, -1)),
        t("gaz+1", (.gazetteer, 1)),
        t("gaz0|cap0", (.gazetteer, 0), (.capitalisation, 0)),
        // Morphology (constant when no morphology stage ran).
        t("lem0", (.lemma, 0)),
        t("lem-1", (.lemma, -1)),
        t("lem+1", (.lemma, 1)),
        t("pos0", (.pos, 0)),
        t("pos-1|pos0", (.pos, -1), (.pos, 0)),
        t("pos0|pos+1", (.pos, 0), (.pos, 1)),
        t("case0|cap0", (.grammaticalCase, 0), (.capitalisation, 0)),
        t("nk0", (.nameKind, 0)),
        t("nk-1|nk0", (.nameKind, -1), (.nameKind, 0)),
        t("nk0|nk+1", (.nameKind, 0), (.nameKind, 1)),
        t("lem-1|cap0", (.lemma, -1), (.capitalisation, 0)),
        t("w-1|case0", (.lower, -1), (.grammaticalCase, 0)),
        t("nk0|case0", (.nameKind, 0), (.grammaticalCase, 0)),
        t("w-2|w-1", (.lower, -2), (.lower, -1)),
        t("w+1|w+2", (.lower, 1), (.lower, 2)),
        t("lem-1|lem0", (.lemma, -1), (.lemma, 0)),
        t("cap-2|cap-1|cap0", (.capitalisation, -2), (.capitalisation, -1), (.capitalisation, 0)),
        t("cap0|cap+1|cap+2", (.capitalisation, 0), (.capitalisation, 1), (.capitalisation, 2)),
        t("gaz-1|gaz0", (.gazetteer, -1), (.gazetteer, 0)),
        t("suf4-1", (.suffix4, -1)),
        t("suf4+1", (.suffix4, 1)),
        t("nk-1|nk0|nk+1", (.nameKind, -1), (.nameKind, 0), (.nameKind, 1)),
        // Word classes learned from unlabelled text (see ``WordClusters``).
        t("cl0", (.cluster, 0)),
        t("cl-1", (.cluster, -1)),
        t("cl+1", (.cluster, 1)),
        t("cl0|cap0", (.cluster, 0), (.capitalisation, 0)),
        t("cc0", (.coarseCluster, 0)),
        t("cc-1|cc0", (.coarseCluster, -1), (.coarseCluster, 0)),
        t("cc0|cc+1", (.coarseCluster, 0), (.coarseCluster, 1)),
        // Classes of lemmas: every form of a word shares its lemma's class.
        t("lc0", (.lemmaCluster, 0)),
        t("lc-1", (.lemmaCluster, -1)),
        t("lc+1", (.lemmaCluster, 1)),
        t("lc0|cap0", (.lemmaCluster, 0), (.capitalisation, 0)),
        t("lcc0", (.lemmaCoarseCluster, 0)),
        t("lcc-1|lcc0", (.lemmaCoarseCluster, -1), (.lemmaCoarseCluster, 0)),
        t("lcc0|lcc+1", (.lemmaCoarseCluster, 0), (.lemmaCoarseCluster, 1)),
        // Where the first stage of a stacked model put the token's stem elsewhere in the
        // document (constant in the first stage).
        t("dh0", (.documentHint, 0)),
        t("dh0|cap0", (.documentHint, 0), (.capitalisation, 0)),
        t("dh-1|dh0", (.documentHint, -1), (.documentHint, 0)),
        t("dh0|dh+1", (.documentHint, 0), (.documentHint, 1)),
    ]

    /// The templates of a stacked model's first stage: those that read one token and no
    /// document hint. Their weights are summed once per distinct token, so the first stage
    /// costs a fraction of a full tagging pass.
    static let firstStage: [FeatureTemplate] = standard.filter { template in
        Set(template.parts.map(\.offset)).count <= 1 && template.parts.allSatisfy { $0.attribute != .documentHint }
    }

    private static func t(_ name: String, _ parts: (TokenAttribute, Int)...) -> FeatureTemplate {
        FeatureTemplate(name: name, parts: parts.map { Part($0.0, $0.1) })
    }
}
