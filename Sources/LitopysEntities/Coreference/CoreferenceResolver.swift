import LitopysMorph

/// Groups the mentions of one document into entities.
///
/// Rules, in order:
/// 1. A job title right before a person (`заступниця держсекретаря Венді Шерман`), or
///    before organisations or places that come right before the person (`речниця МЗС
///    Катерина Смілянська`, role `речниця МЗС`), or in apposition after one (`Рябков,
///    заступник міністра`) becomes that person's role.
/// 2. Persons: a mention with several words starts an entity, or joins one with the same
///    stems or the same nominative, or the one wider name with the same words (`Дмитро
///    Філіпчук` → `Філіпчук Дмитро Васильович`); a one-word mention joins the only person
///    whose name has that word (by stem), when their genders agree (`Столтенберг` → `Єнс
///    Столтенберг`), and one-word mentions that fit several join each other.
/// 3. Organisations and places: mentions with the same normal form join, across the two
///    types; an alias joins its canonical name when that occurs (`Альянс` → `НАТО`); an
///    acronym joins the one name it abbreviates (`ОВА` → `обласна військова адміністрація`).
/// 4. A title mention not attached to a name joins the one person who holds exactly that
///    title, or else the one whose title has the same head (`генсек Альянсу` →
///    Столтенберг), when that person was named before it or later in its sentence;
///    otherwise it stays a `JOB` entity.
/// 5. Everything else joins by type and normal form.
struct CoreferenceResolver: Sendable {
    /// A mention being resolved.
    struct Draft {
        var tokens: Range<Int>
        var start: Int
        var end: Int
        var type: EntityType
        var text: String
        var words: [String]
        var spaces: [Bool]
        var normalForm: String
        /// A normal form decided before normalisation (a part of a coordinated name).
        var fixedNormalForm: String?
        var stems: [String]
        var gender: Entity.Gender?
        /// Index of the person draft this title describes, for rule 1.
        var roleOf: Int?
        /// Words (with their spacing) of the organisations and places between a title and
        /// its person, which belong to the role (`МЗС` in `речниця МЗС Катерина Смілянська`).
        var roleTail: [String] = []
        var roleTailSpaces: [Bool] = []
        var entity = -1
    }

    /// A group being built.
    struct Group {
        var type: EntityType
        var members: [Int]
        var name: String?
        var roles: [Int] = []
        var gender: Entity.Gender?
    }

    let aliases: AliasTable
    let titles: AliasTable
    let analyzer: MorphAnalyzer?

