import LitopysText

/// Finds events by their trigger words, and merges the mentions of one event.
///
/// Each trigger (``EventKind``) in a sentence is a mention, with the date of the sentence
/// (``DateMention``), the place (a LOC entity after `у`/`в`), the people named in it and the
/// words it heads (`засідання Ради НАТО – Росія`). A mention joins an earlier event of the same
/// kind unless their dates or places differ: one with a date or place joins the event it
/// matches, or one that lacks what it adds; one with neither joins the event in focus — the
/// one the last dated mention, or a sentence that opens with the trigger (a subheading),
/// spoke of. Sentences with no trigger but with `очолює делегацію`, `головує`, `представляє`,
/// `бере участь` add their people to the event in focus. Negated triggers (`не зустрічався`)
/// do not count. Without named people, the organisations and countries in the mention's
/// phrase are its participants.
public struct EventExtractor: Sendable {
    /// Makes an extractor.
    public init() {}

    private struct Mention {
        var kind: EventKind
        var trigger: Int
        var phrase: Range<Int>
        var sentence: Int
        var date: String?
        var place: String?
        var participants: [EventParticipant]
        var opensSentence: Bool
        var countries: [String]
        var triggerText: String
        var text: String
        var status: String
        /// Whether the verb meets a group of people the article does not name (`зустрівся з
        /// представниками громади`): not the named people of a meeting told before.
        var withGroup = false
        /// Whether the trigger is a verb (`призначив`), which tells of an act of its own, not a
        /// noun that may name one told before (`Подання на призначення вніс міністр`).
        var isVerb = false
        /// Whether the trigger is a bare noun after `після`/`перед` (`Після переговорів Стубб
        /// поїхав …`): the event told before, not one of its own, when there is one.
        var refersBack = false
    }

    /// Stems of words before an event's noun that make it one still to come.
    static let plannedStems = ["план", "запланова", "намір", "збира", "підготов", "готу", "майбутн", "наступн"]

    /// Stems of verbs that plan or call for what follows (`уряд планує передати`, `закликав
    /// ухвалити пакет санкцій`).
    static let planningVerbStems = ["план", "запланова", "намір", "збира", "заклика", "пропону", "вимага", "запроси", "запрошу"]

    /// Adverbs that may stand between a plural subject and its verb (`Сторони також домовилися`).
    static let adverbsBeforeVerb: Set<String> = ["також", "вже", "ще", "нарешті", "зрештою"]

    /// Whether token `i` is a verb, or an adverb that may stand before one (``adverbsBeforeVerb``).
    private func isVerbOrAdverbBeforeOne(_ i: Int, _ context: FactContext) -> Bool {
        context.isVerb(i) || Self.adverbsBeforeVerb.contains(context.words[i])
    }

    /// Whether `сторони` at `p` has a complement after it (`Сторони конфлікту в Судані`): the
    /// sides of something else, not those of the article's talks; a verb, or an adverb before
    /// one, follows the sides that met (`Сторони погодили`, `Сторони також домовилися`).
    private func isSidesOfSomething(at p: Int, in range: Range<Int>, _ context: FactContext) -> Bool {
        guard context.words[p] == "сторони" || context.words[p] == "сторін", p + 1 < range.upperBound else { return false }
        return context.isLowercaseWord(p + 1) && !isVerbOrAdverbBeforeOne(p + 1, context)
    }

    /// Whether the verb at `v` is `має` (or another of ``dutyVerbs``) with an infinitive right
    /// after it that is the trigger at `t` or stands at most three words before it, and that
    /// does not stop or judge the event (``stoppingVerbStems``).
    private func isDuty(at v: Int, before t: Int, _ context: FactContext) -> Bool {
        guard Self.dutyVerbs.contains(context.words[v]), v + 1 <= t, t - v <= 4, context.isInfinitive(v + 1) else { return false }
        let infinitive = context.words[v + 1]
        return !Self.stoppingVerbStems.contains { infinitive.begins(with: $0) }
    }

    /// Stems of infinitives after `має` that stop, block or judge an event rather than hold it
    /// (`Росія має припинити удари`, `суд має розглянути справу про обстріл`).
    static let stoppingVerbStems = ["припин", "заблоку", "блоку", "розгляну", "розслід", "засуд", "скасу", "відмов", "уникну", "запобіг"]

    /// Verbs of a duty or plan before an infinitive (`має взяти участь`, `мають підписати`).
    static let dutyVerbs: Set<String> = ["має", "мають", "матиме", "матимуть", "мусить", "мусять"]

    /// Stems of verbs after which an infinitive is agreed on or decided, not done
    /// (`домовилися зустрітися`).
    static let agreeingVerbStems = ["домовил", "погодил", "вирішил", "план", "збира", "наміря"]

    /// Stems of documents one side signs alone: laws, decrees, orders, letters, petitions.
    static let unilateralDocuments = ["закон", "указ", "постанов", "розпорядж", "наказ", "петиці", "звернен", "лист"]

    /// Stems of words for a kind of place before its name: `на авіабазі Рамштайн`, `у селі
    /// Городище`, `на стадіоні «Арена Львів»`.
    static let placeKindStems = [
        "авіабаз", "баз", "аеропорт", "порт", "стадіон", "сел", "селищ", "місті", "місто", "палац", "резиденц", "готел",
        "остров", "острів", "курорт", "полігон", "табор", "фортец", "замк", "монастир",
    ]

    /// Stems of words for defence, before `від` + a strike.
    static let defenceStems = ["захист", "захищ", "оборон", "убезпеч", "вберег", "укритт"]

    /// First words of a sentence that turn to another topic.
    /// Each is its first word and the second, if any; `newEvent` marks those after which no
    /// event told before is told again: `Окремо Кудрицький зустрівся …` is another meeting,
    /// where `Крім того, на зустрічі …` is not.
    static let topicShifts: [(first: String, second: String?, newEvent: Bool)] = [
        ("водночас", nil, true), ("тим", "часом", true), ("натомість", nil, true), ("окремо", nil, true),
        ("нагадаємо", nil, false), ("окрім", "того", false), ("крім", "того", false), ("окрім", "цього", false), ("крім", "цього", false),
    ]

    /// Whether the day `date` (`2024-04-04`) falls within `span`, a day or a period of days
    /// (`2024-04-03/2024-04-04`).
    static func day(_ date: String, isWithin span: String) -> Bool {
        guard let day = CalendarDate(iso: date), date.utf8.count == 10 else { return false }
        let ends = span.split(separator: "/").map(String.init)
        guard let first = ends.first.flatMap(CalendarDate.init(iso:)), let last = ends.last.flatMap(CalendarDate.init(iso:)),
            ends.allSatisfy({ $0.utf8.count == 10 })
        else { return false }
        return first <= day && day <= last
    }

    /// How many days a visit told in sentence `s` lasts: 2 for `дводенний`, 3 for `триденний`,
    /// 4 for `чотириденний`; else 1.
    static func visitDays(inSentence s: Int, _ context: FactContext) -> Int {
        for i in context.tokens(ofSentence: s) {
            let w = context.words[i]
            if w.begins(with: "дводенн") { return 2 }
            if w.begins(with: "триденн") { return 3 }
            if w.begins(with: "чотириденн") { return 4 }
        }
        return 1
    }

    /// Stems of verbs of deciding (`ухвалив`, `прийняла`).
    static let decisionVerbStems = ["ухвал", "прийня", "затверд"]

    /// Stems of nouns after `за` that name a mediator (`за посередництва ОАЕ`, `за сприяння Ватикану`).
    static let mediatorStems = ["посередництв", "сприянн"]

    /// Plurals that stand for the people of an event (`президенти зустрічалися`, `зустріч
    /// лідерів`), in the nominative and the genitive.
    static let pluralPeople: Set<String> = [
        "президенти", "лідери", "міністри", "прем'єри", "прем'єр-міністри", "очільники", "політики", "сторони", "мери",
        "президентів", "лідерів", "міністрів", "прем'єрів", "прем'єр-міністрів", "очільників", "сторін", "мерів",
    ]

