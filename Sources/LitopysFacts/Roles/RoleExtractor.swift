import LitopysEntities
import LitopysMorph
import LitopysText

/// Finds the titles that an article gives people, beside the ones the entity stage attached.
///
/// - Apposition: a title right before a name — `начальник Київської міської військової
///   адміністрації Сергій Попко`, `з президентом Франції Емманюелем Макроном`,
///   `Міський голова Києва Віталій Кличко` — from its head word (``RoleVocabulary``) with the
///   adjectives before it to the name.
/// - Copula, also in a relative clause: `Олег Кіпер, який є начальником Одеської ОВА`,
///   `Андрій Садовий є міським головою Львова`; also a verb of serving in the past with the
///   title in the instrumental: `Ткачук працювала заступницею міністра`.
/// - A post after the name: `звільнив Андрія Гнатюка з посади голови Житомирської ОВА`.
///
/// Titles are put into the nominative with the morphology (`президентом Франції` →
/// `президент Франції`); without a dictionary they stay as written.
public struct RoleExtractor: Sendable {
    /// Puts titles into the nominative; nil keeps them as written. The default is nil.
    public var analyzer: MorphAnalyzer?

    /// Makes an extractor.
    public init(analyzer: MorphAnalyzer? = nil) {
        self.analyzer = analyzer
    }

    /// Roles by entity id, in text order.
    func extract(_ context: FactContext) -> [String: [String]] {
        var roles: [String: [String]] = [:]
        func add(_ range: Range<Int>, to entity: FactEntity) {
            guard !range.isEmpty else { return }
            var words = range.map { context.text($0..<$0 + 1) }
            if range.count >= 2 && words.allSatisfy(Self.isCapitals) { words = ordinaryCase(words, range, context) }
            // Only its place at the start of a sentence capitalised the title (`Міському голові
            // Києва вручили`); `Президент` keeps the capital of the head of state.
            if range.lowerBound == context.tokens(ofSentence: context.document.sentenceIndex(ofToken: range.lowerBound)).lowerBound,
                let first = words.first, first != "Президент", first.first?.isUppercase == true,
                first.dropFirst().allSatisfy({ !$0.isUppercase })
            {
                words[0] = first.prefix(1).lowercased() + first.dropFirst()
            }
            if let analyzer, !ActingTitle.begins(words) { words = analyzer.nominative(of: words, gender: entity.gender, animate: true) }
            var role = ""
            for (k, i) in range.enumerated() {
                if k > 0 && context.start(i) > context.end(i - 1) { role += " " }
                role += words[k]
            }
            if !(roles[entity.id, default: []].contains { $0.lowercased() == role.lowercased() }) {
                roles[entity.id, default: []].append(role)
            }
        }
        for entity in context.entities where entity.type == "PERS" {
            for mention in entity.mentions {
                // `Промоутер Усика Олександр Красюк`: the title is the full name's, and the
                // one-word name between says whose promoter he is.
                let next = mention.upperBound < context.entityOfToken.count ? context.entity(at: mention.upperBound) : nil
                let possessor = mention.count == 1 && next?.type == "PERS" && next?.id != entity.id
                    && next?.mentions.contains { $0.lowerBound == mention.upperBound && $0.count >= 2 } == true
                if !possessor, let title = apposition(before: mention.lowerBound, fullName: mention.count >= 2, context) { add(title, to: entity) }
                if let title = copula(after: mention.upperBound, context) { add(title, to: entity) }
                if let title = invertedCopula(before: mention.lowerBound, context) { add(title, to: entity) }
                if let title = post(after: mention.upperBound, context) { add(title, to: entity) }
                if let title = appointedAs(mention, context) { add(title, to: entity) }
                if let role = delegationRole(of: mention, gender: entity.gender, context),
                    !(roles[entity.id, default: []].contains { $0.lowercased() == role.lowercased() })
                {
                    roles[entity.id, default: []].append(role)
                }
            }
        }
        // `До цього вона була проректоркою з наукової роботи`: a pronoun's title is the
        // person's it stands for.
        for t in 0..<max(0, context.tokenCount - 1) {
            guard let gender = QuoteVocabulary.pronouns[context.words[t]], Self.servingVerbs.contains(context.words[t + 1]),
                let title = copula(after: t + 1, context), title.lowerBound == t + 2,
                let id = QuoteExtractor().nearestPerson(before: t, gender: gender, context),
                let entity = context.entities.first(where: { $0.id == id })
            else { continue }
            add(title, to: entity)
        }
        return roles
    }