    /// Groups `drafts` (in text order); sets each draft's `entity` and returns the groups.
    ///
    /// `separators` gives the text of the tokens between two token indices; `tokenText`,
    /// `spaceBefore` and `sentenceOf` (the index of its sentence) describe one token.
    func resolve(
        _ drafts: inout [Draft], separators: (Int, Int) -> String, tokenText: (Int) -> String,
        spaceBefore: (Int) -> Bool, sentenceOf: (Int) -> Int
    ) -> [Group] {
        var groups: [Group] = []
        // 1. Roles.
        for j in drafts.indices where drafts[j].type == .job {
            // Title, then organisations, places or lower-case complement words, then a person:
            // `речниця МЗС Катерина Смілянська`, `міністерка економіки України Юлія Свириденко`.
            if let (person, tail, spaces) = titleChain(from: j, drafts: drafts, tokenText: tokenText, spaceBefore: spaceBefore) {
                drafts[j].roleOf = person
                drafts[j].roleTail = tail
                drafts[j].roleTailSpaces = spaces
                continue
            }
            for p in drafts.indices where drafts[p].type == .person {
                let before = drafts[j].tokens.upperBound == drafts[p].tokens.lowerBound
                // Only a short gap can be a separating comma; checking the distance first keeps
                // this loop from building the text between far-apart mentions.
                let after = drafts[p].tokens.upperBound < drafts[j].tokens.lowerBound
                    && drafts[j].tokens.lowerBound - drafts[p].tokens.upperBound <= 2
                    && separators(drafts[p].tokens.upperBound, drafts[j].tokens.lowerBound) == ","
                if before || after {
                    // `з французьким дипломатом Зеленський подякував`: a title in the
                    // instrumental after a preposition is not the title of a name after it that
                    // cannot be (`а директором Світлана Жукова`, with no preposition, is).
                    let start = drafts[j].tokens.lowerBound
                    let governed = (max(0, start - 3)..<start).contains { Self.instrumentalPrepositions.contains(tokenText($0).lowercased()) }
                    if before, governed, let analyzer, let title = drafts[j].words.last, let name = drafts[p].words.last {
                        let titleReadings = analyzer.readings(title).filter { $0.source == .dictionary }
                        let nameReadings = analyzer.readings(name).filter { $0.source == .dictionary }
                        if !titleReadings.isEmpty, titleReadings.allSatisfy({ $0.grammemeCase == Grammeme.instrumental }),
                            !nameReadings.isEmpty, !nameReadings.contains(where: { $0.grammemeCase == Grammeme.instrumental })
                        {
                            break
                        }
                    }
                    drafts[j].roleOf = p
                    break
                }
            }
        }
        // 2. Persons: longer names first, so that surnames find their full name.
        let persons = drafts.indices.filter { drafts[$0].type == .person }
            .sorted { (-drafts[$0].stems.count, $0) < (-drafts[$1].stems.count, $1) }
        var fullNames: [String: Int] = [:]  // the group of each nominative name of several words
        for i in persons {
            let d = drafts[i]
            var target: Int?
            if d.stems.count >= 2 {
                // The same stems, or the same nominative name (the crude stems of `Мусєєв` and
                // `Мусєєва` differ; `Максима Мусєєва` is still `Максим Мусєєв`).
                target = groups.indices.first { g in groups[g].type == .person && drafts[groups[g].members[0]].stems == d.stems }
                    ?? fullNames[d.normalForm.lowercased()]
                if target == nil {
                    // The same words in another order or with fewer of them: `Дмитро Філіпчук`
                    // is `Філіпчук Дмитро Васильович`, when no other person fits.
                    // A couple under one surname (`Микола та Лариса Онули`) is no wider name of one.
                    let own = Set(d.stems)
                    let wider = groups.indices.filter { g in
                        let first = drafts[groups[g].members[0]]
                        return groups[g].type == .person && own.isSubset(of: Set(first.stems))
                            && !first.words.contains { ["та", "і", "й"].contains($0.lowercased()) }
                    }
                    if wider.count == 1 { target = wider[0] }
                }
            } else if let stem = d.stems.first {
                // The same stem, or the same nominative word (the crude stems of `Стельмах`
                // and `Стельмаха` differ; their normal forms do not).
                let word = d.normalForm.lowercased()
                let candidates = groups.indices.filter { g in
                    guard groups[g].type == .person else { return false }
                    if let a = groups[g].gender, let b = d.gender, a != b { return false }
                    return groups[g].members.contains {
                        drafts[$0].stems.contains(stem)
                            || drafts[$0].normalForm.lowercased().split(separator: " ").contains { $0 == word }
                    }
                }
                var full = candidates.filter { g in groups[g].members.contains { drafts[$0].stems.count >= 2 } }
                if candidates.isEmpty {
                    // A first name alone whose dictionary gender is not the full name's
                    // (`Дякую Кіру`, read as the woman's `Кіра`, after `Кіром Стармером`): the one
                    // full name that begins with it, whatever the guess.
                    let byFirstName = groups.indices.filter { g in
                        groups[g].type == .person && groups[g].members.contains { drafts[$0].stems.count >= 2 && drafts[$0].stems.first == stem }
                    }
                    if byFirstName.count == 1 {
                        full = byFirstName
                    } else if let analyzer, let written = d.words.first,
                        analyzer.readings(written).contains(where: { $0.isFirstName })
                    {
                        // A surname that the dictionary also reads alone as a first name of the
                        // other gender (`Тіна Кароль` … `Кароль виконала`, read as the man's
                        // `Кароль`): the one full name that ends with it.
                        let bySurname = groups.indices.filter { g in
                            groups[g].type == .person && groups[g].members.contains { drafts[$0].stems.count >= 2 && drafts[$0].stems.last == stem }
                        }
                        if bySurname.count == 1 { full = bySurname }
                    }
                }
                if full.count > 1, let gender = d.gender {
                    // Several people share the surname: the one whose gender is known to agree.
                    full = full.filter { groups[$0].gender == gender }
                }
                if full.count == 1 {
                    target = full[0]
                } else if full.isEmpty && candidates.count == 1 {
                    target = candidates[0]
                } else {
                    // Undecided: the mentions written with this name that stayed apart join
                    // each other, rather than each making an entity of its own.
                    let alone = candidates.filter { g in
                        groups[g].members.allSatisfy { drafts[$0].stems.count < 2 }
                            && groups[g].members.contains { drafts[$0].normalForm.lowercased() == word }
                    }
                    if alone.count == 1 { target = alone[0] }
                }
            }
            if let g = target {
                groups[g].members.append(i)
                if groups[g].gender == nil { groups[g].gender = d.gender }
            } else {
                groups.append(Group(type: .person, members: [i], gender: d.gender))
            }
            drafts[i].entity = target ?? groups.count - 1
            if d.stems.count >= 2 { fullNames[d.normalForm.lowercased(), default: drafts[i].entity] = drafts[i].entity }
        }
        // Roles of persons.
        for j in drafts.indices {
            if let p = drafts[j].roleOf, drafts[p].entity >= 0 { groups[drafts[p].entity].roles.append(j) }
        }
        // Whether a mention stands between quotation marks.
        func isQuoted(_ d: Draft) -> Bool {
            let quotes = Self.openingQuotes.union(Self.closingQuotes)
            let before = d.tokens.lowerBound > 0 ? tokenText(d.tokens.lowerBound - 1) : ""
            let after = tokenText(d.tokens.upperBound)
            return quotes.contains(before) && quotes.contains(after)
        }
        // 3. Organisations and places, with aliases.
        let written = Set(drafts.filter { $0.type == .organization || $0.type == .location }.map { MentionKey.of($0.normalForm) })
        // A company's bare name joins only an organisation: `ТОВ «Дніпро»` is not the city.
        let writtenOrganisations = Set(drafts.filter { $0.type == .organization }.map { MentionKey.of($0.normalForm) })
        var present = written
        // An acronym that is an alias is as sure as the full name (`НБУ`): the other aliases
        // of that name join it even where the full name is not written (`Нацбанк`,
        // `Національного банку`); the group keeps a name it was written with.
        var checked = Set<String>()
        for d in drafts where (d.type == .organization || d.type == .location) && d.words.count == 1 && d.normalForm.utf8.count <= 16 {
            guard checked.insert(d.normalForm).inserted else { continue }
            let letters = d.normalForm.unicodeScalars.filter(\.properties.isAlphabetic)
            guard letters.count >= 2, letters.allSatisfy(\.properties.isUppercase), let canonical = aliases.canonical(forKey: MentionKey.of(d.normalForm))
            else { continue }
            present.insert(MentionKey.of(canonical))
        }
        let acronyms = acronymTargets(drafts)
        var byKey: [String: Int] = [:]
        // Groups opened by an acronym: the long name, when it comes, names them (`НАБУ` …
        // `Національне антикорупційне бюро`).
        var openedByAcronym = Set<Int>()
        // Groups opened by a quoted organisation, which a place of that name does not join.
        var quotedGroups = Set<Int>()
        for i in drafts.indices where drafts[i].type == .organization || drafts[i].type == .location {
            var key = MentionKey.of(drafts[i].normalForm)
            // A legal form before a quoted name is no part of who the company is: `АТ
            // «Укрзалізниця»` joins `«Укрзалізниці»` when the article writes that too.
            let words = drafts[i].words
            if drafts[i].type == .organization, words.count >= 4, Self.legalFormWords.contains(words[0].lowercased()),
                Self.openingQuotes.contains(words[1]), Self.closingQuotes.contains(words[words.count - 1]),
                let space = key.firstIndex(of: " "), writtenOrganisations.contains(String(key[key.index(after: space)...]))
            {
                key = String(key[key.index(after: space)...])
            }
            // `«Нафтогазу»` is `«Нафтогаз України»` when the article writes that: a state
            // company's name often leaves out the country.
            if drafts[i].type == .organization, writtenOrganisations.contains(key + " україни") { key += " україни" }
            let isAcronym = acronyms[key] != nil
            if let target = acronyms[key] { key = target }
            var canonicalName: String?
            if let canonical = aliases.canonical(forKey: key) {
                let canonicalKey = MentionKey.of(canonical)
                if present.contains(canonicalKey) || canonicalKey == key {
                    if written.contains(canonicalKey) || canonicalKey == key { canonicalName = canonical }
                    key = canonicalKey
                }
            } else if let named = nameWithAliasesReplaced(key, present: present) {
                key = named
            }
            // A quoted organisation is not the place it is named after: the format
            // `"Рамштайн"` and the air base `на авіабазі Рамштайн` are two entities.
            let quotedOrganisation = drafts[i].type == .organization && isQuoted(drafts[i])
            if let g = byKey[key], groups[g].type != drafts[i].type, quotedOrganisation || quotedGroups.contains(g) {
                key = "«" + key
            }
            // `Вилок` … `до Вилка`: a village whose vowel drops in its other cases, which the
            // dictionary does not know, so that the second is read as `Вилка`.
            if byKey[key] == nil, drafts[i].type == .location, drafts[i].words.count == 1,
                let entry = byKey.first(where: { entry in
                    groups[entry.value].type == .location && groups[entry.value].members.allSatisfy { drafts[$0].words.count == 1 }
                        && groups[entry.value].members.contains { m in
                            Self.dropsVowel(nominative: drafts[m].normalForm, form: drafts[i].words[0])
                                || Self.dropsVowel(nominative: drafts[i].normalForm, form: drafts[m].words[0])
                        }
                })
            {
                let first = drafts[groups[entry.value].members[0]]
                if Self.dropsVowel(nominative: drafts[i].normalForm, form: first.words[0]) { groups[entry.value].name = drafts[i].normalForm }
                key = entry.key
            }
            if let g = byKey[key] {
                groups[g].members.append(i)
                if groups[g].name == nil { groups[g].name = canonicalName }
                if !isAcronym, openedByAcronym.remove(g) != nil, groups[g].name == nil { groups[g].name = drafts[i].normalForm }
                drafts[i].entity = g
            } else {
                groups.append(Group(type: drafts[i].type, members: [i], name: canonicalName))
                byKey[key] = groups.count - 1
                drafts[i].entity = groups.count - 1
                if isAcronym { openedByAcronym.insert(groups.count - 1) }
                if quotedOrganisation { quotedGroups.insert(groups.count - 1) }
            }
        }
        // 4. Title mentions: the one holder of exactly this title (`міністр оборони`, when
        //    others are `міністр оборони США`), else the one holder of a title with this head.
        var exactHolders: [String: Set<Int>] = [:]
        var holders: [String: Set<Int>] = [:]
        // The complements of each holder's titles, by title head (`прем'єрка` + `Італії`).
        var complements: [String: [Int: [String]]] = [:]
        for (g, group) in groups.enumerated() where group.type == .person {
            for r in group.roles {
                complements[titleKey(drafts[r].normalForm), default: [:]][g, default: []].append(Self.namedComplement(drafts[r].words.dropFirst() + drafts[r].roleTail))
                // The title with its complement (`президент` + `Франції`): a bare `президента`
                // is not exactly that title.
                let exactTitle = drafts[r].roleTail.isEmpty ? drafts[r].normalForm : drafts[r].normalForm + " " + drafts[r].roleTail.joined(separator: " ")
                exactHolders[MentionKey.of(exactTitle), default: []].insert(g)
                holders[titleKey(drafts[r].normalForm), default: []].insert(g)
            }
        }
        var titleGroups: [String: Int] = [:]
        // A plural title (`міністри`, `міністрів закордонних справ`) names several people.
        for i in drafts.indices where drafts[i].type == .job && drafts[i].roleOf == nil && !isPlural(drafts[i].normalForm) {
            // Exactly this title, or the one it is another name for (`глава Пентагону` is
            // `міністр оборони США`).
            var full = drafts[i].normalForm
            var complementWords = Array(drafts[i].words.dropFirst())
            if i + 1 < drafts.count, drafts[i + 1].tokens.lowerBound == drafts[i].tokens.upperBound,
                drafts[i + 1].type == .organization || drafts[i + 1].type == .location
            {
                full += " " + drafts[i + 1].words.joined(separator: " ")  // `глава` + `Пентагону`
                complementWords += drafts[i + 1].words
            }
            let ofWhom = Self.namedComplement(complementWords[...])
            let complement: String? = ofWhom.isEmpty ? nil : ofWhom
            let exact = exactHolders[MentionKey.of(drafts[i].normalForm)] ?? exactHolders[expandedTitle(full)] ?? []
            // By head, not one whose title names another country or body (`прем'єр-міністр
            // України` is not `прем'єрка Італії`).
            let byHead = (holders[titleKey(drafts[i].normalForm)] ?? []).filter { g in
                guard let complement else { return true }
                let tails = complements[titleKey(drafts[i].normalForm)]?[g] ?? []
                return tails.contains { $0.isEmpty || $0.prefix(4) == complement.prefix(4) }
            }
            // Only back to a person already named, or forward within the sentence (`депутат
            // міськради від Партії регіонів, глава райадміністрації Максим Мусєєв`): `з посади
            // голови ОВА.` before `Головою ОВА призначили Ірину Левчук` is about someone else.
            // So of several holders, the one named so far is meant (`міністр` before a second
            // minister enters the article).
            let sentence = sentenceOf(drafts[i].tokens.lowerBound)
            func namedSoFar(_ g: Int) -> Bool {
                groups[g].members.contains(where: { drafts[$0].start < drafts[i].start || sentenceOf(drafts[$0].tokens.lowerBound) == sentence })
            }
            // One named before beats one named later in the sentence (`прем'єр вирушив до Києва,
            // де мав зустріч із прем'єр-міністром України Денисом Шмигалем` is the visitor).
            let named = (exact.count == 1 ? exact : byHead).filter(namedSoFar)
            let before = named.filter { g in groups[g].members.contains { drafts[$0].start < drafts[i].start } }
            let owners = before.count == 1 ? before : named
            if owners.count == 1, let g = owners.first {
                groups[g].members.append(i)
                drafts[i].entity = g
            } else if owners.isEmpty, let g = anaphoricReferent(of: i, drafts: drafts, groups: groups) {
                groups[g].members.append(i)
                drafts[i].entity = g
            }
        }
        // 5. Everything else, by type and normal form.
        for i in drafts.indices where drafts[i].entity < 0 {
            let key = drafts[i].type.rawValue + "\u{1}" + MentionKey.of(drafts[i].normalForm)
            if let g = titleGroups[key] {
                groups[g].members.append(i)
                drafts[i].entity = g
            } else {
                groups.append(Group(type: drafts[i].type, members: [i]))
                titleGroups[key] = groups.count - 1
                drafts[i].entity = groups.count - 1
            }
        }
        // Members in text order; the group type is its members' majority type (organisation
        // versus place), ties to the first mention's.
        for g in groups.indices {
            groups[g].members.sort()
            if groups[g].type == .organization || groups[g].type == .location {
                let types = groups[g].members.map { drafts[$0].type }
                let org = types.filter { $0 == .organization }.count
                let loc = types.filter { $0 == .location }.count
                groups[g].type = org > loc ? .organization : loc > org ? .location : types[0]
            }
        }
        return groups
    }