    /// The one organisation named before token `before` that has a word (after its first)
    /// beginning like `noun` (`групи` → `Контактна група з питань оборони України`), or the
    /// one that `noun` stood right before as its part (`Правління НБУ`), or nil.
    func bodyNamedByHead(_ noun: String, before: Int, _ context: FactContext) -> String? {
        guard noun.count >= 4, noun.first?.isLowercase == true else { return nil }
        let stem = noun.prefix(4)
        let bodies = context.entities.filter { entity in
            entity.type == "ORG" && (entity.mentions.first?.lowerBound ?? before) < before
                && entity.name.lowercased().split(separator: " ").dropFirst().contains { $0.count >= 4 && $0.hasPrefix(stem) }
        }
        if bodies.count == 1 { return bodies[0].id }
        // `Правління Національного банку України … засідання правління`: the body whose part the
        // noun named before, right before its name.
        guard bodies.isEmpty, noun.count >= 6 else { return nil }
        let part = noun.prefix(noun.count - 1)
        for j in stride(from: before - 2, through: 0, by: -1) where context.words[j].hasPrefix(part) && context.entity(at: j) == nil {
            if let body = context.entity(at: j + 1), body.type == "ORG", context.mentionStart(j + 1) == j + 1 { return body.id }
        }
        return nil
    }

    /// Whether sentence `s` opens with `Раніше` (earlier) or `Перед цим` (before that).
    func opensWithEarlier(_ s: Int, _ context: FactContext) -> Bool {
        let tokens = context.tokens(ofSentence: s)
        guard let first = tokens.first.map({ context.words[$0] }) else { return false }
        if first == "раніше" { return true }
        // `Перед цим Гроссі зустрівся в Києві …`: before the article's day, on no day it names.
        return first == "перед" && tokens.count > 1 && ["цим", "тим"].contains(context.words[tokens.lowerBound + 1])
    }

    /// The tokens of `range` inside quotation marks `«…»`.
    static func quotedTokens(in range: Range<Int>, _ context: FactContext) -> Set<Int> {
        var depth = 0
        var inside = Set<Int>()
        for i in range {
            if context.words[i].isSpelled("»") { depth = max(0, depth - 1) }
            if depth > 0 { inside.insert(i) }
            if context.words[i].isSpelled("«") { depth += 1 }
        }
        return inside
    }

    /// Words before a date that make it a span or a deadline rather than a day the event was on.
    static let spanWords: Set<String> = ["протягом", "впродовж", "продовж", "кінця", "до", "початку", "середини"]

    /// Whether the span word at `t` names the part of a period an event falls in (`на
    /// початку наступного року`), not a span from or to it (`з початку року`, `до кінця року`).
    static func isPartOfPeriod(_ t: Int, in range: Range<Int>, _ context: FactContext) -> Bool {
        guard t > range.lowerBound, context.words[t] == "початку" else { return false }
        return ["на", "в", "у"].contains(context.words[t - 1])
    }

