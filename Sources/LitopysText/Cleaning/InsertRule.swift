/// A promotional or navigation insert that scrapers leave in article bodies, recognised by
/// how its line begins.
public struct InsertRule: Sendable, Hashable {
    /// The kind recorded in ``RemovedPiece/kind``.
    public var kind: String
    /// Lowercase line openings that mark the insert.
    public var openings: [String] {
        didSet { openingScalars = openings.map { $0.unicodeScalars.map(\.value) } }
    }
    /// ``openings`` as code points, for matching without making strings.
    private(set) var openingScalars: [[UInt32]]

    /// Makes a rule.
    public init(kind: String, openings: [String]) {
        self.kind = kind
        self.openings = openings
        self.openingScalars = openings.map { $0.unicodeScalars.map(\.value) }
    }

    /// The inserts of Ukrainian news sites.
    public static let standard: [InsertRule] = [
        InsertRule(kind: "read-also", openings: [
            "читайте також", "читайте ще", "читайте більше", "читайте:", "читайте детальніше", "також читайте",
            "читати також", "раніше ми писали", "більше новин", "читайте нас", "читайте новини",
        ]),
        InsertRule(kind: "see-also", openings: [
            "дивіться також", "дивіться відео", "дивіться:", "також дивіться", "дивись також", "відео дня",
            "дивіться наживо", "дивіться фото",
        ]),
        InsertRule(kind: "related", openings: ["до теми", "на тему:", "по темі", "за темою", "пов'язані новини", "інші новини"]),
        InsertRule(kind: "partners", openings: ["новини партнерів", "новини від партнерів", "партнерський матеріал", "на правах реклами"]),
        InsertRule(kind: "subscribe", openings: [
            "підписуйтесь", "підписуйтеся", "підпишіться", "слідкуйте за", "стежте за", "приєднуйтесь",
            "приєднуйтеся", "читайте нас у", "долучайтеся", "шановні читачі",
        ]),
        InsertRule(kind: "advertisement", openings: ["реклама", "advertisement"]),
    ]

    /// The rule whose opening starts a line, given as lowercase code points; the opening
    /// must end at a word boundary.
    static func match(_ lowercasedLine: [UInt32], in rules: [InsertRule]) -> InsertRule? {
        guard let first = lowercasedLine.first else { return nil }
        for rule in rules {
            for opening in rule.openingScalars where opening.first == first && lowercasedLine.starts(with: opening) {
                guard opening.count < lowercasedLine.count, let next = Unicode.Scalar(lowercasedLine[opening.count]) else { return rule }
                if !next.isLetterLike { return rule }
            }
        }
        return nil
    }

    /// The rule whose opening starts `line` (any case), if any.
    public static func match(_ line: String, in rules: [InsertRule] = standard) -> InsertRule? {
        let opening = ArticleCleaner.lowercasedOpening(ContiguousArray(line.unicodeScalars.prefix(40))[...])
        return match(opening, in: rules)
    }
}

/// A line label that names where an article or its picture comes from (`Джерело: …`).
public struct CreditLabel: Sendable, Hashable {
    /// The label, lowercase, without the colon.
    public let label: String
    /// Whether the value is the article's attribution (`Джерело`) rather than a picture credit.
    public var isAttribution: Bool

    /// ``label`` as code points.
    let scalars: [UInt32]

    /// Makes a label.
    public init(_ label: String, isAttribution: Bool) {
        self.label = label
        self.isAttribution = isAttribution
        self.scalars = label.unicodeScalars.map(\.value)
    }

    /// The labels of Ukrainian news sites, longest first.
    public static let standard: [CreditLabel] = [
        CreditLabel("джерело фото", isAttribution: false),
        CreditLabel("фото ілюстративне", isAttribution: false),
        CreditLabel("фото з відкритих джерел", isAttribution: false),
        CreditLabel("джерело", isAttribution: true),
        CreditLabel("за матеріалами", isAttribution: true),
        CreditLabel("фото", isAttribution: false),
        CreditLabel("відео", isAttribution: false),
        CreditLabel("ілюстрація", isAttribution: false),
        CreditLabel("автор фото", isAttribution: false),
        CreditLabel("колаж", isAttribution: false),
    ]
}
