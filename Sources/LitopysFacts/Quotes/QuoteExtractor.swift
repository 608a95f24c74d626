import LitopysText

/// Finds direct and indirect speech and who said it.
///
/// Patterns, in the order they are tried at each verb of saying (``QuoteVocabulary``):
/// - dash attribution after the quote: `«…», – сказав Кулеба.`, `…, – написав генсек Альянсу.`
///   (without quote marks the quote runs from the start of its paragraph);
/// - colon before the quote: `він зауважив: «…»`;
/// - reported speech: `Шерман наголосила, що …`, `в якому йдеться, що …`;
/// - `як повідомив X, …`; and, without a verb, `за словами X, …` and `на думку X, …`;
/// - `Про це повідомив X` after a sentence: that sentence is X's;
/// - an embedded post: a line such as `Текст допису Єнса Столтенберга:` makes the paragraph
///   after it a direct quote of that person.
///
/// The speaker is the entity named next to the cue; a pronoun (`– додав він`) stands for the
/// nearest person before it of the same gender; a role word (`генсек`) for the person who
/// holds that role; a published text (`йдеться у ролику`) for whoever published it.
public struct QuoteExtractor: Sendable {
    /// Makes an extractor.
    public init() {}

    func extract(_ context: FactContext) -> [Quote] {
        var quotes: [Quote] = []
        let document = context.document
        for s in 0..<document.sentenceCount {
            let range = context.tokens(ofSentence: s)
            var t = range.lowerBound
            while t < range.upperBound {
                if let quote = quoteAt(cue: t, sentence: s, range: range, context) {
                    quotes.append(quote)
                } else if let quote = phraseQuote(at: t, sentence: s, range: range, context) {
                    quotes.append(quote)
                }
                t += 1
            }
            if let post = embeddedPost(sentence: s, context) { quotes.append(post) }
            if let called = calledIt(sentence: s, context) { quotes.append(called) }
            if let reported = reportedBefore(sentence: s, context) { quotes.append(reported) }
        }
        return Self.deduplicated(quotes)
    }

    // MARK: - Cues

    func isCue(_ i: Int, _ context: FactContext) -> Bool { context.isCue[i] }

