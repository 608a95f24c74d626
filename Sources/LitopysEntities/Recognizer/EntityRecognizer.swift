import Foundation
import LitopysMorph
import LitopysText

/// The named-entity stage: tags entity spans, puts names into their canonical form, and
/// groups mentions of one entity.
///
/// Requires: segmentation (``LitopysText/Segmenter``). Sets: ``EntityLayer``.
/// Uses the VESUM dictionary when it is installed (morphological features, nominative
/// names, gender); without it the recognizer still tags, with a model trained without
/// morphology, and names stay as written.
///
/// The bundled models are trained on NER-UK 2.0 (CC BY-NC-SA 4.0).
///
/// ```swift
/// var document = Document(text: "У Брюсселі генсек НАТО Єнс Столтенберг зустрівся з …")
/// Segmenter().segment(&document)
/// let recognizer = try EntityRecognizer()
/// recognizer.recognize(&document)
/// for entity in document[layer: EntityLayer.self].entities { print(entity.id, entity.name) }
/// ```
public struct EntityRecognizer: Sendable {
    /// The tagging model.
    public let model: NERModel
    /// The analyzer, or nil without a dictionary.
    let analyzer: MorphAnalyzer?
    let morphology: MorphologyFeatures?
    /// The tagger's gazetteer with the listed names (``Gazetteer/addingListedNames()``), for
    /// the span rules and the normaliser.
    let knownNames: Gazetteer
    let normalizer: NameNormalizer
    let resolver: CoreferenceResolver

    /// A recognizer with the bundled model: `ner.model` when the VESUM dictionary is
    /// installed, else `ner-plain.model` (trained without morphology).
    ///
    /// - Throws: ``EntitiesError`` when the model file is missing, truncated or of another
    ///   version; the message says to retrain with `litopys train ner`.
    public init() throws {
        let morphology = MorphologyFeatures.shared
        let model = try morphology == nil ? NERModel.bundledPlain() : NERModel.cachedBundled()
        self.init(model: model, analyzer: morphology?.analyzer)
    }

    /// A recognizer over a given model and analyzer (nil: no morphology).
    public init(model: NERModel, analyzer: MorphAnalyzer?) {
        self.model = model
        self.analyzer = analyzer
        self.morphology = analyzer.map { MorphologyFeatures(analyzer: $0) }
        self.knownNames = model.extractor.gazetteer.addingListedNames()
        self.normalizer = NameNormalizer(analyzer: analyzer, gazetteer: knownNames)
        self.resolver = CoreferenceResolver(aliases: .shared, titles: .titles, analyzer: analyzer)
    }

    /// Finds the entities of a segmented document and stores them in its ``EntityLayer``.
    ///
    /// - Complexity: O(tokens) for tagging; O(mentions²) for grouping.
    public func recognize(_ document: inout Document) {
        let input = taggingInput(document)
        var labels = model.tag(input)
        SpanRepair.apply(&labels, input: input, gazetteer: knownNames)
        document[layer: EntityLayer.self] = layer(document, input: input, labels: labels)
    }

    /// The tagger's input for a document, with morphology when the model uses it.
    func taggingInput(_ document: Document) -> TaggingInput {
        var input = TaggingInput(document: document)
        input.truecaseShoutedSentences(analyzer: analyzer, gazetteer: model.extractor.gazetteer)
        if model.usesMorphology, let morphology { input.morphology = morphology.atoms(for: input) }
        return input
    }