    /// The key of the name in `present` that `key` names with an alias word put back
    /// (`рада альянс` → `рада нато`), or that it begins when the tagger cut the name short
    /// (`рада нато` → `рада нато – росія`, the one such name); nil when no word is an alias
    /// of a name the document uses, or when no single name fits.
    func nameWithAliasesReplaced(_ key: String, present: Set<String>) -> String? {
        let words = key.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        var replaced = false
        let named = words.map { word -> String in
            guard let canonical = aliases.canonical(forKey: word) else { return word }
            let canonicalKey = MentionKey.of(canonical)
            guard canonicalKey != word, present.contains(canonicalKey) else { return word }
            replaced = true
            return canonicalKey
        }.joined(separator: " ")
        guard replaced else { return nil }
        if present.contains(named) { return named }
        let longer = present.filter { $0.hasPrefix(named + " ") }
        return longer.count == 1 ? longer.first : nil
    }

    /// Quotation marks that open a quoted name, and those that close it, as tokens.
    static let openingQuotes: Set<String> = ["«", "\"", "“", "„"]
    static let closingQuotes: Set<String> = ["»", "\"", "”"]

    /// Words of a company's legal form that an acronym of its name leaves out, lower case as
    /// in mention keys.
    /// Prepositions that take the instrumental (`з дипломатом`, `перед президентом`).
    static let instrumentalPrepositions: Set<String> = ["з", "із", "зі", "перед", "над", "під", "між", "за", "разом"]