    func extract(_ context: FactContext, dates: [DateMention]) -> [Event] {
        var events: [Event] = []
        var countries: [[String]] = []
        var focus: Int?
        // The first event a mention may join: a sentence that turns to a new topic starts afresh.
        var firstOfTopic = 0
        // The last sentence that named each event by a noun (`конференція`), by event index.
        var lastNamedByNoun: [Int: Int] = [:]
        var city: String?
        let document = context.document
        for s in 0..<document.sentenceCount {
            // `Водночас Національний банк знизив ставку`: a new topic, whose people are not the
            // event's before it.
            let range = context.tokens(ofSentence: s)
            if range.count > 2,
                let shift = Self.topicShifts.first(where: { shift in
                    context.words[range.lowerBound] == shift.first && (shift.second.map { context.words[range.lowerBound + 1] == $0 } ?? true)
                })
            {
                focus = nil
                if shift.newEvent { firstOfTopic = events.count }
            }
            // `випустила по місту три ракети`: the city is where the article's first placed event was.
            if city == nil { city = events.lazy.compactMap(\.place).first { id in context.entities.first { $0.id == id }?.type == "LOC" } }
            var mentions = self.mentions(in: s, context, dates: dates, city: city).filter { mention in
                !(mention.refersBack && events[firstOfTopic...].contains { $0.kind == mention.kind })
            }
            // `Схооф запросив її відвідати Гаагу в березні. Там вона має взяти участь у
            // конференції`: `Там` is where the event of the sentence before is, and then.
            // Not `Там повідомили` (they said there), and only the place named last before it.
            if range.count > 1, context.words[range.lowerBound] == "там", !context.isCue[range.lowerBound + 1],
                let before = events.last(where: { $0.sentence == s - 1 && $0.place != nil }),
                context.tokens(ofSentence: s - 1).last(where: { context.entity(at: $0)?.type == "LOC" }).map({ context.entity(at: $0)?.id }) == before.place
            {
                for m in mentions.indices where mentions[m].place == nil {
                    mentions[m].place = before.place
                    if mentions[m].date == nil { mentions[m].date = before.date }
                }
            }
            // `США представляє Венді Шерман, яка брала участь у перемовинах у Женеві`: the main
            // clause speaks of the event in focus, the relative clause of another one.
            let clauseEnd = mainClauseEnd(s, context)
            if let focus, !mentions.isEmpty, mentions.allSatisfy({ $0.trigger > clauseEnd }),
                let joined = participation(in: s, before: clauseEnd, context)
            {
                for participant in joined { add(participant, to: &events[focus]) }
            }
            var touched: [Int] = []
            let existing = events.count
            for mention in mentions {
                let index = place(mention, into: &events, countries: &countries, focus: focus, from: firstOfTopic, paragraphOf: context.paragraphOfSentence)
                touched.append(index)
                if !mention.isVerb { lastNamedByNoun[index] = s }
                if mention.date != nil || mention.opensSentence || focus == nil { focus = index }
            }
            // `За підсумками консультацій сторони домовилися …`: an event first told beside
            // another one shares its date and place when it has none of its own.
            for index in touched where index >= existing {
                for other in touched where other != index {
                    if events[index].date == nil { events[index].date = events[other].date }
                    if events[index].place == nil { events[index].place = events[other].place }
                    // `За підсумками консультацій сторони домовилися`: the sides are the meeting's people.
                    if events[index].participants.isEmpty && events[index].kind != .attack && events[index].kind != .sanction {
                        events[index].participants = events[other].participants.filter { p in
                            context.isPerson(p.entity)
                        }
                    }
                }
            }
            // `Разом із міністром … Кулебою вона оглянула пошкоджені внаслідок російських ударів
            // об'єкти`: a strike told as background does not keep the people from the event in focus.
            let onlyBackground = mentions.allSatisfy { $0.kind == .attack || $0.kind == .sanction }
            // Nobody takes part in another's appointment or dismissal (`яка досі очолювала департамент`).
            if onlyBackground, let focus, ![.attack, .sanction, .appointment, .dismissal].contains(events[focus].kind),
                let joined = participation(in: s, context),
                // `Її відкрили …` opens the event only right after a sentence that names it by a
                // noun (`Конференція тривала в Римі`; not `Він оглянув школу. Її відкрили торік`).
                !opensOnly(s, context) || lastNamedByNoun[focus] == s - 1
            {
                for participant in joined { add(participant, to: &events[focus]) }
                if !events[focus].sentences.contains(s) { events[focus].sentences.append(s) }
            }
        }
        let published = context.referenceDate
        // `НБУ оштрафував банк … Відповідне рішення ухвалив Комітет … в понеділок, 16 березня`:
        // a decision taken (a past verb) in the next sentence of the paragraph dates a
        // sanction, appointment or dismissal, on a day not after publication.
        for i in events.indices where events[i].date == nil && [.sanction, .appointment, .dismissal].contains(events[i].kind) {
            let next = events[i].sentence + 1
            guard next < document.sentenceCount, context.paragraphOfSentence[next] == context.paragraphOfSentence[events[i].sentence] else { continue }
            let range = context.tokens(ofSentence: next)
            guard (range.lowerBound..<min(range.upperBound, range.lowerBound + 3)).contains(where: { context.words[$0].begins(with: "рішенн") }),
                range.contains(where: { t in context.flags[t].contains(.past) && Self.decisionVerbStems.contains { context.words[t].begins(with: $0) } }),
                let day = dates.first(where: { range.contains($0.tokens.lowerBound) }), let value = day.value, let date = CalendarDate(iso: value),
                published.map({ date.dayNumber <= $0.dayNumber }) ?? true
            else { continue }
            events[i].date = value
        }
        // The lede: an undated event told in the first paragraph happened on the day of
        // publication (not one told after `Раніше`, before the article's day), and one with no
        // place where the dateline says (`Варшава, 18 січня 2024 року.`); a strike lands elsewhere.
        let datelinePlace = context.dateline.flatMap { context.entity(at: $0.place.lowerBound) }.flatMap { $0.type == "LOC" ? $0.id : nil }
        for i in events.indices where events[i].status != "announced"
            && context.paragraphOfSentence[events[i].sentence] == 0 && !opensWithEarlier(events[i].sentence, context)
        {
            if events[i].date == nil, let published { events[i].date = published.iso }
            if events[i].place == nil && events[i].kind != .attack, let datelinePlace { events[i].place = datelinePlace }
        }
        // The article's frame: an event told without a date happened on the date of the
        // article's main event — the first one dated within a week of publication
        // (`Після огляду порту міністри провели переговори`).
        let frame = events.indices.first { i in
            guard let date = events[i].date, let day = CalendarDate(iso: date) else { return false }
            guard let published else { return true }
            return abs(day.dayNumber - published.dayNumber) <= 7
        }
        // The latest event not announced in each paragraph, as the loop goes.
        var lastInParagraph: [Int: Int] = [:]
        for i in events.indices {
            let paragraph = context.paragraphOfSentence[events[i].sentence]
            let before = lastInParagraph[paragraph]
            if events[i].status != "announced" { lastInParagraph[paragraph] = i }
            // `У Варшаві 3–4 квітня тривали переговори. За їхніми підсумками у четвер … підписали
            // меморандум`: an event on a day of the one before it in the paragraph is where that one was.
            if let date = events[i].date, events[i].place == nil, events[i].kind != .attack, let b = before, let place = events[b].place,
                let span = events[b].date, Self.day(date, isWithin: span)
            {
                events[i].place = place
            }
            guard events[i].date == nil else { continue }
            // `Раніше Кулеба відвідав Варшаву`: before the article's day, on no day it names.
            if opensWithEarlier(events[i].sentence, context) { continue }
            // `Кудрицький зустрівся з представниками компанії. Сторони домовилися …`: the event
            // told just before in the paragraph, else the article's frame.
            // With no event dated before it, what happened is the article's news: it happened on
            // the day of publication (a front-line report's strikes `за минулу добу`).
            if (before ?? frame).map({ $0 >= i }) ?? true, frame == nil, events[i].status == "happened", let published {
                events[i].date = published.iso
                continue
            }
            guard let f = before ?? frame, f < i, events[i].status != "announced" else { continue }
            events[i].date = events[f].date
            // Strikes land elsewhere than where the article's meeting or visit is.
            if events[i].place == nil && events[i].kind != .attack { events[i].place = events[f].place }
            if events[i].participants.isEmpty && events[i].kind != .attack && events[i].kind != .sanction {
                events[i].participants = events[f].participants.filter { p in context.isPerson(p.entity) }
            }
        }
        // `Блінкен прибув до Пекіна з дводенним візитом. … У понеділок Блінкен провів
        // переговори`: what a visitor does during the visit's days is where the visit is.
        for i in events.indices where events[i].place == nil && events[i].kind != .attack && events[i].kind != .visit {
            guard let date = events[i].date.flatMap(CalendarDate.init(iso:)), events[i].date?.utf8.count == 10 else { continue }
            for v in stride(from: i - 1, through: 0, by: -1) where events[v].kind == .visit {
                guard let place = events[v].place, let start = events[v].date.flatMap(CalendarDate.init(iso:)),
                    events[v].participants.contains(where: { p in events[i].participants.contains { $0.entity == p.entity } })
                else { continue }
                let days = Self.visitDays(inSentence: events[v].sentence, context)
                if start.dayNumber <= date.dayNumber && date.dayNumber < start.dayNumber + days { events[i].place = place }
                break
            }
        }
        // `Того ж дня Умєров зустрівся з представниками концерну` after the talks in Berlin:
        // whom a person meets on the day of an earlier meeting, they meet where that one was.
        for i in events.indices where events[i].place == nil && events[i].kind == .meeting && events[i].status != "announced" {
            guard let date = events[i].date, date.utf8.count == 10 else { continue }
            let people = Set(events[i].participants.map(\.entity).filter { context.isPerson($0) })
            guard !people.isEmpty,
                let earlier = (0..<i).last(where: { v in
                    events[v].date == date && events[v].place != nil && events[v].kind != .attack && events[v].status != "announced"
                        && events[v].participants.contains { people.contains($0.entity) }
                })
            else { continue }
            events[i].place = events[earlier].place
        }
        for i in events.indices where events[i].participants.isEmpty {
            for id in countries[i] where id != events[i].place {
                add(EventParticipant(entity: id, role: "participant"), to: &events[i])
            }
        }
        // `Україна повернула 150 військових, яких утримували в Росії. Обмін відбувся …`: an
        // exchange with no one named is between the two places of the sentence before it in its
        // paragraph; a mediator (`за посередництва`) is no side.
        // Failing that, between the two countries of its paragraph and the one before it, a
        // country adjective included (`Україна повернула з російського полону …` and, after
        // `Обмін відбувся за посередництва ОАЕ`, `Росія отримала …`).
        for i in events.indices where events[i].kind == .exchange && events[i].participants.isEmpty {
            let s = events[i].sentence
            func countries(in range: Range<Int>, adjectives: Bool) -> [String] {
                var sides: [String] = []
                for t in range {
                    if adjectives, context.entity(at: t) == nil, let country = CountryAdjectives.country(of: context.words[t]),
                        let entity = context.entities.first(where: { $0.type == "LOC" && $0.name == country }), !sides.contains(entity.id)
                    {
                        sides.append(entity.id)
                        continue
                    }
                    guard let entity = context.entity(at: t), entity.type == "LOC", !sides.contains(entity.id), !isInTitle(t, context) else { continue }
                    let first = context.mentionStart(t)
                    // A mediator (`за посередництва`, `за сприяння`) is no side, nor a border (`на кордоні з Білоруссю`).
                    if first > range.lowerBound,
                        Self.mediatorStems.contains(where: { context.words[first - 1].begins(with: $0) })
                            || (first - 1 > range.lowerBound && context.words[first - 1] == "з" && context.words[first - 2].begins(with: "кордон"))
                    {
                        continue
                    }
                    sides.append(entity.id)
                }
                return sides
            }
            var sides: [String] = []
            if s > 0, context.paragraphOfSentence[s - 1] == context.paragraphOfSentence[s] {
                sides = countries(in: context.tokens(ofSentence: s - 1), adjectives: false)
            }
            if sides.count != 2 {
                let paragraph = context.paragraphOfSentence[s]
                let sentences = (0..<document.sentenceCount).filter { [paragraph - 1, paragraph].contains(context.paragraphOfSentence[$0]) }
                if let first = sentences.first, let last = sentences.last {
                    sides = countries(in: context.tokens(ofSentence: first).lowerBound..<context.tokens(ofSentence: last).upperBound, adjectives: true)
                }
            }
            guard sides.count == 2 else { continue }
            for id in sides { add(EventParticipant(entity: id, role: "participant"), to: &events[i]) }
        }
        // `Наступний раунд консультацій сторони планують провести в Києві`: a meeting with no one
        // named is between the countries of the article's first meeting between countries.
        // A body of a country stands for the country (`міністерствами закордонних справ України`).
        let places = context.entities.filter { $0.type == "LOC" }
        func country(of id: String) -> String? {
            guard let entity = context.entities.first(where: { $0.id == id }) else { return nil }
            if entity.type == "LOC" { return id }
            guard let last = entity.name.split(separator: " ").last.map(String.init) else { return nil }
            return places.first { place in
                place.name == last || (place.name.count >= 5 && !place.name.contains(" ") && last.hasPrefix(String(place.name.dropLast())))
            }?.id
        }
        // The countries a meeting's sentence names after `між` (between), or in its phrase.
        func sides(_ i: Int) -> [String] {
            var ids = countries[i]
            let range = context.tokens(ofSentence: events[i].sentence)
            if let between = range.first(where: { context.words[$0].isSpelled("між") }) {
                for t in between..<range.upperBound {
                    if let entity = context.entity(at: t), entity.type == "LOC" || entity.type == "ORG", !ids.contains(entity.id) { ids.append(entity.id) }
                }
            }
            var found: [String] = []
            for id in ids where id != events[i].place { if let c = country(of: id), !found.contains(c) { found.append(c) } }
            return found
        }
        if let first = events.indices.first(where: { events[$0].kind == .meeting && sides($0).count >= 2 }) {
            let sides = sides(first)
            for i in events.indices where i != first && events[i].kind == .meeting && events[i].participants.isEmpty {
                for id in sides where id != events[i].place { add(EventParticipant(entity: id, role: "participant"), to: &events[i]) }
            }
        }
        // `Особисто президенти зустрічалися у травні`: a plural of the people who meet, with no
        // one named, is the people of the article's first event between two named persons.
        let peopleOf = events.map { $0.participants.filter { p in context.isPerson(p.entity) } }
        if let pair = peopleOf.indices.first(where: { peopleOf[$0].count >= 2 }) {
            let people = peopleOf[pair]
            for i in events.indices where i != pair && events[i].kind != .attack && events[i].kind != .sanction {
                let range = context.tokens(ofSentence: events[i].sentence)
                // `Сторони погодили виділення Україні …`: a plural of people opening the sentence
                // is its subject; the countries of what they agreed on are no parties then. Not
                // `Сторони конфлікту …`: a verb (or an adverb before it) follows; and the pair met
                // in this paragraph or the one before.
                let second = range.lowerBound + 1
                if Self.pluralPeople.contains(context.words[range.lowerBound]), context.entity(at: range.lowerBound) == nil,
                    second < range.upperBound, isVerbOrAdverbBeforeOne(second, context),
                    context.paragraphOfSentence[events[i].sentence] - context.paragraphOfSentence[events[pair].sentence] <= 1,
                    !events[i].participants.isEmpty, events[i].participants.allSatisfy({ !context.isPerson($0.entity) })
                {
                    events[i].participants = []
                }
                // `Лідери … підписали угоду` after the visit of one of them: one of the pair, taken
                // from the article's frame, does not keep the plural from standing for both; but
                // not a visit of one of them (`прибув до Брюсселя, де міністри обговорювали`).
                guard events[i].participants.isEmpty
                    || (events[i].kind != .visit && !range.contains(where: { context.entity(at: $0)?.type == "PERS" })
                        && events[i].participants.allSatisfy { p in people.contains { $0.entity == p.entity } })
                else { continue }
                // Not a word of a name (`Кабінету Міністрів`); a title is one (`міністри оборони`).
                // `Вони домовилися`: a sentence opened by `вони` speaks of them too. The plural
                // stands in the main clause, before any relative word (`…, де міністри обговорювали`).
                let relative = range.first { ["де", "коли", "який", "яка", "які", "що"].contains(context.words[$0]) } ?? range.upperBound
                guard context.words[range.lowerBound] == "вони"
                    || (range.lowerBound..<relative).contains(where: { p in
                        Self.pluralPeople.contains(context.words[p]) && (context.entity(at: p)?.type ?? "JOB") == "JOB"
                            && !isSidesOfSomething(at: p, in: range, context)
                    })
                else { continue }
                for p in people { add(p, to: &events[i]) }
            }
        }
        return events
    }