    /// Builds the entity layer from the tagger's labels.
    func layer(_ document: Document, input: TaggingInput, labels: ContiguousArray<UInt8>) -> EntityLayer {
        var drafts: [CoreferenceResolver.Draft] = []
        for (range, type) in BIOLabels.spans(labels) {
            var tokens = range
            // Close a quotation the tagger left open: `НАК «Нафтогаз України` + `»`.
            let words = tokens.map { document.tokenText($0) }
            let opens = words.filter { $0 == "«" }.count
            let closes = words.filter { $0 == "»" }.count
            if opens > closes, tokens.upperBound < document.tokenCount, document.tokenText(tokens.upperBound) == "»",
                document.sentenceIndex(ofToken: tokens.upperBound) == document.sentenceIndex(ofToken: tokens.lowerBound)
            {
                tokens = tokens.lowerBound..<(tokens.upperBound + 1)
            }
            // `Волинській та Львівській областях`: one mention per region.
            if type == .location || type == .organization, let analyzer,
                let parts = CoordinatedNames(analyzer: analyzer).split(words: words, first: tokens.lowerBound)
            {
                for part in parts {
                    var d = draft(document, input: input, tokens: part.tokens, type: type)
                    d.fixedNormalForm = part.normalForm
                    drafts.append(d)
                }
                continue
            }
            drafts.append(draft(document, input: input, tokens: tokens, type: type))
        }
        // Organisations and places named inside a title (`Речник Повітряних сил`): NER-UK tags
        // the whole title, and the name inside is an entity of its own. Appended after the
        // text-order drafts, so that rules reading neighbours see only the tagger's spans.
        let flat = drafts.count
        for j in 0..<flat where drafts[j].type == .job || isPrize(drafts[j]) {
            for inner in namesInside(drafts[j], document: document, input: input) { drafts.append(inner) }
        }
        // The place of a regional office (`Головне управління ДСНС у Закарпатській області`).
        for j in 0..<flat where drafts[j].type == .organization {
            if let place = placeInside(drafts[j], document: document, input: input) { drafts.append(place) }
        }
        // The dates of a period (`2012` and `2014` in `2012-2014 років`), and the issuing body
        // and date of a document (`рішення ради від 28 травня 2015 року`).
        for j in 0..<flat {
            for inner in NestedSpans.inside(drafts[j].tokens, type: drafts[j].type, input: input) {
                var d = draft(document, input: input, tokens: inner.part.tokens, type: inner.type)
                if d.start != inner.part.start || d.end != inner.part.end {
                    // One side of `квітні-листопаді`: part of a token.
                    d.start = inner.part.start
                    d.end = inner.part.end
                    d.text = document.text(from: inner.part.start, to: inner.part.end)
                    d.words = [d.text]
                    d.spaces = [false]
                    d.fixedNormalForm = d.text
                }
                drafts.append(d)
            }
        }
        // Genders and normal forms.
        if let analyzer {
            let cues = GenderCues(analyzer: analyzer)
            for i in drafts.indices where drafts[i].type == .person {
                let end = drafts[i].tokens.upperBound
                let sentenceEnd = document.sentence(document.sentenceIndex(ofToken: drafts[i].tokens.lowerBound)).tokens.upperBound
                let following = (end..<max(end, min(end + 8, sentenceEnd))).map { document.tokenText($0) }
                // Not the title of the full name after a one-word person: `Адвокатка Ковальчука
                // Ірина Савченко` says nothing of Ковальчук's gender.
                let possessor = drafts[i].tokens.count == 1 && i + 1 < drafts.count && drafts[i + 1].type == .person
                    && drafts[i + 1].tokens.lowerBound == end && drafts[i + 1].tokens.count >= 2
                // The title right before, or across the organisations and places of its
                // complement (`Головний тренер «Шахтаря» Марино Пушич`).
                var k = i - 1
                var reach = drafts[i].tokens.lowerBound
                while k >= 0, drafts[k].type == .organization || drafts[k].type == .location,
                    reach - drafts[k].tokens.upperBound <= 1, drafts[i].tokens.lowerBound - drafts[k].tokens.lowerBound <= 10
                {
                    reach = drafts[k].tokens.lowerBound
                    k -= 1
                }
                let adjacent = k >= 0 && (k == i - 1 ? drafts[k].tokens.upperBound == reach : reach - drafts[k].tokens.upperBound <= 1)
                let title = k >= 0 && !possessor && drafts[k].type == .job && adjacent ? drafts[k].words : []
                let start = drafts[i].tokens.lowerBound
                let before = start > 0 && document.tokenKinds[start - 1] == .word ? document.tokenText(start - 1) : nil
                drafts[i].gender = cues.gender(words: drafts[i].words, following: following, title: title, before: before)
            }
        }
        for i in drafts.indices {
            if let fixed = drafts[i].fixedNormalForm {
                drafts[i].normalForm = fixed
                continue
            }
            var words = drafts[i].words
            var spaces = drafts[i].spaces
            // `74-му Берлінському міжнародному кінофестивалі`: the edition's number is no part
            // of the name of the festival (and the same festival of another year is one entity).
            if drafts[i].type == .organization || drafts[i].type == .miscellaneous, words.count >= 2, Self.isOrdinal(words[0]) {
                words.removeFirst()
                spaces.removeFirst()
                spaces[0] = false
            }
            // A quoted name after the word for what the body is stays as written when it can be
            // a nominative (`фонду «Таблеточки»`, not `Таблеточка`): a name alone declines
            // (`«Укрзалізниці»`), and so, by some writers, does one after the word (`з «Тепловими системами»`).
            let t = drafts[i].tokens
            if drafts[i].type == .organization, t.lowerBound >= 2, t.upperBound < document.tokenCount,
                CoreferenceResolver.openingQuotes.contains(document.tokenText(t.lowerBound - 1)),
                CoreferenceResolver.closingQuotes.contains(document.tokenText(t.upperBound)),
                Self.isBodyWord(document.tokenText(t.lowerBound - 2)), let analyzer, let last = words.last,
                case let readings = analyzer.readings(last), readings.isEmpty || readings.contains(where: { $0.grammemeCase == Grammeme.nominative })
            {
                drafts[i].normalForm = NameNormalizer.join(words, spaces)
                continue
            }
            drafts[i].normalForm = normalizer.normalForm(words: words, spaces: spaces, type: drafts[i].type, gender: drafts[i].gender)
            if drafts[i].type == .job { drafts[i].normalForm = titleCase(drafts[i].normalForm, of: drafts[i], in: document) }
        }
        let tokenCount = document.tokenCount
        let groups = resolver.resolve(
            &drafts,
            separators: { from, to in
                guard from < to else { return "" }
                return (from..<to).map { document.tokenText($0) }.joined()
            },
            tokenText: { $0 < tokenCount ? input.nameSpelling(ofToken: $0, written: document.tokenText($0)) : "" },
            spaceBefore: { $0 > 0 && $0 < tokenCount && document.tokenEnds[$0 - 1] < document.tokenStarts[$0] },
            sentenceOf: { $0 < tokenCount ? document.sentenceIndex(ofToken: $0) : -1 })
        // Mentions in text order (a name inside a title after the title), entities in order
        // of first mention.
        let textOrder = drafts.indices.sorted { (drafts[$0].start, -drafts[$0].end, $0) < (drafts[$1].start, -drafts[$1].end, $1) }
        var position = [Int](repeating: 0, count: drafts.count)
        for (k, d) in textOrder.enumerated() { position[d] = k }
        let first = groups.map { $0.members.map { position[$0] }.min() ?? 0 }
        let order = groups.indices.sorted { first[$0] < first[$1] }
        var entityIndex = [Int](repeating: 0, count: groups.count)
        for (k, g) in order.enumerated() { entityIndex[g] = k }
        var layer = EntityLayer()
        layer.mentions = textOrder.map { i in
            let d = drafts[i]
            return Mention(
                tokens: d.tokens, start: d.start, end: d.end, type: d.type, text: d.text, normalForm: d.normalForm,
                entity: entityIndex[d.entity])
        }
        for (k, g) in order.enumerated() {
            let group = groups[g]
            let gender = group.gender ?? group.members.lazy.compactMap { drafts[$0].gender }.first
            let name = group.name ?? canonicalName(group, drafts: drafts, gender: gender)
            var roles: [String] = []
            for r in group.roles {
                var role = titleCase(
                    normalizer.normalForm(words: drafts[r].words, spaces: drafts[r].spaces, type: .job, gender: gender), of: drafts[r],
                    in: document)
                if !drafts[r].roleTail.isEmpty {
                    role += " " + NameNormalizer.join(drafts[r].roleTail, [false] + drafts[r].roleTailSpaces.dropFirst())
                }
                if !roles.contains(role) { roles.append(role) }
            }
            layer.entities.append(
                Entity(
                    id: "e\(k + 1)", type: group.type, name: name, mentions: group.members.map { position[$0] }.sorted(),
                    roles: roles,
                    gender: group.type == .person ? gender : nil))
        }
        return layer
    }