    /// Whether `form` is a case of the one-word name `nominative` whose last vowel drops, as
    /// `Вилка` of `Вилок` and `Немирівця` of `Немирівець`: `nominative` ends in `о`, `е` or `є`
    /// and a consonant, and `form` is it without that vowel and with an ending of one or two
    /// letters.
    static func dropsVowel(nominative: String, form: String) -> Bool {
        var name = Array(nominative.lowercased())
        let word = Array(form.lowercased())
        if name.last == "ь" { name.removeLast() }  // `Немирівець`: the soft sign goes with the vowel
        guard name.count >= 4, let last = name.last, !"аеєиіїоуюяь'".contains(last), "оеє".contains(name[name.count - 2]) else { return false }
        let stem = name.dropLast(2) + [last]
        return word.count > stem.count && word.count <= stem.count + 2 && word.starts(with: stem)
    }

    static let legalFormWords: Set<String> = ["тов", "пат", "прат", "ат", "дп", "кп", "пп", "компанія", "корпорація", "фірма", "концерн", "холдинг", "група"]

    /// Acronyms that stand for one longer organisation name of the document: `ОВА` for
    /// `Житомирська обласна військова адміністрація` (the initials of its last words) or
    /// `РНБО` for `Рада національної безпеки і оборони` (initials of its content words).
    /// An acronym after the same words (by stem) as the long name stands for the rest of it:
    /// `Житомирська ОВА` for `Житомирська обласна військова адміністрація`.
    /// Maps the acronym's key to the long name's key; an acronym that fits several names,
    /// or is itself a known alias, is left alone.
    func acronymTargets(_ drafts: [Draft]) -> [String: String] {
        var names = Set<String>()
        // Names written with an abbreviation in capitals as their last word: the candidates.
        var written = Set<String>()
        for d in drafts where d.type == .organization {
            let key = MentionKey.of(d.normalForm)
            names.insert(key)
            let last = (d.words.last { $0.first?.isLetter == true } ?? "").filter(\.isLetter)
            if (2...6).contains(last.count) && last.allSatisfy(\.isUppercase) { written.insert(key) }
        }
        guard !written.isEmpty else { return [:] }
        // Words of each name; their stems once per name, when a prefix needs them.
        var wordsOf: [String: [Substring]] = [:]
        for name in names { wordsOf[name] = name.split(separator: " ") }
        var stemsOf: [String: [String]] = [:]
        func stems(_ name: String) -> [String] {
            if let known = stemsOf[name] { return known }
            let made = (wordsOf[name] ?? []).map { Stemmer.stem(String($0)) }
            stemsOf[name] = made
            return made
        }
        var result: [String: String] = [:]
        for name in written {
            // The words before the acronym, which the long name must share: `житомирська `.
            let prefix = name.contains(" ") ? String(name[...(name.lastIndex(of: " ") ?? name.startIndex)]) : ""
            let acronym = name.dropFirst(prefix.count)
            let letters = acronym.filter(\.isLetter)
            guard (2...6).contains(letters.count), aliases.canonical(forKey: name) == nil else { continue }
            // The shared words compare by stem: the gender of an adjective before an acronym
            // is a guess in the oblique cases (`Диканського ГМРП` → `Диканський ГМРП`).
            let prefixStems = prefix.isEmpty ? [] : stems(name).dropLast()
            var matches: [String] = []
            for other in names where other != name {
                let otherWords = wordsOf[other] ?? []
                guard otherWords.count > prefixStems.count + 1,
                    prefixStems.isEmpty || zip(prefixStems, stems(other)).allSatisfy({ $0 == $1 })
                else { continue }
                let words = otherWords.dropFirst(prefixStems.count).filter { $0.first?.isLetter == true }
                let content = words.filter { $0.count > 2 }
                let all = String(words.compactMap(\.first))
                let initials = String(content.compactMap(\.first))
                // `ОВА` for `Житомирська обласна військова адміністрація`, and `СПО` for `ТОВ
                // «Компанія «Системи прогресивної очистки»`: before the initials, one word (a
                // modifier) or legal forms; not `НГУ` for `Головне управління Національної
                // гвардії України`, where the initials are the complement's.
                let endsWithInitials = letters.count >= 3 && initials.hasSuffix(letters)
                    && (initials.count == letters.count + 1
                        || content.prefix(initials.count - letters.count).allSatisfy { Self.legalFormWords.contains($0.lowercased()) })
                // `НАБУ` for `Національне антикорупційне бюро`: the last letter stands for
                // `України`, which the name often leaves out.
                let ofUkraine = letters.count >= 3 && letters.hasSuffix("у") && (initials + "у" == letters || all + "у" == letters)
                if initials == letters || all == letters || endsWithInitials || ofUkraine {
                    matches.append(other)
                }
            }
            if matches.count == 1 { result[name] = matches[0] }
        }
        return result
    }