    private func mentions(in s: Int, _ context: FactContext, dates: [DateMention], city: String?) -> [Mention] {
        let range = context.tokens(ofSentence: s)
        var found: [Mention] = []
        var t = range.lowerBound
        while t < range.upperBound {
            defer { t += 1 }
            guard context.document.tokenKinds[t] == .word, context.entity(at: t) == nil || context.entity(at: t)?.type == "JOB" else { continue }
            guard context.classes[t].trigger >= 0 else { continue }
            let trigger = EventTrigger.all[context.classes[t].trigger]
            if !trigger.requiresNearby.isEmpty {
                let window = max(range.lowerBound, t - trigger.reach)..<min(range.upperBound, t + trigger.reach + 1)
                guard window.contains(where: { i in trigger.requiresNearby.contains { context.words[i].begins(with: $0) } })
                    || (trigger.kind == .exchange && t == range.lowerBound && exchangeToldBefore(s, context))
                else { continue }
            }
            if trigger.kind == .appointment, !isAppointment(at: t, in: range, context) { continue }
            if trigger.requiresDestination, !hasDestination(after: t, in: range, context) { continue }
            if t > range.lowerBound && (context.words[t - 1].isSpelled("не") || context.words[t - 1].isSpelled("ні")) { continue }
            // A negated verb before it: `не ведемо прямих переговорів` (but `не лише зустрівся`).
            if let no = (max(range.lowerBound, t - 3)..<t).last(where: { context.words[$0].isSpelled("не") }),
                no + 1 < t, context.isVerb(no + 1),
                ((no + 1)..<t).allSatisfy({ context.document.tokenKinds[$0] == .word && !context.words[$0].isSpelled("і") && !context.words[$0].isSpelled("та") })
            {
                continue
            }
            // A fine is a sanction when a body imposes it (`НБУ оштрафував банк`), not a
            // patrol's fine of a driver (`Патрульні оштрафували водія`).
            if trigger.kind == .sanction, context.words[t].begins(with: "оштрафува"),
                !(range.lowerBound..<t).contains(where: { context.entity(at: $0)?.type == "ORG" })
            {
                continue
            }
            // Signing a law or a decree is no agreement between parties: `підписав закон`.
            if trigger.kind == .agreement, context.words[t].begins(with: "підпис"), t + 1 < range.upperBound,
                Self.unilateralDocuments.contains(where: { context.words[t + 1].begins(with: $0) })
            {
                continue
            }
            // Defence against strikes is no strike: `захист інфраструктури від ударів дронів`,
            // `ППО проти атак`; `від удару загинули` is one. Nor are strikes in the plural
            // after `під` a circumstance (`працювати навіть під обстрілами`), unlike `місто під обстрілом`.
            if trigger.kind == .attack, t > range.lowerBound,
                context.words[t - 1].isSpelled("проти")
                    || context.words[t - 1].isSpelled("під") && (context.words[t].hasSuffix("ами") || context.words[t].hasSuffix("ями"))
                    || context.words[t - 1].isSpelled("від")
                        && (max(range.lowerBound, t - 5)..<(t - 1)).contains(where: { i in Self.defenceStems.contains { context.words[i].begins(with: $0) } })
            {
                continue
            }
            // One mention per kind and sentence; a noun that refers back (`Після зустрічі`) leaves
            // room for the event the sentence tells (`Після зустрічі Зеленський провів переговори`).
            if found.contains(where: { $0.kind == trigger.kind && !$0.refersBack }) { continue }
            // An appointment or dismissal names whom: `від часу призначення на посаду` alone is
            // background to another event.
            if trigger.kind == .appointment || trigger.kind == .dismissal,
                !range.contains(where: { context.entity(at: $0)?.type == "PERS" })
            {
                continue
            }
            let phrase = phraseRange(from: t, limit: range.upperBound, context)
            // A span or a deadline (`протягом 2024 року`, `до кінця 2025 року`) is not when the event was,
            // nor a date in the words quoted beside it (`«… з наступного року», – сказав X після переговорів`).
            let quoted = Self.quotedTokens(in: range, context)
            let date = dates.filter { d in
                d.tokens.lowerBound >= range.lowerBound && d.tokens.upperBound <= range.upperBound && !d.isTime && d.value != nil
                    && !(d.tokens.lowerBound > range.lowerBound && Self.spanWords.contains(context.words[d.tokens.lowerBound - 1])
                        && !Self.isPartOfPeriod(d.tokens.lowerBound - 1, in: range, context))
                    && quoted.contains(d.tokens.lowerBound) == quoted.contains(t)
            }
                .min { abs($0.tokens.lowerBound - t) < abs($1.tokens.lowerBound - t) }?.value
            var participants: [EventParticipant] = []
            let place: String?
            if trigger.kind == .attack || trigger.kind == .sanction {
                // Who strikes or sanctions is the subject before the trigger (`Росія завдала удару`);
                // where an attack lands follows `по`/`на` (`удару по Києву`).
                place = targetNear(t, in: range, context, city: city) ?? placeNear(t, in: range, context) ?? regionBefore(t, in: range, context)
                for i in range.lowerBound..<t {
                    // Who imposes sanctions may be a person: `Президент Володимир Зеленський увів у
                    // дію рішення РНБО про санкції`.
                    if trigger.kind == .sanction, let entity = context.entity(at: i), entity.type == "PERS",
                        !participants.contains(where: { $0.entity == entity.id })
                    {
                        participants.append(EventParticipant(entity: entity.id, role: "participant"))
                        continue
                    }
                    guard let entity = context.entity(at: i), entity.type == "LOC" || entity.type == "ORG", entity.id != place else { continue }
                    let first = context.mentionStart(i)
                    if first > range.lowerBound && Self.prepositions.contains(context.words[first - 1]) { continue }
                    // `Мер Рівного закликав … не публікувати наслідків атаки`: whose office a title
                    // is, is not who strikes.
                    if first > range.lowerBound && (context.entity(at: first - 1)?.type == "JOB" || RoleVocabulary.isHead(context.words[first - 1])) {
                        continue
                    }
                    if !participants.contains(where: { $0.entity == entity.id }) {
                        participants.append(EventParticipant(entity: entity.id, role: "participant"))
                    }
                }
                // `російські війська атакували Київ`: the country of an adjective before the
                // trigger, when the article names that country.
                if participants.isEmpty {
                    for i in range.lowerBound..<t {
                        guard let country = CountryAdjectives.country(of: context.words[i]),
                            let entity = context.entities.first(where: { ($0.type == "LOC" || $0.type == "ORG") && $0.name == country }), entity.id != place
                        else { continue }
                        participants.append(EventParticipant(entity: entity.id, role: "participant"))
                        break
                    }
                }
            } else if trigger.kind == .visit, t + 1 < range.upperBound, let entity = context.entity(at: t + 1),
                entity.type == "LOC" || (entity.type == "ORG" && context.isVerb(t))
            {
                place = entity.id  // `відвідати Миколаїв`, `відвідав Запорізьку АЕС`
                for i in range {
                    if let entity = context.entity(at: i), entity.type == "PERS" {
                        participants.append(EventParticipant(entity: entity.id, role: role(of: i, in: range, context)))
                    }
                }
            } else {
                place = placeNear(t, in: range, context)
                let source = sourcePhrase(in: range, context)
                for i in range where !source.contains(i) {
                    if let entity = context.entity(at: i), entity.type == "PERS" {
                        participants.append(EventParticipant(entity: entity.id, role: role(of: i, in: range, context)))
                    }
                }
            }
            // `Наступного дня український міністр відвідав завод`: the visitor named by a title;
            // so is who meets (`Увечері український міністр зустрівся з представниками громади`).
            if trigger.kind == .visit || (trigger.kind == .meeting && context.isVerb(t)), participants.isEmpty,
                // Not a word inside a name (`За даними Офісу Президента`).
                let holder = (range.lowerBound..<t).lazy.filter({ context.entity(at: $0)?.type != "ORG" }).compactMap({ i in
                    QuoteVocabulary.roleWords[context.words[i]].flatMap { QuoteExtractor().roleHolder($0, at: i, before: t, context) }
                }).first
            {
                participants.append(EventParticipant(entity: holder, role: "participant"))
            }
            // `Там вона провела переговори з прем'єр-міністром Польщі`: a pronoun subject before
            // the trigger, with no person named before it in the sentence, stands for the
            // nearest person of its gender before the sentence.
            // Not when the meeting has its people already (`Вона прокоментувала зустріч Зеленського з Туском`).
            if trigger.kind == .meeting || trigger.kind == .visit || trigger.kind == .call, Set(participants.map(\.entity)).count < 2,
                !(range.lowerBound..<t).contains(where: { context.entity(at: $0)?.type == "PERS" }),
                // The pronoun within three words before the trigger, in its clause, or six
                // before a noun it takes part in (`вона має взяти участь у конференції`).
                let pronoun = (max(range.lowerBound, t - 3)..<t).first(where: { QuoteVocabulary.pronouns[context.words[$0]] != nil })
                    ?? (context.isVerb(t) ? nil : (max(range.lowerBound, t - 6)..<t).first(where: { p in
                        QuoteVocabulary.pronouns[context.words[p]] != nil && (p + 1..<t).contains { context.words[$0] == "участь" }
                    })),
                (pronoun + 1..<t).allSatisfy({ context.document.tokenKinds[$0] == .word }),
                let gender = QuoteVocabulary.pronouns[context.words[pronoun]],
                let person = QuoteExtractor().nearestPerson(before: range.lowerBound, gender: gender, context),
                !participants.contains(where: { $0.entity == person })
            {
                participants.insert(EventParticipant(entity: person, role: "participant"), at: 0)
            }
            // `У палаці з ним зустрівся президент України`: whom a meeting is with, told by a
            // pronoun after `з` beside the trigger, is the nearest person of its gender before
            // the sentence.
            if trigger.kind == .meeting || trigger.kind == .call, Set(participants.map(\.entity)).count < 2,
                let with = withPronoun(near: t, in: range, context),
                let person = QuoteExtractor().nearestPerson(before: range.lowerBound, gender: with, context),
                !participants.contains(where: { $0.entity == person }),
                !bodyStandsBetween(person, and: range.lowerBound, context)
            {
                participants.insert(EventParticipant(entity: person, role: "participant"), at: 0)
            }
            var nations: [String] = []
            for i in phrase {
                // Not the target of sanctions or strikes (`санкцій проти Росії`), nor the
                // region of a target (`портову інфраструктуру Одеської області`).
                if (trigger.kind == .sanction || trigger.kind == .attack) && i > range.lowerBound
                    && ["проти", "по", "на"].contains(context.words[i - 1]) { continue }
                let first = context.mentionStart(i)
                if trigger.kind == .attack, first > range.lowerBound, context.entity(at: i)?.type == "LOC",
                    context.isLowercaseWord(first - 1), !["і", "та", "й"].contains(context.words[first - 1])
                { continue }
                // Not what an agreement is about (`меморандум про відновлення … України`), unless
                // it is between (`угоду про співпрацю між Україною та Польщею`).
                if trigger.kind == .agreement, let about = (phrase.lowerBound..<i).last(where: { context.words[$0] == "про" }),
                    !(about..<i).contains(where: { context.words[$0] == "між" })
                {
                    continue
                }
                if let entity = context.entity(at: i), entity.type == "LOC" || entity.type == "ORG", !nations.contains(entity.id) { nations.append(entity.id) }
            }
            // `зустріч з енергетиками компанії «Харківобленерго»`: a body that the meeting is
            // with takes part, within four words after `з`/`із`/`зі`, which may follow where
            // the meeting was (`зустрівся в Торонто з керівництвом Конгресу`); so does a
            // company an agreement is signed with (`підписала угоду з норвезькою компанією Equinor`).
            if trigger.kind == .meeting || trigger.kind == .call || trigger.kind == .agreement {
                let reach = (t + 1)..<min(range.upperBound, t + 9)
                let with = reach.first { i in
                    ["з", "із", "зі"].contains(context.words[i]) && context.entity(at: i) == nil
                        && (t + 1..<i).allSatisfy { !(context.hasMorphology && context.isVerb($0)) && !context.words[$0].isSpelled(",") }
                }
                if let with {
                    for i in (with + 1)..<min(range.upperBound, with + 5) {
                        if let entity = context.entity(at: i), entity.type == "ORG", !participants.contains(where: { $0.entity == entity.id }) {
                            participants.append(EventParticipant(entity: entity.id, role: "participant"))
                        }
                    }
                }
            }
            // `засідання групи`: a body the article named, called by its head noun.
            if participants.isEmpty && trigger.kind == .meeting, t + 1 < range.upperBound, context.document.tokenKinds[t + 1] == .word,
                context.entity(at: t + 1) == nil,
                // Not the part of another body named right after it (`засідання правління «Укрзалізниці»`).
                t + 2 >= range.upperBound
                    || (!context.words[t + 2].isSpelled("«") && context.entity(at: t + 2) == nil
                        && (context.isLowercaseWord(t + 2) || context.document.tokenKinds[t + 2] != .word)),
                let body = bodyNamedByHead(context.words[t + 1], before: t, context)
            {
                participants.append(EventParticipant(entity: body, role: "participant"))
            }
            // Countries or bodies as the subject, when no person takes part: `Україна та Польща
            // домовилися створити центр` (not one after a preposition, nor the place).
            // The body it is with may be known already (`«Нафтогаз» підписав угоду з компанією Equinor`).
            let personTakesPart = participants.contains { p in context.entities.contains { $0.id == p.entity && $0.type == "PERS" } }
            if !personTakesPart && (trigger.kind == .agreement || trigger.kind == .meeting || trigger.kind == .call), context.isVerb(t) {
                var i = t - 1
                // A date between commas does not end the subject's clause (`«Укрзалізниця» в
                // середу, 2 грудня, підписало контракт`).
                func isDateComma(_ i: Int) -> Bool {
                    (i > range.lowerBound && context.entity(at: i - 1)?.type == "DATE") || (i + 1 < t && context.entity(at: i + 1)?.type == "DATE")
                }
                while i >= range.lowerBound && t - i <= 12 && (!context.words[i].isSpelled(",") || isDateComma(i)) {
                    if let entity = context.entity(at: i), entity.type == "LOC" || entity.type == "ORG", entity.id != place {
                        let first = context.mentionStart(i)
                        if !(first > range.lowerBound && Self.prepositions.contains(context.words[first - 1])),
                            !participants.contains(where: { $0.entity == entity.id })
                        {
                            participants.insert(EventParticipant(entity: entity.id, role: "participant"), at: 0)
                        }
                        i = first
                    }
                    i -= 1
                }
            }
            let opens = t == range.lowerBound || (t == range.lowerBound + 1 && context.words[range.lowerBound].isSpelled("–"))
            // `планує візит`, `підготовку до саміту`: an event still to come, whatever the
            // tense of the verb.
            // A trigger in the past tense happened all the same (`Наступного дня міністр відвідав`).
            // So is one whose nearest verb before it plans (`уряд планує передати список … для
            // чергового пакета санкцій`).
            // So is a duty to come (`має взяти участь`): `має` with an infinitive after it.
            let planningVerb = (range.lowerBound..<t).last(where: { context.isVerb($0) && !context.isInfinitive($0) }).map { v in
                Self.planningVerbStems.contains { context.words[v].begins(with: $0) } || isDuty(at: v, before: t, context)
            } ?? false
            // `домовилися зустрітися`: what they agreed to do is still to come.
            let agreedTo = context.isInfinitive(t) && t > range.lowerBound
                && Self.agreeingVerbStems.contains { context.words[t - 1].begins(with: $0) }
            // `Зустріч запланована на вівторок`: a participle of planning right after the noun.
            let plannedAfter = !context.isVerb(t) && t + 1 < range.upperBound && context.words[t + 1].begins(with: "запланова")
            let planned = agreedTo || plannedAfter || !context.flags[t].contains(.past) && (planningVerb || (max(range.lowerBound, t - 3)..<t).contains { i in
                Self.plannedStems.contains { context.words[i].begins(with: $0) }
            })
            let status = planned ? "announced" : context.status(near: t) ?? "happened"
            // `Після зустрічі прем'єр поклав квіти … в парку`: the sentence tells of what came
            // after the event, and its place is not the event's.
            let after = t > range.lowerBound && (context.words[t - 1].isSpelled("після") || context.words[t - 1].isSpelled("перед"))
                && !context.isVerb(t)
            var mention = Mention(kind: trigger.kind, trigger: t, phrase: phrase, sentence: s, date: date, place: after ? nil : place,
                                  participants: participants, opensSentence: opens, countries: nations,
                                  triggerText: context.text(t..<t + 1), text: context.text(phrase), status: status)
            mention.withGroup = trigger.kind == .meeting && meetsGroup(after: t, in: range, context)
            mention.isVerb = context.isVerb(t)
            // Bare: the subject or a comma follows, not what the event was with or about; a person
            // in the genitive is whose event it was (`Після зустрічі Трампа з Путіним`).
            mention.refersBack = after && t + 1 < range.upperBound
                && (context.document.tokenKinds[t + 1] != .word || isNamedInTheNominative(at: t + 1, context))
            // A trip needs someone who goes (`Потяг поїхав до Львова` is none), and a holiday is none.
            if trigger.requiresDestination,
                !participants.contains(where: { context.isPerson($0.entity) })
                    || (t + 1..<min(range.upperBound, t + 8)).contains(where: { i in
                        context.words[i].begins(with: "відпустк") || context.words[i].begins(with: "відпочин")
                    })
            {
                continue
            }
            found.removeAll { $0.kind == mention.kind && $0.refersBack && !mention.refersBack }
            found.append(mention)
        }
        return found
    }