    /// A title's form in lower case when only its place at the start of a sentence
    /// capitalised it (`Міський голова Львова заявив` → `міський голова Львова`);
    /// `Президент` keeps the capital of the head of state, and a word in capitals stays.
    func titleCase(_ form: String, of title: CoreferenceResolver.Draft, in document: Document) -> String {
        guard let word = title.words.first, word != "Президент", word.first?.isUppercase == true,
            word.dropFirst().allSatisfy({ !$0.isUppercase }),
            document.sentence(document.sentenceIndex(ofToken: title.tokens.lowerBound)).tokens.lowerBound == title.tokens.lowerBound
        else { return form }
        return form.prefix(1).lowercased() + form.dropFirst()
    }

    /// The name of a group: for a person, the longest name mention in the nominative of
    /// the person's gender (one already written so, where there is one); otherwise the most
    /// frequent normal form of the group's type.
    func canonicalName(_ group: CoreferenceResolver.Group, drafts: [CoreferenceResolver.Draft], gender: Entity.Gender?) -> String {
        let own = group.members.filter { drafts[$0].type == group.type }
        let members = own.isEmpty ? group.members : own
        if group.type == .person {
            // Among the longest mentions, one written in the nominative already is the surest
            // (`Володимир Вакарев` beside `Володимира Вакарева`, whose surname the dictionary
            // does not know); else the first.
            guard let longest = members.map({ drafts[$0].stems.count }).max() else { return "" }
            let forms = members.filter { drafts[$0].stems.count == longest }.map { m in
                (normalizer.normalForm(words: drafts[m].words, spaces: drafts[m].spaces, type: .person, gender: gender),
                 NameNormalizer.join(drafts[m].words, drafts[m].spaces))
            }
            return (forms.first { $0.0 == $0.1 } ?? forms[0]).0
        }
        var counts: [String: Int] = [:]
        for m in members { counts[drafts[m].normalForm, default: 0] += 1 }
        let first = members.map { drafts[$0].normalForm }
        return first.max { (counts[$0] ?? 0, -(first.firstIndex(of: $0) ?? 0)) < (counts[$1] ?? 0, -(first.firstIndex(of: $1) ?? 0)) }
            ?? ""
    }