    /// Quotation marks, which may stand inside a title.
    static let quotationMarks: Set<String> = ["«", "»", "“", "”", "„", "\""]

    /// Whether `word` has no lower-case letter (`ПРЕЗИДЕНТ`, `,`).
    static func isCapitals(_ word: String) -> Bool {
        !word.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// A title taken from a sentence written all in capitals, in ordinary case: the words of
    /// a named entity with a capital initial, abbreviations as written, other words lower
    /// case (`ПРЕЗИДЕНТ УКРАЇНИ` → `президент України`).
    func ordinaryCase(_ words: [String], _ range: Range<Int>, _ context: FactContext) -> [String] {
        zip(words, range).map { word, i in
            guard word.count >= 2 else { return word.lowercased() }
            if analyzer?.analyze(word).contains(where: \.isAbbreviation) == true { return word }
            let lower = word.lowercased()
            let named = context.entity(at: i).map { $0.type != "JOB" } ?? false
            return named ? lower.prefix(1).uppercased() + lower.dropFirst() : lower
        }
    }

    /// Whom a person heads or represents, when the sentence says so: `Російську делегацію очолює …`
    /// → `голова російської делегації`; `Росію на переговорах представляв …` → `представник Росії`.
    func delegationRole(of mention: Range<Int>, gender: String?, _ context: FactContext) -> String? {
        let range = context.document.sentence(context.document.sentenceIndex(ofToken: mention.lowerBound)).tokens
        let w = context.words
        let feminine = gender == "femn"
        // Both patterns stand within a few words of the name; a bounded window keeps a
        // sentence of thousands of tokens linear.
        for t in max(range.lowerBound, mention.lowerBound - 40)..<mention.lowerBound {
            // `<adjective> делегацію очолює`: the adjective names the country.
            // The person it speaks of is the first one after the verb, not one further on
            // (`делегацію очолив … Умєров, головував … Остін`).
            if w[t].begins(with: "делегаці"), t > range.lowerBound, t + 1 < mention.lowerBound,
                w[t + 1].begins(with: "очол"), let genitive = Self.feminineGenitive(w[t - 1]),
                !((t + 2)..<mention.lowerBound).contains(where: { k in
                    context.entityOfToken[k] >= 0 && context.entities[context.entityOfToken[k]].type == "PERS"
                })
            {
                return "голова \(genitive) делегації"
            }
            // `<country> (на переговорах) представляв X`.
            if w[t].begins(with: "представля"), t > range.lowerBound, mention.lowerBound - t <= 6 {
                var k = t - 1
                while k >= max(range.lowerBound, t - 4) {
                    if let entity = context.entity(at: k), entity.type == "LOC" || entity.type == "ORG" {
                        var name = context.text(k..<k + 1)
                        if let analyzer { name = analyzer.inflect(name, to: [Grammeme.genitive]) }
                        return "\(feminine ? "представниця" : "представник") \(name)"
                    }
                    k -= 1
                }
            }
        }
        return nil
    }

    /// `російську` → `російської`: a feminine adjective in the genitive, by its ending.
    static func feminineGenitive(_ adjective: String) -> String? {
        for ending in ["ську", "ська", "цьку", "цька", "зьку", "зька"] where adjective.hasSuffix(ending) && adjective.count > ending.count + 2 {
            return String(adjective.dropLast(ending.count)) + String(ending.prefix(2)) + "кої"
        }
        return nil
    }

    /// The title right before the name at token `name`.
    func apposition(before name: Int, fullName: Bool = false, _ context: FactContext) -> Range<Int>? {
        var head: Int?
        var i = name - 1
        var limit = max(0, name - 9)
        // Whether a word outside any entity lies between the name and the token looked at.
        var plainWordPassed = false
        // A one-word person right before a full name, after a title, is whose title it is
        // (`Промоутер Усика Олександр Красюк`).
        // `Генеральний директор Міжнародного агентства з атомної енергії (МАГАТЕ) Рафаель
        // Гроссі`: the abbreviation in brackets belongs to the title.
        if i > 2, context.words[i].isSpelled(")"),
            let open = (max(0, i - 4)..<i).last(where: { context.words[$0].isSpelled("(") }), open + 1 < i, open > 0,
            (open + 1..<i).allSatisfy({ context.document.tokenKinds[$0] == .word && context.entity(at: $0)?.type != "PERS" })
        {
            i = open - 1
            limit = max(0, limit - (name - open))
        }
        if fullName, i > 0, let owner = context.entity(at: i), owner.type == "PERS",
            owner.mentions.contains(where: { $0 == i..<name }), RoleVocabulary.isHead(context.words[i - 1])
                || (i > 1 && context.entityOfToken[i - 1] == -1 && RoleVocabulary.isHead(context.words[i - 2]))
        {
            i -= 1
            limit = max(0, limit - 1)
        }
        while i >= limit {
            // Quotation marks around a party's or a company's name belong to the title when
            // the name follows them (`лідерка партії «Союз порятунку Румунії» Єлена Ласконі`;
            // not `директором фірми «Полімерізол» записана Дар'я Козій`).
            let isQuote = Self.quotationMarks.contains(context.words[i])
            guard context.document.tokenKinds[i] == .word || (isQuote && !plainWordPassed),
                context.entityOfToken[i] == -1 || context.entities[context.entityOfToken[i]].type != "PERS"
            else { break }
            if !isQuote && context.entityOfToken[i] == -1 { plainWordPassed = true }
            if context.isVerb(i) && !RoleVocabulary.isHead(context.words[i]) { break }
            if RoleVocabulary.isHead(context.words[i]) { head = i }
            i -= 1
        }
        // An occupation right before the name: `поет Сергій Жадан`, `художниці Алевтині Кахідзе`.
        if head == nil, name > 0, context.document.tokenKinds[name - 1] == .word, context.entityOfToken[name - 1] == -1,
            RoleVocabulary.isOccupation(context.words[name - 1])
        {
            head = name - 1
        }
        // An occupation before the organisation it works for: `дослідниця Ужгородського
        // національного університету Марія Фединець`.
        if head == nil, name > 1, context.entityOfToken[name - 1] != -1,
            context.entities[context.entityOfToken[name - 1]].type == "ORG",
            let body = context.entities[context.entityOfToken[name - 1]].mentions.first(where: { $0.upperBound == name }),
            body.lowerBound > 0, context.document.tokenKinds[body.lowerBound - 1] == .word,
            context.entityOfToken[body.lowerBound - 1] == -1, RoleVocabulary.isOccupation(context.words[body.lowerBound - 1]),
            // A person's occupation, not a thing (`фотографії Reuters`, `лікарні ЮНІСЕФ`).
            analyzer.map({ $0.analyze(context.words[body.lowerBound - 1]).contains { $0.partOfSpeech == "NOUN" && $0.has("anim") } }) ?? true
        {
            head = body.lowerBound - 1
        }
        guard var start = head else { return nil }
        // Adjectives before the head belong to the title: `генеральний секретар`, `Міський голова`;
        // with a dictionary, only those that can agree with it in case (not `вартою` in `під
        // вартою колишньому депутату`).
        let headToken = start
        func agreesWithHead(_ i: Int) -> Bool {
            guard let analyzer else { return true }
            // The tagger's cases agree most of the time; only a disagreement asks the dictionary.
            if context.hasMorphology {
                let layer = context.document[layer: MorphologyLayer.self]
                if layer.tag(i).suffix(4) == layer.tag(headToken).suffix(4) { return true }
            }
            let headCases = Set(analyzer.analyze(context.words[headToken]).compactMap(\.grammemeCase))
            guard !headCases.isEmpty else { return true }
            return analyzer.analyze(context.words[i]).contains { r in r.grammemeCase.map { headCases.contains($0) } ?? false }
        }
        // With a dictionary, a word that has no adjective reading is no adjective (`Стрічка`
        // in `Стрічка режисерки Марини Степанської`).
        func canBeAdjective(_ i: Int) -> Bool {
            guard let analyzer else { return true }
            let readings = analyzer.analyze(context.words[i])
            return readings.isEmpty || readings.contains { ["ADJF", "PRTF", "NUMR"].contains($0.partOfSpeech) }
        }
        while start > 0 && start - 1 >= limit && RoleVocabulary.isAdjective(context.words[start - 1])
            && context.document.tokenKinds[start - 1] == .word && !context.isVerb(start - 1) && agreesWithHead(start - 1)
            && canBeAdjective(start - 1)
        {
            start -= 1
        }
        // `в. о.` before the title makes it an acting one: `в. о. голови РДА`.
        if start > 0 && context.words[start - 1].hasSuffix(".") {
            for k in stride(from: start - 1, through: max(0, start - 6), by: -1) {
                let words = (k..<start).map { context.words[$0] }
                if ActingTitle.begins(words) && words.joined().count <= 6 { return k..<name }
            }
        }
        return start..<name
    }

    /// The post a person is appointed to, told in the instrumental before the verb:
    /// `виконувачкою обов'язків директорки департаменту міський голова призначив Соломію
    /// Гнатів` → `виконувачкою обов'язків директорки департаменту` (kept as written, like
    /// every acting title). Needs morphology for the cases.
    func appointedAs(_ mention: Range<Int>, _ context: FactContext) -> Range<Int>? {
        guard context.hasMorphology else { return nil }
        let sentence = context.tokens(ofSentence: context.document.sentenceIndex(ofToken: mention.lowerBound))
        guard let verb = (max(sentence.lowerBound, mention.lowerBound - 2)..<mention.lowerBound).first(where: { context.words[$0].begins(with: "признач") })
        else { return nil }
        let layer = context.document[layer: MorphologyLayer.self]
        func isCase(_ i: Int, _ c: String) -> Bool { layer.tag(i).hasSuffix(c) }
        /// The title from `head` through the genitives after it, up to `limit`.
        func title(from head: Int, before limit: Int) -> Range<Int> {
            var end = head + 1
            while end < limit, context.document.tokenKinds[end] == .word, isCase(end, "gent") || context.words[end] == "'" { end += 1 }
            return head..<end
        }
        // Or after the name: `призначення Олега Григорова головою Сумської ОВА`, also behind
        // adjectives (`призначив Ольгу Стефанішину Надзвичайним і Повноважним Послом України`).
        var head = mention.upperBound
        while head < min(sentence.upperBound, mention.upperBound + 4), !RoleVocabulary.isHead(context.words[head]),
            isCase(head, "ablt") || ["і", "та", "й"].contains(context.words[head])
        {
            head += 1
        }
        if head < sentence.upperBound, RoleVocabulary.isHead(context.words[head]), isCase(head, "ablt") {
            return mention.upperBound..<title(from: head, before: sentence.upperBound).upperBound
        }
        // The head: a title word in the instrumental before the verb.
        guard let head = (sentence.lowerBound..<verb).first(where: { i in
            (RoleVocabulary.isHead(context.words[i]) || context.words[i].begins(with: "виконувач")) && isCase(i, "ablt")
        }) else { return nil }
        return title(from: head, before: verb)
    }

    /// The post named after the name that ends at `end`: `звільнив Андрія Гнатюка з посади
    /// голови Житомирської ОВА`, `призначив Ірину Левчук на посаду заступниці голови`. The
    /// post runs from its head word to the first punctuation, verb or person.
    func post(after end: Int, _ context: FactContext) -> Range<Int>? {
        let sentenceEnd = context.document.sentence(context.document.sentenceIndex(ofToken: max(0, end - 1))).tokens.upperBound
        guard end + 2 < sentenceEnd,
            ["з", "із", "зі", "на"].contains(context.words[end].lowercased()),
            ["посади", "посаду", "посаді"].contains(context.words[end + 1].lowercased()),
            RoleVocabulary.isHead(context.words[end + 2])
        else { return nil }
        let start = end + 2
        var stop = start + 1
        while stop < sentenceEnd, stop - start < 12, context.document.tokenKinds[stop] == .word, !context.isVerb(stop),
            context.entityOfToken[stop] == -1 || context.entities[context.entityOfToken[stop]].type != "PERS"
        {
            stop += 1
        }
        return start..<stop
    }

    /// Endings of adjectives in the instrumental (`першим`, `головною`).
    static let instrumentalAdjectiveEndings = ["им", "ім", "ою", "ьою"]

    /// Prepositions that end a title after a verb of serving.
    static let timeOrPlacePrepositions: Set<String> = ["за", "у", "в", "до", "під", "після", "протягом", "упродовж", "понад"]

    /// Forms of being, serving and staying that take a title in the instrumental.
    static let servingVerbs: Set<String> = [
        "був", "була", "працював", "працювала", "служив", "служила", "став", "стала",
        "залишився", "залишилася", "залишилась", "залишається",
    ]

    /// Future forms that name who will hold a post when the title comes first (`Капітаном
    /// залишиться Зінченко`); after a name they may be a condition (`Якщо Коваль стане
    /// президентом`), so ``copula(after:_:)`` does not take them.
    static let futureServingVerbs: Set<String> = ["стане", "залишиться"]

    /// `Продюсером став Денис Коваль`: a title in the instrumental that opens its sentence
    /// (or a clause after a comma), then a verb of serving, then the person.
    func invertedCopula(before start: Int, _ context: FactContext) -> Range<Int>? {
        func serves(_ t: Int) -> Bool { Self.servingVerbs.contains(context.words[t]) || Self.futureServingVerbs.contains(context.words[t]) }
        // An occupation may stand between (`Кураторкою виставки стала мистецтвознавиця Оксана Ковальчук`).
        var verb = start - 1
        if verb > 0, !serves(verb), context.isLowercaseWord(verb), RoleVocabulary.isOccupation(context.words[verb]) { verb -= 1 }
        guard verb > 0, serves(verb) else { return nil }
        let sentenceStart = context.document.sentence(context.document.sentenceIndex(ofToken: verb)).tokens.lowerBound
        var first = verb
        while first > sentenceStart, verb - first < 5, context.document.tokenKinds[first - 1] == .word,
            context.entity(at: first - 1) == nil || context.entity(at: first - 1)?.type != "PERS"
        {
            first -= 1
        }
        // `Ще одним заступником міністра став …`: one more holder of the post.
        let opening = first
        if context.words[first] == "ще" { first += 1 }
        if first < verb, ["одним", "однією", "одною"].contains(context.words[first]) { first += 1 }
        // The head first, or an adjective in the instrumental and then the head (`Головним тренером`).
        let head = RoleVocabulary.isHead(context.words[first]) ? first : first + 1
        guard first < verb, head < verb, opening == sentenceStart || context.words[opening - 1].isSpelled(","),
            RoleVocabulary.isHead(context.words[head]),
            Self.instrumentalNounEndings.contains(where: { context.words[head].hasSuffix($0) }),
            head == first || Self.instrumentalAdjectiveEndings.contains(where: { context.words[first].hasSuffix($0) })
        else { return nil }
        // The title ends before a relative word, a preposition of time or place, or an adverb
        // (`тренером якої став`, `Капітаном команди вдруге став`).
        var stop = head + 1
        while stop < verb, !Self.timeOrPlacePrepositions.contains(context.words[stop]), !Self.adverbsOfTime.contains(context.words[stop]),
            !context.words[stop].hasPrefix("як"), !context.words[stop].hasPrefix("котр")
        {
            stop += 1
        }
        return first..<stop
    }

    /// Adverbs that may stand between a title and its verb (`Капітаном команди вдруге став`).
    static let adverbsOfTime: Set<String> = ["вдруге", "удруге", "втретє", "вперше", "уперше", "знову", "вже", "уже", "також", "нарешті", "надалі", "й", "і"]

    /// Endings of a title noun in the instrumental.
    static let instrumentalNounEndings = ["ом", "ем", "єм", "ою", "ею", "єю"]

    /// The title after `є` (or a verb of ``servingVerbs``) following the name that ends at
    /// `end`: `X, який є начальником Y`, `X працювала заступницею міністра`.
    func copula(after end: Int, _ context: FactContext) -> Range<Int>? {
        var i = end
        let sentenceEnd = context.document.sentence(context.document.sentenceIndex(ofToken: max(0, end - 1))).tokens.upperBound
        if i + 1 < sentenceEnd && context.words[i].isSpelled(",") && ["який", "яка"].contains(context.words[i + 1]) { i += 2 }
        guard i < sentenceEnd else { return nil }
        // `Ткачук працювала заступницею міністра`, `Петренко був головою ради`: a verb of
        // being or serving and the title in the instrumental, which must open right after it.
        let servedAs = Self.servingVerbs.contains(context.words[i])
        guard context.words[i].isSpelled("є") || servedAs else { return nil }
        let start = i + 1
        if servedAs {
            // The head, or an adjective in the instrumental before it (`першим заступником`;
            // not `був призначений головою`).
            guard start < sentenceEnd else { return nil }
            let word = context.words[start]
            guard RoleVocabulary.isHead(word)
                || (start + 1 < sentenceEnd && context.isLowercaseWord(start) && Self.instrumentalAdjectiveEndings.contains(where: { word.hasSuffix($0) })
                    && RoleVocabulary.isHead(context.words[start + 1]))
            else { return nil }
        }
        var stop = start
        while stop < sentenceEnd && context.document.tokenKinds[stop] == .word && !(context.isVerb(stop) && !RoleVocabulary.isHead(context.words[stop])) {
            // When and where someone served is no part of the title (`за часів …`, `у 2010 році`).
            if servedAs && Self.timeOrPlacePrepositions.contains(context.words[stop]) { break }
            stop += 1
        }
        guard start < stop, (start..<stop).contains(where: { RoleVocabulary.isHead(context.words[$0]) }) else { return nil }
        return start..<stop
    }
}

/// The words that head a title, as data.
enum RoleVocabulary {
    /// Stems of title nouns, in any case: `міністр`, `міністерка`, `головою`, `речниця`.
    static let heads: [String] = [
        "міністр", "міністерк", "віце-прем'єр", "прем'єр", "президент", "заступни", "голова", "головою", "голови", "голові",
        "очільни", "начальни", "керівни", "директор", "речни", "посол", "посла", "послом", "посолк", "генсек", "секретар",
        "держсекретар", "генсекретар", "мер", "мера", "мером", "спікер", "депутат", "нардеп", "командувач", "глава", "главою",
        "лідер", "канцлер", "радни", "представни", "уповноважен", "омбудсман", "прокурор", "генпрокурор", "суддя", "губернатор",
        "сенатор", "комісар", "єврокомісар", "виконувач", "амбасадор", "очільниц", "керуюч", "речниц", "кандидат",
        "співвласни", "наставни", "тренер", "промоутер", "менеджер", "продюсер", "режисер", "адвокат", "захисни",
        "ректор", "проректор", "маршал", "капітан", "куратор", "учениц", "учень", "доцент", "командир", "полковник", "підполковник",
        "соліст", "вокаліст",
    ]