    /// Whether the meeting verb at `t` is with a group named by a lower-case plural noun in the
    /// instrumental, right after `з` (`зустрівся з представниками громади`, `зі студентами`),
    /// and no named entity follows in the sentence.
    private func meetsGroup(after t: Int, in range: Range<Int>, _ context: FactContext) -> Bool {
        guard context.isVerb(t), t + 2 < range.upperBound,
            ["з", "із", "зі"].contains(context.words[t + 1]), context.isLowercaseWord(t + 2),
            Self.pluralInstrumentalEndings.contains(where: { context.words[t + 2].hasSuffix($0) })
        else { return false }
        return !(t + 2..<range.upperBound).contains { context.entity(at: $0)?.type == "PERS" }
    }

    /// Whether a place follows `до`, `у` or `в` within seven words after the trigger at `t`
    /// (`поїхав разом з дружиною до Бучі`).
    private func hasDestination(after t: Int, in range: Range<Int>, _ context: FactContext) -> Bool {
        for i in (t + 2)..<min(range.upperBound, t + 8) {
            guard let entity = context.entity(at: i), entity.type == "LOC", context.mentionStart(i) == i else { continue }
            if ["до", "у", "в"].contains(context.words[i - 1]) { return true }
        }
        return false
    }

    /// Instrumental personal pronouns after `з` (`з ним`, `з нею`), with their gender.
    static let withPronouns: [String: String] = ["ним": "masc", "нею": "femn"]