    func quoteAt(cue c: Int, sentence s: Int, range: Range<Int>, _ context: FactContext) -> Quote? {
        guard isCue(c, context) else { return nil }
        let w = context.words
        let cueText = context.text(c..<c + 1)
        // Dash attribution: `…, – сказав X` (an adverb may stand before the verb).
        for dash in [c - 1, c - 2] where dash > range.lowerBound && dash >= 0 {
            guard w[dash].isSpelled("–") || w[dash].isSpelled("—") || w[dash].isSpelled("-") else { continue }
            let before = dash - 1
            guard [",", "!", "?", "…", "»", "...", "?!"].contains(w[before]) else { continue }
            var end = before
            var start: Int
            if w[before].isSpelled("»") || (before > 0 && w[before].isSpelled(",") && w[before - 1].isSpelled("»")) {
                let close = w[before].isSpelled("»") ? before : before - 1
                guard let open = matchingOpen(close, context) else { continue }
                start = open + 1
                end = close
            } else {
                if !w[before].isSpelled(",") { end = before + 1 }
                start = paragraphStart(of: s, context)
            }
            guard start < end else { continue }
            let speaker = speakerAfter(c, until: range.upperBound, quoteStart: start, context)
            return makeQuote(start..<end, speaker: speaker, kind: .direct, cue: cueText, sentence: s, context)
        }
        // Comma attribution at the end of a sentence: `Прокатом займеться компанія «…»,
        // повідомив продюсер фільму Денис Іванов.` (the speaker and nothing else after the verb).
        if c - 1 > range.lowerBound + 2, w[c - 1].isSpelled(","), c + 1 < range.upperBound,
            range.upperBound - c <= 9 || isOneNameAfter(c, until: range.upperBound, context),
            !(c + 1..<range.upperBound).contains(where: { w[$0].isSpelled("що") || w[$0].isSpelled(":") || w[$0].isSpelled(",") }),
            !w[range.lowerBound].isSpelled("як"),
            // `Про це в четвер, 5 червня, повідомила X`: the sentence before is what was said;
            // `Про знахідку в понеділок, … повідомила X` names what was told about, no words of
            // X's (`Про війну ми говорили довго, сказав він` has a verb of its own).
            !(w[range.lowerBound] == "про" && !(range.lowerBound + 1..<c).contains(where: { context.isVerb($0) && w[$0].count > 2 })),
            let speaker = speakerAfter(c, until: range.upperBound, quoteStart: range.lowerBound, context)
        {
            // `«Ми переможемо», сказав Зеленський.`: the words in quotation marks, as said.
            // (Not a name in quotation marks that ends the clause: `компанія «Артхаус Трафік», повідомив`.)
            if w[c - 2].isSpelled("»"), let open = matchingOpen(c - 2, context), open == range.lowerBound, open + 1 < c - 2 {
                return makeQuote(open + 1..<c - 2, speaker: speaker, kind: .direct, cue: cueText, sentence: s, context)
            }
            var end = c - 1
            while end > range.lowerBound && [".", "!", "?", "…"].contains(w[end - 1]) { end -= 1 }
            if range.lowerBound < end {
                return makeQuote(range.lowerBound..<end, speaker: speaker, kind: .indirect, cue: cueText, sentence: s, context)
            }
        }
        // Colon: `він зауважив: «…»`.
        var colon = c + 1
        while colon < min(range.upperBound, c + 4) && !w[colon].isSpelled(":") { colon += 1 }
        if colon < range.upperBound && w[colon].isSpelled(":") && colon + 1 < range.upperBound {
            var start = colon + 1
            var end = range.upperBound
            if w[start].isSpelled("«"), let close = matchingClose(start, limit: paragraphEnd(of: s, context), context) {
                start += 1
                end = close
            } else {
                if w[start].isSpelled("«") { start += 1 }
                while end > start && [".", "!", "?", "…"].contains(w[end - 1]) { end -= 1 }
            }
            guard start < end else { return nil }
            let speaker = speakerBefore(c, from: range.lowerBound, context) ?? speakerAfter(c, until: colon, quoteStart: start, context)
            return makeQuote(start..<end, speaker: speaker, kind: .direct, cue: cueText, sentence: s, context)
        }
        // Reported speech: `X заявив, що …`, also with words between (`заявив журналістам, що …`).
        var that = c + 1
        if that < range.upperBound && w[that].isSpelled(",") { that += 1 }
        if !(that < range.upperBound && (w[that].isSpelled("що") || w[that].isSpelled("мовляв"))) {
            var k = c + 1
            while k < min(range.upperBound, c + 7) && context.document.tokenKinds[k] == .word && !isCue(k, context) { k += 1 }
            if k + 1 < range.upperBound && w[k].isSpelled(",") && (w[k + 1].isSpelled("що") || w[k + 1].isSpelled("мовляв")) { that = k + 1 }
        }
        if that < range.upperBound && (w[that].isSpelled("що") || w[that].isSpelled("мовляв")) {
            var end = range.upperBound
            while end > that + 1 && [".", "!", "?", "…"].contains(w[end - 1]) { end -= 1 }
            guard that + 1 < end else { return nil }
            let speaker: String?
            if QuoteVocabulary.sourceCues.contains(w[c]) {
                speaker = publisher(near: c, sentence: s, context)
            } else {
                speaker = speakerBefore(c, from: range.lowerBound, context) ?? speakerAfter(c, until: that, quoteStart: that, context)
            }
            return makeQuote(that + 1..<end, speaker: speaker, kind: .indirect, cue: cueText, sentence: s, context)
        }
        // A promise or a call with an infinitive: `Гнатів пообіцяла щотижня публікувати звіт`.
        if QuoteVocabulary.infinitiveCues.contains(context.lemma(c)) || (!context.hasMorphology && QuoteVocabulary.infinitiveCueStems.contains { w[c].begins(with: $0) }) {
            var k = c + 1
            // Whom and when may stand between: `закликав киян під час тривоги залишатися`.
            while k < min(range.upperBound, c + 7) && !context.isInfinitive(k) && context.document.tokenKinds[k] == .word { k += 1 }
            if k < range.upperBound && context.isInfinitive(k) {
                var end = range.upperBound
                while end > c + 1 && [".", "!", "?", "…"].contains(w[end - 1]) { end -= 1 }
                let speaker = speakerBefore(c, from: range.lowerBound, context)
                return makeQuote(c + 1..<end, speaker: speaker, kind: .indirect, cue: cueText, sentence: s, context)
            }
        }
        // `як повідомив X, …`
        if c > range.lowerBound && w[c - 1].isSpelled("як") {
            var comma = c + 1
            while comma < range.upperBound && !w[comma].isSpelled(",") { comma += 1 }
            guard comma + 1 < range.upperBound else { return nil }
            var end = range.upperBound
            while end > comma + 1 && [".", "!", "?", "…"].contains(w[end - 1]) { end -= 1 }
            let speaker = speakerAfter(c, until: comma, quoteStart: comma, context)
            return makeQuote(comma + 1..<end, speaker: speaker, kind: .indirect, cue: cueText, sentence: s, context)
        }
        return nil
    }