    /// Stems of occupations that name a person when they stand right before the name (a
    /// looser place than a title's, since `журналістам` or `поета` may be far from whom they name).
    static let occupations: [[UInt8]] = [
        "поет", "художни", "письменни", "співак", "співачк", "музикант", "композитор", "режисер", "актор", "історик",
        "політолог", "економіст", "активіст", "правозахисни", "блогер", "журналіст", "фотограф", "тренер", "скульптор",
        "драматург", "диригент", "продюсер", "футболіст", "боксер", "волонтер", "науковець", "науковц", "професор",
        "вінгер", "форвард", "нападник", "півзахисник", "голкіпер", "воротар", "тенісист", "спортсмен", "легкоатлет",
        "хірург", "кардіохірург", "нейрохірург", "лікар", "мистецтвознав", "дослідни", "медик", "медсестр", "гросмейстер", "шахіст",
        "плавець", "плавц", "плавчин", "біатлоніст", "фехтувальни", "гімнаст", "веслувальни", "дзюдоїст", "хокеїст", "баскетболіст",
        "волейболіст", "велосипедист", "лижник", "лижниц", "стрибун",
    ].map { (stem: String) in Array(stem.utf8) }

    /// Whether a lowercase word is an occupation (``occupations``).
    static func isOccupation(_ word: String) -> Bool {
        // The sport, not who does it: `чемпіонаті з гімнастики`.
        if word.begins(with: "гімнастик") || word.begins(with: "гімнастичн") { return false }
        return occupations.contains { word.utf8.starts(with: $0) }
    }