    /// The gender of `з ним`/`з нею` standing just before the trigger at `t` (`з ним
    /// зустрівся`) or right after it (`зустрівся з нею`), or nil.
    private func withPronoun(near t: Int, in range: Range<Int>, _ context: FactContext) -> String? {
        let candidates = [t - 1, t - 2, t - 3, t + 2]
        for p in candidates where p - 1 >= range.lowerBound && p < range.upperBound {
            guard let gender = Self.withPronouns[context.words[p]], ["з", "із", "зі"].contains(context.words[p - 1]) else { continue }
            // Only words between the pronoun and the trigger: `з ним у палаці зустрівся`.
            let between = p < t ? (p + 1)..<t : (t + 1)..<(p - 1)
            guard between.allSatisfy({ context.document.tokenKinds[$0] == .word }) else { continue }
            return gender
        }
        return nil
    }

    /// Whether a country or body that may be what `з ним`/`з нею` stands for is named after
    /// the last mention of `person` before token `limit` (`Угорщина блокує рішення. Україна
    /// готова провести з нею переговори`); not a place where someone went or was (`прибув до
    /// Відня`, `у палаці`).
    private func bodyStandsBetween(_ person: String, and limit: Int, _ context: FactContext) -> Bool {
        guard let last = (0..<limit).last(where: { context.entity(at: $0)?.id == person }) else { return false }
        var i = last + 1
        while i < limit {
            if let entity = context.entity(at: i), entity.type == "LOC" || entity.type == "ORG" {
                let first = context.mentionStart(i)
                if first == 0 || !["до", "у", "в", "на", "з", "із", "зі"].contains(context.words[first - 1]) { return true }
                while i + 1 < limit, context.entity(at: i + 1)?.id == entity.id { i += 1 }
            }
            i += 1
        }
        return false
    }

    /// Whether the person named at token `t` is written in the nominative, as the words of its
    /// name (`Після зустрічі Крістерссон поїхав`, not `Після зустрічі Трампа`).
    private func isNamedInTheNominative(at t: Int, _ context: FactContext) -> Bool {
        guard let entity = context.entity(at: t), entity.type == "PERS" else { return false }
        let name = Set(entity.name.lowercased().split(separator: " ").map(String.init))
        var i = t
        while i < context.tokenCount, context.entity(at: i)?.id == entity.id, context.mentionStart(i) == context.mentionStart(t) {
            if !name.contains(context.words[i]) { return false }
            i += 1
        }
        return true
    }

    /// Endings of plural nouns in the instrumental (`представниками`, `мешканцями`).
    static let pluralInstrumentalEndings = ["ами", "ями"]

    /// The trigger and the words it heads, up to a verb, a place or time preposition, or punctuation.
    private func phraseRange(from t: Int, limit: Int, _ context: FactContext) -> Range<Int> {
        var end = t + 1
        let stops: Set<String> = ["у", "в", "на", "о", "після", "до", "під", "за", "який", "яка", "які", "що", "де", "коли", "і", "й"]
        while end < min(limit, t + 9) {
            let word = context.words[end]
            if word.isSpelled("«") || word.isSpelled("»") || (word.isSpelled("–") && end + 1 < limit && context.document.token(end + 1).text.first?.isUppercase == true) {
                end += 1
                continue
            }
            if context.document.tokenKinds[end] != .word || stops.contains(word) || (context.hasMorphology && context.isVerb(end)) { break }
            end += 1
        }
        return t..<end
    }

    /// The tokens of `за словами X,` in a sentence: who tells of an event is not one of its participants.
    private func sourcePhrase(in range: Range<Int>, _ context: FactContext) -> Range<Int> {
        for t in range where t + 1 < range.upperBound && context.words[t].isSpelled("за") {
            let noun = context.words[t + 1].isSpelled("словами") ? t + 1 : (t + 2 < range.upperBound && context.words[t + 2].isSpelled("словами") ? t + 2 : -1)
            guard noun > 0 else { continue }
            var comma = noun + 1
            while comma < range.upperBound && !context.words[comma].isSpelled(",") { comma += 1 }
            return t..<comma
        }
        return 0..<0
    }

    static let prepositions: Set<String> = ["у", "в", "до", "з", "із", "зі", "на", "по", "від", "для", "про", "проти", "над", "під", "між", "щодо", "за"]