    /// Whether what follows cue `c` to the sentence's end is one name, perhaps after `в`/`у`
    /// (`, повідомили в Державному агентстві України з управління зоною відчуження.`): a
    /// speaker of any length and nothing else.
    func isOneNameAfter(_ c: Int, until end: Int, _ context: FactContext) -> Bool {
        var first = c + 1
        if first < end, ["в", "у"].contains(context.words[first]) { first += 1 }
        var last = end
        while last > first, [".", "!", "?", "…"].contains(context.words[last - 1]) { last -= 1 }
        guard first < last, let entity = context.entity(at: first), context.mentionStart(first) == first else { return false }
        return (first..<last).allSatisfy { context.entity(at: $0)?.id == entity.id && context.mentionStart($0) == first }
    }

    /// `за словами X, …`, `за його словами, …`, `на думку X, …` and `за даними X, …`.
    func phraseQuote(at t: Int, sentence s: Int, range: Range<Int>, _ context: FactContext) -> Quote? {
        let w = context.words
        guard t + 2 < range.upperBound, w[t].isSpelled("за") || w[t].isSpelled("на") else { return nil }
        let possessives = ["його": "masc", "її": "femn"]
        let gender = possessives[w[t + 1]]
        let noun = gender == nil ? t + 1 : t + 2
        // `За даними омбудсмана, …`: what a source's figures say is its statement too.
        let figures = gender == nil && w[t].isSpelled("за") && w[noun].isSpelled("даними")
        guard (w[t].isSpelled("за") && w[noun].isSpelled("словами")) || (w[t].isSpelled("на") && w[noun].isSpelled("думку")) || figures
        else { return nil }
        var comma = noun + 1
        while comma < range.upperBound && !w[comma].isSpelled(",") { comma += 1 }
        guard comma + 1 < range.upperBound else { return nil }
        var end = range.upperBound
        while end > comma + 1 && [".", "!", "?", "…"].contains(w[end - 1]) { end -= 1 }
        let speaker = gender.map { nearestPerson(before: t, gender: $0, context) }
            ?? speakerAfter(noun, until: comma, quoteStart: comma, context)
        // Figures of no one named (`За даними слідства`) are no one's statement, nor is a source
        // without its comma soon after (`За даними слідства невстановлені особи «ПМК» …`).
        if figures && (speaker == nil || comma - noun > 6) { return nil }
        return makeQuote(comma + 1..<end, speaker: speaker, kind: .indirect, cue: context.text(t..<noun + 1), sentence: s, context)
    }

    /// `X назвала картину «чесною і болючою розмовою»`: words in quotation marks after a form
    /// of `назвати`/`називати`, when they open in lower case (a judgement, not a name given:
    /// `назвали фільм «Обітниця»`), are the subject's.
    func calledIt(sentence s: Int, _ context: FactContext) -> Quote? {
        let range = context.tokens(ofSentence: s)
        let w = context.words
        guard let verb = range.first(where: { t in Self.callingForms.contains(w[t]) }),
            let open = (verb + 1..<min(range.upperBound, verb + 5)).first(where: { w[$0].isSpelled("«") }),
            open + 2 < range.upperBound, context.isLowercaseWord(open + 1),
            let close = matchingClose(open, limit: range.upperBound, context), close > open + 2,
            let speaker = speakerBefore(verb, from: range.lowerBound, context)
        else { return nil }
        return makeQuote(open + 1..<close, speaker: speaker, kind: .direct, cue: context.text(verb..<verb + 1), sentence: s, context)
    }

    /// Past and present forms of `назвати` and `називати` (lower-cased).
    static let callingForms: Set<String> = ["назвав", "назвала", "назвали", "називає", "називають", "називав", "називала"]