    /// The mention key of the one capitalised word of a title's complement, a country as a
    /// rule (`міністр оборони` + `України` → `україни`); empty when there is none, or more
    /// (`судді Верховного суду` may be a post the person sought), or an acronym (`УЦОЯО` may
    /// stand for the full name of another mention).
    static func namedComplement(_ words: ArraySlice<String>) -> String {
        let named = words.filter { $0.first?.isUppercase == true }
        guard named.count == 1, let word = named.first, word.dropFirst().contains(where: \.isLowercase) else { return "" }
        return MentionKey.of(word)
    }

    /// The person a title describes across a short complement, with the complement's words:
    /// up to ten tokens between title and person, each inside an organisation or place
    /// mention or a lower-case word (`економіки`, `розвитку і технологій`); no punctuation
    /// but quotation marks and a comma in a list of remits.
    func titleChain(
        from j: Int, drafts: [Draft], tokenText: (Int) -> String, spaceBefore: (Int) -> Bool
    ) -> (Int, [String], [Bool])? {
        var t = drafts[j].tokens.upperBound
        var k = j + 1
        var words: [String] = []
        var spaces: [Bool] = []
        while t - drafts[j].tokens.upperBound <= 10 {
            if k < drafts.count && drafts[k].tokens.lowerBound == t {
                // A one-word person right before a full name is whose title it is: `адвокатка
                // Гончарук Світлана Мороз` is Мороз, Гончарук's lawyer.
                if drafts[k].type == .person, drafts[k].tokens.count == 1, k + 1 < drafts.count, drafts[k + 1].type == .person,
                    drafts[k + 1].tokens.lowerBound == drafts[k].tokens.upperBound, drafts[k + 1].tokens.count >= 2
                {
                    words.append(tokenText(t))
                    spaces.append(spaceBefore(t))
                    t += 1
                    k += 1
                    continue
                }
                if drafts[k].type == .person {
                    // `помічником народного депутата … Миколи Джиги`: a person in the genitive
                    // after a title that cannot be is whose the title's complement is, not its holder.
                    if let analyzer, let title = drafts[j].words.first, let name = drafts[k].words.first {
                        let nameCases = Set(analyzer.readings(name).filter { $0.number != Grammeme.plural }.compactMap(\.grammemeCase))
                        let titleCases = Set(analyzer.readings(title.lowercased()).compactMap(\.grammemeCase))
                        if nameCases == [Grammeme.genitive] && !titleCases.isEmpty && !titleCases.contains(Grammeme.genitive) { return nil }
                    }
                    return words.isEmpty ? nil : (k, words, spaces)
                }
                guard drafts[k].type == .organization || drafts[k].type == .location else { return nil }
                for u in drafts[k].tokens {
                    words.append(tokenText(u))
                    spaces.append(spaceBefore(u))
                }
                t = drafts[k].tokens.upperBound
                k += 1
                continue
            }
            let word = tokenText(t)
            // Quotation marks around a company's name: `голова правління «Укренерго»`.
            if ["«", "»", "\"", "“", "”", "„"].contains(word) {
                words.append(word)
                spaces.append(spaceBefore(t))
                t += 1
                continue
            }
            // A comma inside a list of remits: `комітету з питань національної безпеки,
            // оборони та розвідки`.
            if word == ",", let next = tokenText(t + 1).first, next.isLetter, next.isLowercase, isComplementWord(tokenText(t + 1)),
                !["і", "та", "й"].contains(tokenText(t + 1))
            {
                words.append(word)
                spaces.append(spaceBefore(t))
                t += 1
                continue
            }
            // A company's Latin name that the tagger left untagged: `засновник Monobank Олег
            // Гороховський`; capitalised, as lower-case Latin words are often no name (`online`).
            if let first = word.unicodeScalars.first, ("A"..."Z").contains(first) {
                words.append(word)
                spaces.append(spaceBefore(t))
                t += 1
                continue
            }
            guard let first = word.first, first.isLetter, first.isLowercase, isComplementWord(word) else { return nil }
            words.append(word)
            spaces.append(spaceBefore(t))
            t += 1
        }
        return nil
    }