    /// Where a strike was when the clause opens with it: `на Херсонщині ворог обстріляв`, `у
    /// Сумах росіяни атакували` (a place after `на`, `у` or `в` before the trigger, with no comma between).
    private func regionBefore(_ t: Int, in range: Range<Int>, _ context: FactContext) -> String? {
        var i = t - 1
        while i > range.lowerBound && t - i <= 6 && !context.words[i].isSpelled(",") {
            if let entity = context.entity(at: i), entity.type == "LOC" {
                let first = context.mentionStart(i)
                if first > range.lowerBound && ["на", "у", "в"].contains(context.words[first - 1]) { return entity.id }
                i = first
            }
            i -= 1
        }
        return nil
    }

    /// The target of an attack: the place a verb takes as its object, or a place entity after
    /// `по`/`на` within six tokens after the trigger.
    private func targetNear(_ t: Int, in range: Range<Int>, _ context: FactContext, city: String? = nil) -> String? {
        // A verb's object: `обстріляли Харківщину`, `атакували Одесу`; first, since a region
        // after it says where the target lies (`обстріляли Чугуїв на Харківщині`).
        if context.isVerb(t), t + 1 < range.upperBound, let entity = context.entity(at: t + 1), entity.type == "LOC" { return entity.id }
        for i in (t + 1)..<min(range.upperBound, t + 7) where i > 0 {
            if let entity = context.entity(at: i), entity.type == "LOC", ["по", "на"].contains(context.words[i - 1]) { return entity.id }
        }
        // A weapon after its target: `запустили по Ізмаїлу 12 ударних дронів`.
        for i in stride(from: t - 1, through: max(range.lowerBound + 1, t - 6), by: -1) {
            if let entity = context.entity(at: i), entity.type == "LOC", context.words[i - 1] == "по" { return entity.id }
        }
        // `випустила по місту ракети`: the city the article is about, when no name follows.
        if let city {
            for i in max(range.lowerBound + 1, t - 3)..<min(range.upperBound, t + 4) where i != t {
                // After `по`/`на`, or as the verb's object (`атакували місто`).
                guard ["місту", "місто"].contains(context.words[i]), ["по", "на"].contains(context.words[i - 1]) || (i == t + 1 && context.isVerb(t))
                else { continue }
                if i + 1 < range.upperBound, context.entity(at: i + 1)?.type == "LOC" { continue }
                return city
            }
        }
        // The region of the verb's object: `атакували ракетами енергетичну інфраструктуру
        // Львівської області` struck there. Only lower-case words between, no comma.
        if context.isVerb(t) {
            for i in (t + 2)..<min(range.upperBound, t + 8) {
                guard context.isLowercaseWord(i - 1), !context.words[i - 1].isSpelled(",") else { break }
                if let entity = context.entity(at: i), entity.type == "LOC", context.mentionStart(i) == i,
                    !Self.prepositions.contains(context.words[i - 1]), !isInTitle(i, context)
                {
                    return entity.id
                }
            }
        }
        // `атакувала столицю`, `удар по столиці`: Kyiv, when the article names it and no other
        // country's capital is meant (`столицю Польщі`).
        for i in (t + 1)..<min(range.upperBound, t + 3) where context.words[i].begins(with: "столиц") {
            guard i + 1 >= range.upperBound || context.entity(at: i + 1)?.type != "LOC",
                let kyiv = context.entities.first(where: { $0.type == "LOC" && $0.name == "Київ" })
            else { break }
            return kyiv.id
        }
        return nil
    }

    /// Whether the place mention at token `i` completes a title (`посол Японії в Україні`):
    /// whose office it is, not where something happened.
    func isInTitle(_ i: Int, _ context: FactContext) -> Bool {
        guard context.entity(at: i) != nil else { return false }
        var t = context.mentionStart(i) - 1
        if t >= 0 && ["у", "в"].contains(context.words[t]) { t -= 1 }
        while t >= 0, let entity = context.entity(at: t) {
            if entity.type == "JOB" { return true }
            guard entity.type == "LOC" || entity.type == "ORG" else { return false }
            t = context.mentionStart(t) - 1
        }
        return t >= 0 && RoleVocabulary.isHead(context.words[t])
    }

    /// A place entity introduced by `у`/`в`/`до` near the trigger (within six tokens) or at
    /// the head of the sentence (`У Брюсселі 12 січня розпочалося засідання …`), but not one
    /// that the meeting is about (`про ситуацію в Україні`).
    private func placeNear(_ t: Int, in range: Range<Int>, _ context: FactContext) -> String? {
        var best: (String, Int)?
        for i in range where i > range.lowerBound {
            guard let entity = context.entity(at: i), entity.type == "LOC", !isInTitle(i, context) else { continue }
            // `у Брюсселі`, or a kind of place between: `на авіабазі Рамштайн`, `у селі Городище`.
            let kindBetween = i - 2 >= range.lowerBound && context.entity(at: i - 1) == nil
                && Self.placeKindStems.contains(where: context.words[i - 1].begins(with:))
                && ["у", "в", "на", "до", "біля"].contains(context.words[i - 2])
            // `на` only before a land that takes it (`на Вінниччині`, `на Закарпатті`): `тиск на Росію` is no place.
            let onLand = context.words[i - 1] == "на" && Self.isLandTakingNa(context.words[i])
            guard ["у", "в", "до", "поблизу", "біля"].contains(context.words[i - 1]) || kindBetween || onLand else { continue }
            let distance = abs(i - t)
            let between = min(i, t)..<max(i, t)
            // A comma may stand between when it opens a clause about the event: `саміту, який відбудеться … у Брюсселі`.
            // Commas around a date in apposition do not part the place from the event: `угоду в
            // п'ятницю, 7 лютого, підписали в Токіо`.
            let commas = between.filter { c in
                context.words[c].isSpelled(",") && !(c + 1 < context.tokenCount && context.words[c + 1].first?.isNumber == true)
                    && !(c > 0 && Self.monthGenitives.contains(context.words[c - 1]))
            }
            let clauseAboutEvent = i > t && commas.count == 1 && commas[0] + 1 < i && ["який", "яка", "яке", "які"].contains(context.words[commas[0] + 1])
            guard distance <= 6 || i - range.lowerBound <= 2 || (distance <= 14 && (commas.isEmpty || clauseAboutEvent)) else { continue }
            let before = max(range.lowerBound, i - 4)..<(i - 1)
            let about: Set<String> = ["про", "щодо", "навколо", "довкола", "стосовно"]
            if before.contains(where: { about.contains(context.words[$0]) }) { continue }
            // `підписали угоду про спільне виробництво боєприпасів на підприємствах у Жешуві`:
            // far after what the event is about, a place after another place's noun (`на
            // підприємствах`) belongs to the subject, not the event (`… в оборонній сфері у
            // Варшаві` is where it was signed).
            if i - t > 6, i - 3 > t, (t + 1..<i).contains(where: { about.contains(context.words[$0]) }),
                ["на", "в", "у"].contains(context.words[i - 3]), context.isLowercaseWord(i - 2)
            {
                continue
            }
            // `меморандум про допомогу у відбудові шкіл на Львівщині`: a region after `на`, told
            // after what the event is about, is where that is, not where the event was.
            // Not when a verb stands between (`Нарада щодо енергетики відбулася на Харківщині`).
            if onLand, i > t, let a = (t + 1..<i).last(where: { about.contains(context.words[$0]) }),
                !(a + 1..<i).contains(where: { context.isVerb($0) })
            {
                continue
            }
            if best == nil || distance < best!.1 { best = (entity.id, distance) }
        }
        return best?.0
    }

    /// Months in the genitive, which end a date (`7 лютого`).
    static let monthGenitives: Set<String> = [
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
    ]

    /// Lands named with `на` in the locative: regions in `-щина` (`вінниччині`, `харківщині`) and
    /// historical lands (`закарпатті`, `донбасі`). Reads a lower-case word of a place entity.
    static func isLandTakingNa(_ word: String) -> Bool {
        (word.hasSuffix("щині") || word.hasSuffix("ччині")) && !["туреччині", "німеччині", "греччині"].contains(word) || ["закарпатті", "донбасі", "поділлі", "поліссі", "буковині", "волині", "галичині", "кубані"].contains(word)
    }

    /// Whether token `t` says how someone takes part: a cue of ``ParticipationVocabulary``;
    /// opening (`відкри…`) only with a pronoun for the event before it (`Її відкрили
    /// прем'єр-міністерка … та президент …`; not `відкрили школу`).
    private func isParticipationCue(_ t: Int, _ context: FactContext) -> Bool {
        let cue = context.classes[t].participation
        guard cue >= 0 else { return false }
        guard ParticipationVocabulary.cues[cue].stem == "відкри" else { return true }
        return t > 0 && ["її", "його"].contains(context.words[t - 1])
    }