    /// `Текст допису X:` — the next paragraph is X's post.
    func embeddedPost(sentence s: Int, _ context: FactContext) -> Quote? {
        let range = context.tokens(ofSentence: s)
        guard range.count >= 2, context.words[range.upperBound - 1].isSpelled(":"), s + 1 < context.document.sentenceCount,
            context.paragraphOfSentence[s + 1] != context.paragraphOfSentence[s]
        else { return nil }
        guard let cue = range.first(where: { t in QuoteVocabulary.postStems.contains { context.words[t].begins(with: $0) } }) else { return nil }
        guard let speaker = range.lazy.compactMap({ context.entity(at: $0) }).first(where: { $0.type == "PERS" || $0.type == "ORG" }) else { return nil }
        let paragraph = context.paragraphOfSentence[s + 1]
        var last = s + 1
        while last + 1 < context.document.sentenceCount && context.paragraphOfSentence[last + 1] == paragraph { last += 1 }
        let start = context.tokens(ofSentence: s + 1).lowerBound
        let end = context.tokens(ofSentence: last).upperBound
        return makeQuote(start..<end, speaker: speaker.id, kind: .direct, cue: context.text(cue..<cue + 1), sentence: s, context)
    }

    /// `Уряд Японії ухвалив рішення … . Про це повідомив посол Японії Кунінорі Мацуда`: the
    /// sentence before `Про це <verb of saying> X` in the same paragraph, or the paragraph
    /// before one that it opens, is X's; when and where may stand between (`Про це в середу на
    /// брифінгу в Києві повідомила X`).
    func reportedBefore(sentence s: Int, _ context: FactContext) -> Quote? {
        let range = context.tokens(ofSentence: s)
        guard s > 0, range.count >= 4,
            context.words[range.lowerBound] == "про", context.words[range.lowerBound + 1] == "це",
            let cue = (range.lowerBound + 2..<min(range.upperBound, range.lowerBound + 12)).first(where: { isCue($0, context) }),
            !(range.lowerBound + 2..<cue).contains(where: { context.words[$0].isSpelled(",") })
                || (range.lowerBound + 2..<cue).allSatisfy({ isDateApposition($0, context) }),
            let speaker = speakerAfter(cue, until: range.upperBound, quoteStart: range.lowerBound, context)
        else { return nil }
        var before = context.tokens(ofSentence: s - 1)
        // `Про це` opening a paragraph, as news writes after the lede: what it reports is the
        // paragraph before, of up to three sentences.
        let paragraph = context.paragraphOfSentence[s]
        if context.paragraphOfSentence[s - 1] != paragraph {
            let first = (0..<s).first { context.paragraphOfSentence[$0] == context.paragraphOfSentence[s - 1] } ?? s - 1
            guard s - first <= 3 else { return nil }
            before = context.tokens(ofSentence: first).lowerBound..<before.upperBound
            // Not a paragraph with a speaker of its own (`«…», – заявив X`, `Як заявила X`,
            // `За його словами`), a reminder (`Нагадаємо`) or a question (a heading).
            let opener = context.words[before.lowerBound]
            if before.contains(where: { isCue($0, context) }) || ["як", "нагадаємо", "за"].contains(opener)
                || context.words[before.upperBound - 1].isSpelled("?")
            {
                return nil
            }
        }
        return makeQuote(before, speaker: speaker, kind: .indirect, cue: context.text(cue..<cue + 1), sentence: s, context)
    }

    /// Whether token `t` can stand in a date given with its weekday and commas (`в четвер,
    /// 5 червня,`): a comma, a preposition of time, a weekday, or a word of a date or time.
    private func isDateApposition(_ t: Int, _ context: FactContext) -> Bool {
        let word = context.words[t]
        if word.isSpelled(",") || word == "в" || word == "у" || word == "на" || DateVocabulary.weekdays[word] != nil { return true }
        guard let entity = context.entity(at: t) else { return false }
        return entity.type == "DATE" || entity.type == "TIME"
    }

    // MARK: - Speakers