    /// The organisation or place named inside a title: from its first capitalised word after
    /// the title's first word to the end (`Повітряних сил` in `Речник Повітряних сил`), or the
    /// abbreviation alone that begins it (`ЄС` in `спецпредставник ЄС з питань санкцій`); and a
    /// unit named by a common noun with its complement and the adjectives before it
    /// (`департаменту житлового господарства` in `директор департаменту житлового
    /// господарства`, `бюджетного комітету парламенту`). A known place there
    /// (`Польщі` in `Президент Польщі`) is a place the article names, so that it is listed
    /// whether or not the tagger took it into the title; the event rules still never read it
    /// as where something happened.
    func namesInside(_ title: CoreferenceResolver.Draft, document: Document, input: TaggingInput) -> [CoreferenceResolver.Draft] {
        var found: [CoreferenceResolver.Draft] = []
        // Words as the title's draft spells them (ordinary case in a sentence in capitals).
        func spelt(_ t: Int) -> String { title.words[t - title.tokens.lowerBound] }
        // A unit named by a common noun with its complement: `директор департаменту житлового
        // господарства` works in `департамент житлового господарства`.
        if let analyzer, title.tokens.count >= 3,
            let unit = (title.tokens.lowerBound + 1..<title.tokens.upperBound - 1).first(where: { t in
                spelt(t).first?.isLowercase == true
                    && analyzer.readings(document.tokenText(t)).contains { $0.partOfSpeech == "NOUN" && Self.unitNouns.contains($0.lemma) }
            }),
            // A complement: a genitive (`житлового господарства`) or a preposition (`з питань`);
            // not the subject after a title the tagger ran on (`директорки департаменту міський голова`).
            analyzer.readings(document.tokenText(unit + 1)).contains(where: { $0.grammemeCase == Grammeme.genitive || $0.partOfSpeech == "PREP" })
        {
            // With the adjectives before the unit noun: `бюджетного комітету парламенту`.
            var start = unit
            while start - 1 > title.tokens.lowerBound, spelt(start - 1).first?.isLowercase == true,
                analyzer.readings(document.tokenText(start - 1)).contains(where: { $0.partOfSpeech == "ADJF" })
            {
                start -= 1
            }
            found.append(draft(document, input: input, tokens: start..<title.tokens.upperBound, type: .organization))
        }
        let start = (title.tokens.lowerBound + 1..<title.tokens.upperBound).first { t in
            spelt(t).first.map { $0.isUppercase && $0.isLetter } == true
        }
        // A title of coordinated capitalised words names nothing inside it (`Надзвичайним і
        // Повноважним Послом`); `Президент України` names a country.
        let conjunctions: Set<String> = ["і", "та", "й"]
        let capitalised = title.words.contains(where: conjunctions.contains)
            && title.words.allSatisfy { $0.first?.isUppercase == true || conjunctions.contains($0) }
        guard let start, !capitalised else { return found }
        var tokens = start..<title.tokens.upperBound
        var words = tokens.map(spelt)
        // An abbreviation is a whole name; what follows it is the title's remit
        // (`спецпредставник ЄС з питань санкцій` names `ЄС`).
        if words.count > 1, words[0].filter(\.isLetter).count > 1, words[0].allSatisfy({ !$0.isLetter || $0.isUppercase }),
            words[1].first?.isLowercase == true
        {
            tokens = start..<(start + 1)
            words = [words[0]]
        }
        // A known body followed by the title's remit (`Уповноваженого Верховної Ради` + `з прав
        // людини`): the body ends before the preposition.
        if let analyzer, let cut = words.indices.first(where: { $0 > 0 && ["з", "із", "зі", "у", "в", "щодо", "для"].contains(words[$0]) }),
            normalizer.knownEntry(Array(words[..<cut]), analyzer: analyzer)?.type == "ORG"
        {
            tokens = tokens.lowerBound..<(tokens.lowerBound + cut)
            words = Array(words[..<cut])
        }
        let known = analyzer.flatMap { normalizer.knownEntry(words, analyzer: $0) }
        return found + [draft(document, input: input, tokens: tokens, type: known?.type == "LOC" ? .location : .organization)]
    }