    /// How the person at token `i` takes part, from the cue words of its sentence.
    private func role(of i: Int, in range: Range<Int>, _ context: FactContext) -> String {
        var best: (String, Int)?
        for t in max(range.lowerBound, i - 8)..<min(range.upperBound, i + 9) where isParticipationCue(t, context) {
            let cue = ParticipationVocabulary.cues[context.classes[t].participation]
            let distance = abs(t - i)
            if cue.role != "participant" && (best == nil || distance < best!.1) { best = (cue.role, distance) }
        }
        return best?.0 ?? "participant"
    }

    /// Where the main clause of sentence `s` ends: at a comma before `який`, `яка`, `які`, `що`, `де`.
    private func mainClauseEnd(_ s: Int, _ context: FactContext) -> Int {
        let range = context.tokens(ofSentence: s)
        for t in range where t + 1 < range.upperBound && context.words[t].isSpelled(",")
            && ["який", "яка", "які", "яке", "що", "де", "коли"].contains(context.words[t + 1])
        {
            return t
        }
        return range.upperBound
    }

    /// Whether the appointment trigger at `t` appoints to a post: `призначив на його місце`
    /// (not `призначили місце зустрічі`), and `став`/`стала` with a post in the instrumental
    /// beside it (`заступником міністра став`; not `став відомим`, nor `Заступник міністра
    /// став фігурантом справи`).
    func isAppointment(at t: Int, in range: Range<Int>, _ context: FactContext) -> Bool {
        let word = context.words[t]
        if word == "став" || word == "стала" {
            // A post beside the verb, not the object of a preposition (`з міністром`, `під
            // керівництвом Реброва`).
            let beside = max(range.lowerBound, t - 3)..<min(range.upperBound, t + 4)
            return beside.contains { i in
                let w = context.words[i]
                return EventTrigger.becamePosts.contains { w.begins(with: $0) } && !w.begins(with: "головн") && !w.begins(with: "керівництв")
                    && RoleExtractor.instrumentalNounEndings.contains { w.hasSuffix($0) }
                    && !(i > range.lowerBound && Self.prepositionsBeforeAPost.contains(context.words[i - 1]))
            }
        }
        guard word.begins(with: "признач") else { return true }
        // A place (`місце`) is a post only as `на його місце` (not `на місцевих виборах`, nor
        // `прибула на місце призначення`).
        let window = max(range.lowerBound, t - 7)..<min(range.upperBound, t + 8)
        return window.contains { i in
            let w = context.words[i]
            if w == "місце" {
                return i >= range.lowerBound + 2 && context.words[i - 2] == "на" && ["його", "її", "їхнє", "моє", "своє"].contains(context.words[i - 1])
            }
            return !w.begins(with: "місц") && EventTrigger.appointedTo.contains { w.begins(with: $0) }
        }
    }

    /// Whether one of the two sentences before `s` in its paragraph, or the paragraph before,
    /// speaks of captives, so that `Обмін відбувся …` opening sentence `s` is their exchange.
    func exchangeToldBefore(_ s: Int, _ context: FactContext) -> Bool {
        let paragraph = context.paragraphOfSentence[s]
        return (max(0, s - 2)..<s).contains { p in
            context.paragraphOfSentence[p] >= paragraph - 1
                && context.tokens(ofSentence: p).contains { i in ["полон", "військовополонен"].contains { context.words[i].begins(with: $0) } }
        }
    }

    /// Prepositions before a noun in the instrumental that make it no post taken (`з міністром`).
    static let prepositionsBeforeAPost: Set<String> = ["з", "із", "зі", "під", "над", "перед", "між", "за", "разом"]

    /// Whether the only participation cues of sentence `s` are of opening (`Її відкрили`).
    private func opensOnly(_ s: Int, _ context: FactContext) -> Bool {
        let cues = context.tokens(ofSentence: s).filter { isParticipationCue($0, context) }
        return !cues.isEmpty && cues.allSatisfy { ParticipationVocabulary.cues[context.classes[$0].participation].stem == "відкри" }
    }

    /// People of a sentence with a participation cue (before `limit`, when given).
    private func participation(in s: Int, before limit: Int? = nil, _ context: FactContext) -> [EventParticipant]? {
        let range = context.tokens(ofSentence: s)
        let cueRange = range.lowerBound..<min(range.upperBound, limit ?? range.upperBound)
        guard cueRange.contains(where: { isParticipationCue($0, context) }) else { return nil }
        var people: [EventParticipant] = []
        for i in range {
            if let entity = context.entity(at: i), entity.type == "PERS", !people.contains(where: { $0.entity == entity.id }) {
                people.append(EventParticipant(entity: entity.id, role: role(of: i, in: range, context)))
            }
        }
        return people.isEmpty ? nil : people
    }

    /// Adds `mention` to the event it tells of, among `events[from...]`, or as a new one; its index.
    private func place(
        _ mention: Mention, into events: inout [Event], countries: inout [[String]], focus: Int?, from first: Int, paragraphOf: [Int]
    ) -> Int {
        // A meeting of two named people or more joins only an event one of them is in
        // (`Зеленський зустрівся з Шольцом`; `того ж дня Єрмак провів зустріч із Плеттнером`).
        let people = Set(mention.participants.map(\.entity))
        func conflicts(_ event: Event) -> Bool {
            (mention.date != nil && event.date != nil && mention.date != event.date)
                || (mention.place != nil && event.place != nil && mention.place != event.place)
                || (people.count >= 2 && !event.participants.isEmpty && event.participants.allSatisfy { !people.contains($0.entity) })
                // Appointing or dismissing someone else, told by a verb, is another appointment or dismissal.
                || ((mention.kind == .appointment || mention.kind == .dismissal) && mention.isVerb && !people.isEmpty && !event.participants.isEmpty
                    && event.participants.allSatisfy { !people.contains($0.entity) })
                // Nor one whose other side is someone else (`Там вона провела переговори з
                // Туском … Того ж дня Свириденко зустрілася з маршалком Сейму`).
                || (people.count >= 2 && event.participants.count >= 2 && !people.isSubset(of: event.participants.map(\.entity))
                    && !Set(event.participants.map(\.entity)).isSubset(of: people))
                // Meeting a group after a meeting of named people is another meeting
                // (`Увечері міністр зустрівся з представниками громади`).
                || (mention.withGroup && event.participants.count >= 2)
                // A strike on a named place is not a placeless one told in another paragraph
                // (`на Херсонщині ворог обстріляв` after the day's strikes on three regions).
                || (mention.kind == .attack && mention.place != nil && event.place == nil && paragraphOf[event.sentence] != paragraphOf[mention.sentence])
                // What happened is not what is still to come.
                || (mention.status != event.status && (mention.status == "announced" || event.status == "announced") && mention.status != "ongoing" && event.status != "ongoing")
        }
        let candidates = events.indices.filter { $0 >= first && events[$0].kind == mention.kind && !conflicts(events[$0]) }
        var target: Int?
        if mention.date != nil || mention.place != nil {
            target = candidates.last { (mention.date != nil && events[$0].date == mention.date) || (mention.place != nil && events[$0].place == mention.place) }
            if target == nil {
                target = candidates.last { (mention.date != nil && events[$0].date == nil) || (mention.place != nil && events[$0].place == nil) }
            }
        } else if let focus, candidates.contains(focus) {
            target = focus
        } else {
            target = candidates.last
        }
        guard let index = target else {
            events.append(Event(
                id: "v\(events.count + 1)", kind: mention.kind, trigger: mention.triggerText, text: mention.text, date: mention.date,
                place: mention.place, sentence: mention.sentence, sentences: [mention.sentence], participants: [], status: mention.status))
            countries.append(mention.countries)
            let index = events.count - 1
            for participant in mention.participants { add(participant, to: &events[index]) }
            return index
        }
        if events[index].date == nil { events[index].date = mention.date }
        if events[index].place == nil { events[index].place = mention.place }
        if !events[index].sentences.contains(mention.sentence) { events[index].sentences.append(mention.sentence) }
        for id in mention.countries where !countries[index].contains(id) { countries[index].append(id) }
        for participant in mention.participants { add(participant, to: &events[index]) }
        return index
    }

    private func add(_ participant: EventParticipant, to event: inout Event) {
        if let existing = event.participants.firstIndex(where: { $0.entity == participant.entity }) {
            if event.participants[existing].role == "participant" { event.participants[existing].role = participant.role }
        } else {
            event.participants.append(participant)
        }
    }
}