    /// The speaker named after the cue: an entity, a pronoun, a role word, or a published text.
    func speakerAfter(_ c: Int, until limit: Int, quoteStart: Int, _ context: FactContext) -> String? {
        // A person named after the cue is the speaker, even behind a title: `за словами міністра Бориса Пісторіуса`.
        for t in (c + 1)..<max(c + 1, limit) {
            if let entity = context.entity(at: t), entity.type == "PERS" { return entity.id }
        }
        var t = c + 1
        var afterRole = false
        // Whether the clause ends at token `k`.
        func endsAfter(_ k: Int) -> Bool { k >= limit || [".", ",", "!", "?", "…"].contains(context.words[k]) }
        while t < limit {
            if let entity = context.entity(at: t) {
                if entity.type == "PERS" || (entity.type == "ORG" && !afterRole) { return entity.id }
            }
            let word = context.words[t]
            if let gender = QuoteVocabulary.pronouns[word] { return nearestPerson(before: quoteStart, gender: gender, context) }
            // `– розповіла дослідниця.`: a word for what the person is, alone after the cue (or
            // with to whom: `журналістам`), stands for the one named last; so with where or when it was said after it
            // (`– сказав режисер зі сцени.`, `на брифінгу`), but not with a name after it (`з
            // Києва Ірина Гнатюк`).
            if t == c + 1, let gender = QuoteVocabulary.lawyerWords[word], endsAfter(t + 1) {
                return nearestLawyer(before: quoteStart, gender: gender, context)
            }
            if t == c + 1, let gender = QuoteVocabulary.descriptors[word],
                endsAfter(t + 1) || (QuoteVocabulary.addresseeWords.contains(context.words[t + 1]) && endsAfter(t + 2))
                    || (QuoteVocabulary.placePrepositions.contains(context.words[t + 1])
                        && !(t + 1..<limit).contains(where: { context.entity(at: $0) != nil && context.entity(at: $0)?.type != "DATE" })
                        // `з` tells where from or of what (`експерт з безпеки`, `волонтер з Харкова`), but for a stage.
                        && (!["з", "зі", "із"].contains(context.words[t + 1])
                            || (t + 2 < limit && QuoteVocabulary.stageWords.contains(context.words[t + 2]))))
            {
                return nearestPerson(before: quoteStart, gender: gender, describedAs: word, context)
            }
            if QuoteVocabulary.sourceStems.contains(where: { word.begins(with: $0) }) || QuoteVocabulary.sourceCues.contains(context.words[c]) {
                if let publisher = publisher(near: t, sentence: context.document.sentenceIndex(ofToken: t), context) { return publisher }
            }
            if let role = QuoteVocabulary.roleWords[word] {
                if let holder = roleHolder(role, at: t, before: c, context) { return holder }
                // `генсек Альянсу`: the organisation after a role word is the role's, not the speaker.
                afterRole = true
            }
            t += 1
        }
        return nil
    }

    /// The speaker named before the cue in its sentence: the nearest entity or pronoun,
    /// skipping relative clauses (`Рютте, який очолив Альянс, наголосив`).
    func speakerBefore(_ c: Int, from start: Int, _ context: FactContext) -> String? {
        var t = c - 1
        // An organisation after a lower-case word is a complement (`Зеленський в інтерв'ю CNN
        // заявив`): a person before it in the clause is the speaker, else the organisation.
        var complement: String?
        while t >= start {
            if context.words[t].isSpelled(","), let clauseStart = relativeClauseStart(endingAt: t, from: start, context) {
                t = clauseStart - 1
                continue
            }
            if complement != nil && context.words[t].isSpelled(",") { break }
            if let entity = context.entity(at: t), entity.type == "PERS" { return entity.id }
            if let entity = context.entity(at: t), entity.type == "ORG" {
                let first = context.mentionStart(t)
                if complement == nil, first > start, context.isLowercaseWord(first - 1) {
                    complement = entity.id
                    t = first - 1
                    continue
                }
                return complement ?? entity.id
            }
            if complement == nil, let gender = QuoteVocabulary.pronouns[context.words[t]] { return nearestPerson(before: t, gender: gender, context) }
            if complement == nil, let role = QuoteVocabulary.roleWords[context.words[t]], let holder = roleHolder(role, at: t, before: t, context) {
                return holder
            }
            t -= 1
        }
        return complement
    }