    /// The place an organisation's name ends with after `у`/`в`: `Закарпатській області` in
    /// `Головне управління ДСНС у Закарпатській області`. NER-UK tags the office whole; the
    /// place is one the article names, listed as places inside titles are. Only a region,
    /// district or community (a capitalised word and `область`, `район`, `громада`) or a place
    /// the gazetteer knows.
    func placeInside(_ organisation: CoreferenceResolver.Draft, document: Document, input: TaggingInput) -> CoreferenceResolver.Draft? {
        let tokens = organisation.tokens
        guard tokens.count >= 4, let analyzer else { return nil }
        func spelt(_ t: Int) -> String { organisation.words[t - tokens.lowerBound] }
        guard let at = (tokens.lowerBound + 2..<tokens.upperBound - 1).last(where: { ["у", "в"].contains(spelt($0)) }) else { return nil }
        let place = (at + 1)..<tokens.upperBound
        let words = place.map(spelt)
        guard words.count <= 3, words[0].first?.isUppercase == true, words.allSatisfy({ $0.first?.isLetter == true }) else { return nil }
        let kind = analyzer.readings(words[words.count - 1].lowercased()).contains { Self.placeKindLemmas.contains($0.lemma) }
        guard (words.count >= 2 && kind) || normalizer.knownEntry(words, analyzer: analyzer)?.type == "LOC" else { return nil }
        return draft(document, input: input, tokens: place, type: .location)
    }

    /// Whether `draft` names an award after the body that gives it (`Премії Європейського
    /// Союзу з літератури`): the body is an organisation the article names, as one inside a
    /// title is.
    func isPrize(_ draft: CoreferenceResolver.Draft) -> Bool {
        guard draft.type == .miscellaneous, draft.words.count >= 2, let analyzer, let first = draft.words.first,
            first.first?.isUppercase == true
        else { return false }
        return analyzer.readings(first.lowercased()).contains { Self.prizeLemmas.contains($0.lemma) }
    }

    /// Lemmas of the words for an award (`Премія`, `Нагорода`, `Відзнака`).
    static let prizeLemmas: Set<String> = ["премія", "нагорода", "відзнака"]