    /// Whether a lower-case word can continue a title's complement: a conjunction or
    /// preposition, or a noun or adjective in the genitive (`економіки`, `з питань санкцій`);
    /// not a verb (`міський голова призначив Соломію Гнатів`).
    func isComplementWord(_ word: String) -> Bool {
        if ["і", "та", "й", "з", "із", "зі", "у", "в", "для", "від"].contains(word) { return true }
        guard let analyzer else { return false }
        return analyzer.readings(word).contains {
            ($0.partOfSpeech == "NOUN" || $0.partOfSpeech == "ADJF") && $0.grammemeCase == Grammeme.genitive
        }
    }

    /// Whether a title's head noun (its first word that is not an adjective) can only be
    /// plural: `міністри`, `міністрів закордонних справ`; not `голови`, also a singular
    /// genitive.
    func isPlural(_ title: String) -> Bool {
        guard let analyzer else { return false }
        for word in MentionKey.of(title).split(separator: " ").map(String.init) {
            let readings = analyzer.readings(word).filter { $0.source == .dictionary }
            if readings.first?.partOfSpeech == "ADJF" || readings.first?.partOfSpeech == "PRTF" { continue }
            let nouns = readings.filter { $0.partOfSpeech == "NOUN" }
            return !nouns.isEmpty && nouns.allSatisfy { $0.number == Grammeme.plural }
        }
        return false
    }