    /// The nearest person mentioned before token `t`, of `gender` when genders are known.
    ///
    /// With `descriptor` (`спортсменка`), a person named only as someone's companion (the
    /// coach, `тренерка`, named after the athlete) is passed over while another fits.
    func nearestPerson(before t: Int, gender: String, describedAs descriptor: String? = nil, _ context: FactContext) -> String? {
        var fallback: String?
        var passedOver: String?
        let stem = descriptor.map { String($0.prefix(5)) }
        func isOtherKind(_ roles: [String]) -> Bool {
            guard let stem, !roles.isEmpty else { return false }
            return roles.allSatisfy { role in
                let lower = role.lowercased()
                return !lower.contains(stem) && QuoteVocabulary.companionStems.contains { lower.hasPrefix($0) }
            }
        }
        var i = t - 1
        while i >= 0 {
            if let entity = context.entity(at: i), entity.type == "PERS" {
                if entity.gender == gender, isOtherKind(entity.roles) {
                    if passedOver == nil { passedOver = entity.id }
                    i -= 1
                    continue
                }
                if entity.gender == gender { return entity.id }
                if entity.gender == nil && fallback == nil { fallback = entity.id }
            }
            i -= 1
        }
        return fallback ?? passedOver
    }

    /// The person of `gender` named last before token `t` whose role is a lawyer's, or nil.
    func nearestLawyer(before t: Int, gender: String, _ context: FactContext) -> String? {
        var i = t - 1
        while i >= 0 {
            if let entity = context.entity(at: i), entity.type == "PERS", entity.gender == gender,
                entity.roles.contains(where: { role in QuoteVocabulary.lawyerRoleStems.contains { role.lowercased().hasPrefix($0) } })
            {
                return entity.id
            }
            i -= 1
        }
        return nil
    }

    /// The person a role word at token `at` stands for (`президент Франції`): one whose roles
    /// contain the role (and the country or organisation after it, when there is one), or one
    /// whose name stands after such a title somewhere in the text. The one mentioned last
    /// before `t` wins.
    func roleHolder(_ role: String, at: Int, before t: Int, _ context: FactContext) -> String? {
        var complement: String?
        if at + 1 < context.tokenCount, let entity = context.entity(at: at + 1), entity.type == "LOC" || entity.type == "ORG" {
            complement = String(context.words[at + 1].prefix(5))
        } else if at > 0, let country = CountryAdjectives.country(of: context.words[at - 1]) {
            complement = CountryAdjectives.namePrefix(country)  // `українського президента`: the president of Ukraine
        }
        // A role word matches a role when one of the role's words begins with it:
        // `секретар` matches `генеральний секретар`, not `заступниця держсекретаря`.
        func fits(_ words: [String], _ role: String) -> Bool {
            words.contains { $0.begins(with: role) } && (complement.map { c in words.contains { $0.begins(with: c) } } ?? true)
        }
        func fits(_ words: [String]) -> Bool { fits(words, role) }
        func holding(_ role: String) -> Set<String> {
            Set(context.entities.filter { entity in
                entity.type == "PERS" && entity.roles.contains { fits($0.lowercased().split(separator: " ").map(String.init), role) }
            }.map(\.id))
        }
        var holders = holding(role)
        // `новий очільник компанії` is its `голова правління`: another word for the head, when
        // one person holds a title with it.
        if holders.isEmpty, let others = QuoteVocabulary.headSynonyms[role] {
            let found = others.map(holding).reduce(into: Set<String>()) { $0.formUnion($1) }
            if found.count == 1 { holders = found }
        }
        if holders.isEmpty {
            // Apposition anywhere: `з президентом Франції Емманюелем Макроном`; within the
            // name's sentence (`– підкреслив глава Пентагону.` + `Рютте, …` is no apposition).
            for entity in context.entities where entity.type == "PERS" {
                for mention in entity.mentions {
                    let sentence = context.tokens(ofSentence: context.document.sentenceIndex(ofToken: mention.lowerBound))
                    let before = max(sentence.lowerBound, mention.lowerBound - 4)..<mention.lowerBound
                    if fits(before.map { context.words[$0] }) { holders.insert(entity.id) }
                }
            }
        }
        guard !holders.isEmpty else { return nil }
        // A feminine role word (`прем'єрка`, `міністерка`) stands for a woman, when one holds it.
        if at < context.tokenCount, QuoteVocabulary.feminineRoleWords.contains(context.words[at]) {
            let women = holders.filter { id in context.entities.first { $0.id == id }?.gender == "femn" }
            if !women.isEmpty { holders = women }
        }
        var i = t - 1
        while i >= 0 {
            if let entity = context.entity(at: i), holders.contains(entity.id) { return entity.id }
            i -= 1
        }
        return holders.count == 1 ? holders.first : nil
    }

