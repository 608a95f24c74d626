import Foundation

/// A made-up archive of news articles for measuring ingest: the repository's example
/// articles recombined, with varied names, dates and places.
///
/// Article `i` is built from example `i mod k`: its headline and first paragraph, about half
/// of its other paragraphs and two or three paragraphs of other examples in shuffled order, every
/// "day month" date moved to a random day, and one added sentence in which an invented
/// person speaks in a random city. The same `seed` gives the same archive.
struct SyntheticArchive {
    /// One example article: headline and paragraphs.
    struct Example {
        var title: String
        var paragraphs: [String]
    }

    let examples: [Example]
    let seed: UInt64

    static let months = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]
    static let firstNames = ["Олена", "Андрій", "Ірина", "Богдан", "Марта", "Тарас", "Оксана", "Павло", "Софія", "Роман", "Катерина", "Юрій"]
    static let surnames = ["Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Мельник", "Шевчук", "Поліщук", "Лисенко", "Савченко", "Руденко", "Мороз", "Гончаренко"]
    static let roles = ["речниця міської ради", "голова обласної ради", "заступник міністра", "депутат місцевої ради", "директорка департаменту", "радник голови ОВА"]
    /// Cities as (nominative, locative after "у").
    static let cities: [(String, String)] = [
        ("Київ", "Києві"), ("Львів", "Львові"), ("Одеса", "Одесі"), ("Харків", "Харкові"), ("Дніпро", "Дніпрі"),
        ("Вінниця", "Вінниці"), ("Полтава", "Полтаві"), ("Чернігів", "Чернігові"), ("Ужгород", "Ужгороді"),
        ("Луцьк", "Луцьку"), ("Суми", "Сумах"), ("Рівне", "Рівному"),
    ]
    static let remarks = [
        "Ми очікуємо рішень уже найближчим часом", "Громада готова долучитися до цієї роботи",
        "Це важливий сигнал для всіх регіонів", "Подробиці оприлюднимо після наради",
    ]

    /// Reads the plain-text examples (`*.txt`) of `folder`.
    init(folder: String, seed: UInt64 = 2024) throws {
        let names = (try FileManager.default.contentsOfDirectory(atPath: folder)).filter { $0.hasSuffix(".txt") }.sorted()
        var examples: [Example] = []
        for name in names {
            let text = try String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard let title = lines.first, lines.count > 1 else { continue }
            examples.append(Example(title: title, paragraphs: Array(lines.dropFirst())))
        }
        self.examples = examples
        self.seed = seed
    }

    /// Article `index`: its headline, body and publication date.
    func article(_ index: Int) -> (title: String, text: String, published: String) {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        let base = examples[index % examples.count]
        var body = base.paragraphs.dropFirst().filter { _ in random.next(2) == 0 }
        for _ in 0..<(2 + random.next(2)) {
            let other = examples[random.next(examples.count)]
            if let paragraph = other.paragraphs.dropFirst().randomElement(using: &random) { body.append(paragraph) }
        }
        body.shuffle(using: &random)
        let year = 2022 + random.next(3)
        let month = 1 + random.next(12)
        let day = 1 + random.next(28)
        let published = String(format: "%04d-%02d-%02d", year, month, day)
        let city = Self.cities[random.next(Self.cities.count)]
        let speaker = "\(Self.firstNames[random.next(Self.firstNames.count)]) \(Self.surnames[random.next(Self.surnames.count)])"
        let role = Self.roles[random.next(Self.roles.count)]
        let remark = Self.remarks[random.next(Self.remarks.count)]
        let added = "У \(city.1) \(day) \(Self.months[month - 1]) відбулася зустріч із громадськістю. «\(remark)», – каже \(role) \(speaker)."
        var paragraphs = base.paragraphs.prefix(1) + body
        paragraphs.insert(added, at: min(2, paragraphs.count))
        let text = paragraphs.map { shiftDates($0, using: &random) }.joined(separator: "\n")
        return (base.title, text, published)
    }

    /// `text` with every "day month" date moved to a random day of a random month.
    private func shiftDates(_ text: String, using random: inout SplitMix64) -> String {
        var result = ""
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for i in words.indices.dropLast() where Int(words[i]) != nil && Self.months.contains(where: { words[i + 1].hasPrefix($0) }) {
            words[i] = String(1 + random.next(28))
            let suffix = words[i + 1].drop(while: { $0.isLetter })
            words[i + 1] = Self.months[random.next(12)] + suffix
        }
        result = words.joined(separator: " ")
        return result
    }

    /// Writes `count` articles as JSON Lines files of up to 250 records into `folder`.
    func write(count: Int, into folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var part = 0
        var start = 0
        while start < count {
            var data = Data()
            for index in start..<min(count, start + 250) {
                let article = self.article(index)
                let record: [String: String] = [
                    "title": article.title, "text": article.text, "published": article.published,
                    "url": "https://example.org/synthetic/\(index)",
                ]
                data.append(try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]))
                data.append(0x0A)
            }
            part += 1
            try data.write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(String(format: "part-%04d.jsonl", part))))
            start += 250
        }
    }
}

/// A small, fast, seedable random number generator (SplitMix64), so archives are reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<upperBound`.
    mutating func next(_ upperBound: Int) -> Int {
        Int(next() % UInt64(max(1, upperBound)))
    }
}