    /// Whether a lowercase word is a title head.
    static func isHead(_ word: String) -> Bool {
        // `під керівництвом Гевіна Грея`: leadership is no title, nor a candidacy
        // (`Кандидатуру Коваленко вніс`).
        if word.begins(with: "керівництв") || word.begins(with: "кандидатур") || word.begins(with: "командирськ") { return false }
        if word.isSpelled("мер") || word.isSpelled("мера") || word.isSpelled("мером") || word.isSpelled("меру") { return true }
        return longHeads.contains { word.utf8.starts(with: $0) }
    }

    /// The heads longer than three letters, as UTF-8 (shorter ones must match whole).
    private static let longHeads: [[UInt8]] = heads.filter { $0.count > 3 }.map { Array($0.utf8) }

    /// Adjective endings, as UTF-8.
    private static let adjectiveEndings: [[UInt8]] = ["ий", "ій", "им", "ого", "ому", "ою", "ої", "а", "ім"].map { Array($0.utf8) }

    /// Whether a lowercase word looks like an adjective (`генеральний`, `міським`, `державна`).
    static func isAdjective(_ word: String) -> Bool {
        adjectiveEndings.contains { word.utf8.reversed().starts(with: $0.reversed()) } && word.unicodeScalars.count > 3
            && !isHead(word)
    }
}