    /// Who published the text that a source noun or `йдеться` near token `t` refers to: the
    /// subject of a publishing verb in this or an earlier sentence that names the same kind of text.
    func publisher(near t: Int, sentence s: Int, _ context: FactContext) -> String? {
        let range = context.tokens(ofSentence: s)
        var stem: String?
        for i in range where QuoteVocabulary.sourceStems.contains(where: { context.words[i].includes($0) }) {
            stem = QuoteVocabulary.sourceStems.first { context.words[i].includes($0) }
            if i >= t { break }
        }
        var sentence = s
        while sentence >= max(0, s - 5) {
            let tokens = context.tokens(ofSentence: sentence)
            let namesText = stem.map { st in tokens.contains { context.words[$0].includes(st) } } ?? true
            if namesText, let verb = tokens.first(where: { i in QuoteVocabulary.publishStems.contains { context.words[i].begins(with: $0) } }) {
                var i = verb - 1
                while i >= tokens.lowerBound {
                    if let entity = context.entity(at: i), entity.type == "ORG" || entity.type == "PERS" { return entity.id }
                    i -= 1
                }
            }
            sentence -= 1
        }
        var i = t - 1
        while i >= 0 {
            if let entity = context.entity(at: i), entity.type == "ORG" { return entity.id }
            i -= 1
        }
        return nil
    }

    // MARK: - Helpers

    /// When the comma at `comma` closes a relative clause (`, який … ,`), the clause's opening comma.
    func relativeClauseStart(endingAt comma: Int, from start: Int, _ context: FactContext) -> Int? {
        var i = comma - 1
        while i > start {
            if context.words[i].isSpelled(",") {
                return ["який", "яка", "які", "яке", "котрий", "котра", "що"].contains(context.words[i + 1]) ? i : nil
            }
            i -= 1
        }
        return nil
    }

    /// The token after the last one of sentence `s`'s paragraph.
    func paragraphEnd(of s: Int, _ context: FactContext) -> Int {
        var last = s
        while last + 1 < context.document.sentenceCount && context.paragraphOfSentence[last + 1] == context.paragraphOfSentence[s] { last += 1 }
        return context.tokens(ofSentence: last).upperBound
    }

    func paragraphStart(of s: Int, _ context: FactContext) -> Int {
        var first = s
        while first > 0 && context.paragraphOfSentence[first - 1] == context.paragraphOfSentence[s] { first -= 1 }
        var start = context.tokens(ofSentence: first).lowerBound
        // A list dash or an opening quote mark is not part of the quote.
        while start < context.tokenCount && (context.words[start].isSpelled("–") || context.words[start].isSpelled("«")) { start += 1 }
        return start
    }

    func matchingOpen(_ close: Int, _ context: FactContext) -> Int? {
        var depth = 0
        var i = close
        let limit = max(0, close - 400)
        while i >= limit {
            if context.words[i].isSpelled("»") { depth += 1 }
            if context.words[i].isSpelled("«") {
                depth -= 1
                if depth == 0 { return i }
            }
            i -= 1
        }
        return nil
    }

    /// The `»` that closes the `«` at `open`, within its sentence: an unbalanced mark never swallows the text after it.
    func matchingClose(_ open: Int, limit: Int, _ context: FactContext) -> Int? {
        var depth = 0
        for i in open..<limit {
            if context.words[i].isSpelled("«") { depth += 1 }
            if context.words[i].isSpelled("»") {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }

    func makeQuote(_ range: Range<Int>, speaker: String?, kind: QuoteKind, cue: String, sentence: Int, _ context: FactContext) -> Quote {
        Quote(speaker: speaker, kind: kind, cue: cue, start: context.start(range.lowerBound), end: context.end(range.upperBound - 1),
              text: context.text(range), sentence: sentence)
    }

    /// Drops quotes that lie inside another quote of the same speaker.
    static func deduplicated(_ quotes: [Quote]) -> [Quote] {
        quotes.enumerated().filter { index, quote in
            !quotes.enumerated().contains { other, bigger in
                other != index && bigger.start <= quote.start && bigger.end >= quote.end && (bigger.speaker == quote.speaker || quote.speaker == nil)
                    && (bigger.end - bigger.start > quote.end - quote.start || other < index)
            }
        }.map(\.element).sorted { $0.start < $1.start }
    }
}