    /// Lemmas of the kinds of place a regional office names (`області`, `районі`).
    static let placeKindLemmas: Set<String> = ["область", "район", "громада"]

    /// Whether `word` names what kind of body a quoted name after it is: a legal form (`ТОВ`)
    /// or a word such as `фонду`, `компанії`, `партії` (by stem).
    static func isBodyWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        return CoreferenceResolver.legalFormWords.contains(lower) || bodyWordStems.contains { lower.hasPrefix($0) }
    }

    /// Stems of the words for kinds of body that a quoted name follows.
    static let bodyWordStems = [
        "фонд", "компані", "організаці", "товариств", "агенці", "агентств", "банк", "клуб", "корпораці", "концерн", "холдинг",
        "об'єднан", "асоціаці", "спілк", "парті", "видавництв", "підприємств", "фірм",
    ]

    /// Nouns that name a unit of an organisation (lemmas), for ``namesInside(_:document:input:)``.
    static let unitNouns: Set<String> = [
        "департамент", "управління", "відділ", "відділення", "служба", "міністерство", "агентство", "інспекція", "комітет",
        "комісія", "фонд", "центр", "інститут", "університет", "лікарня", "школа", "ліцей", "гімназія", "театр", "музей",
        "бібліотека", "дирекція", "сектор", "штаб", "прокуратура", "палата",
    ]

    /// Whether `word` is a number with an ordinal ending (`74-му`, `5-й`, `XX-го`).
    static func isOrdinal(_ word: String) -> Bool {
        guard let dash = word.firstIndex(of: "-"), dash > word.startIndex else { return false }
        let number = word[..<dash]
        let ending = word[word.index(after: dash)...]
        let isNumber = number.allSatisfy(\.isNumber) || number.allSatisfy { "IVXLC".contains($0) }
        return isNumber && ["й", "го", "му", "ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "те"].contains(String(ending))
    }

    /// A mention draft over `tokens`; its words are spelt as in `input`, so that a name in a
    /// sentence written all in capitals gets ordinary case (`ДЖО БАЙДЕНОМ` → `Джо Байден`),
    /// while its text stays as written.
    func draft(_ document: Document, input: TaggingInput, tokens: Range<Int>, type: EntityType) -> CoreferenceResolver.Draft {
        let start = Int(document.tokenStarts[tokens.lowerBound])
        let end = Int(document.tokenEnds[tokens.upperBound - 1])
        let words = tokens.map { input.nameSpelling(ofToken: $0, written: document.tokenText($0)) }
        let spaces = tokens.map { t in t > tokens.lowerBound && document.tokenEnds[t - 1] < document.tokenStarts[t] }
        // The particles of a foreign name are no part of its identity: `Фон дер Ляєн` opening a
        // sentence is `Урсула фон дер Ляєн`.
        let stems = words.filter { word in
            word.first?.isLetter == true && word.first?.isUppercase == true
                && !(word.utf8.count <= 10 && SpanRepair.nameParticleWords.contains(word.lowercased()))
        }.map { Stemmer.stem($0) }
        return CoreferenceResolver.Draft(
            tokens: tokens, start: start, end: end, type: type, text: document.text(from: start, to: end), words: words,
            spaces: spaces, normalForm: NameNormalizer.join(words, spaces), stems: stems, gender: nil, roleOf: nil)
    }
}

extension AliasTable {
    /// The bundled title forms (`Resources/titles.txt`).
    static let titles: AliasTable = {
        guard let url = ResourceFiles.url("titles.txt"), let text = try? String(contentsOf: url, encoding: .utf8) else {
            return AliasTable()
        }
        return AliasTable(source: text)
    }()
}

extension NERModel {
    /// The bundled model trained without morphology (`Resources/ner-plain.model`).
    public static func bundledPlain() throws -> NERModel {
        guard let url = ResourceFiles.url("ner-plain.model") else {
            throw EntitiesError(code: .modelMissing, message: "The LitopysEntities resource bundle is missing. Retrain with `litopys train ner`.")
        }
        return try NERModel(contentsOf: url)
    }

    /// ``bundled()``, loaded once per process.
    static func cachedBundled() throws -> NERModel {
        try shared.get()
    }
}