    /// Nouns that name a person by what they do rather than by a post, which news uses to
    /// mention again someone named before (`«…», – сказала спортсменка`). Lemmas.
    static let anaphoricNouns: Set<String> = [
        "спортсмен", "спортсменка", "легкоатлет", "легкоатлетка", "тенісист", "тенісистка",
        "футболіст", "футболістка", "боксер", "боксерка", "гімнаст", "гімнастка",
        "політик", "політикиня", "дипломат", "дипломатка", "посадовець", "посадовиця",
        "чиновник", "чиновниця", "урядовець", "урядовиця", "науковець", "науковиця",
        "письменник", "письменниця", "поет", "поетка", "співак", "співачка", "артист", "артистка",
        "актор", "акторка",
    ]

    /// The person a title mention of one of ``anaphoricNouns`` stands for: of the persons
    /// named in the 80 tokens before it whose gender fits the noun's (a feminine noun, a woman; a masculine
    /// one, not a woman), the one named most often so far, the latest on a tie. Nil without
    /// a dictionary, for another noun, or when no person fits.
    func anaphoricReferent(of i: Int, drafts: [Draft], groups: [Group]) -> Int? {
        guard let analyzer, let head = drafts[i].words.first?.lowercased() else { return nil }
        let nouns = analyzer.readings(head).filter { $0.partOfSpeech == "NOUN" && $0.number != Grammeme.plural }
        guard let lemma = nouns.first?.lemma, Self.anaphoricNouns.contains(lemma) else { return nil }
        let feminine = nouns.allSatisfy { $0.gender == Grammeme.feminine }
        var best: (group: Int, count: Int, last: Int)?
        for (g, group) in groups.enumerated() where group.type == .person {
            guard feminine ? group.gender == .feminine : group.gender != .feminine else { continue }
            // Named in the last sentences (80 tokens), not anywhere in a long article.
            let before = group.members.filter {
                drafts[$0].start < drafts[i].start && drafts[$0].type == .person && drafts[$0].tokens.lowerBound + 80 >= drafts[i].tokens.lowerBound
            }
            guard let last = before.map({ drafts[$0].start }).max() else { continue }
            if best == nil || before.count > best!.count || (before.count == best!.count && last > best!.last) {
                best = (g, before.count, last)
            }
        }
        return best?.group
    }

    /// The mention key of a title with a short form at its start expanded (`генсек НАТО` →
    /// `генеральний секретар нато`, `глава пентагону` → `міністр оборони сша`).
    func expandedTitle(_ title: String) -> String {
        let key = MentionKey.of(title)
        let words = key.split(separator: " ").map(String.init)
        for n in stride(from: min(3, words.count), through: 1, by: -1) {
            let head = words.prefix(n).joined(separator: " ")
            if let full = titles.canonical(forKey: head), MentionKey.of(full) != head {
                return ([MentionKey.of(full)] + words.dropFirst(n)).joined(separator: " ")
            }
        }
        return key
    }

    /// The comparison key of a title: its head noun's lemma after expanding short forms
    /// (`генсек Альянсу` and `генеральний секретар` → `секретар`).
    func titleKey(_ title: String) -> String {
        let key = expandedTitle(title)
        let expanded = key.split(separator: " ").map(String.init)
        guard let analyzer else { return expanded.last ?? key }
        for word in expanded {
            let readings = analyzer.readings(word)
            if readings.first?.partOfSpeech == "ADJF" || readings.first?.partOfSpeech == "PRTF" { continue }
            return readings.first?.lemma ?? word
        }
        return expanded.last ?? key
    }
}
