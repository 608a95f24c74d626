/// A promotional or navigation insert that scrapers leave in article bodies, recognised by
/// how its line begins.
public struct InsertRule: Sendable, Hashable {
    /// The kind recorded in ``RemovedPiece/kind``.
    public var kind: String
    /// Lowercase line openings that mark the insert.
    public var openings: [String]

    /// Makes a rule.
    public init(kind: String, openings: [String]) {
        self.kind = kind
        self.openings = openings
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

    /// The rule whose opening starts `lowercasedLine`, if any; the opening must end at a word boundary.
    public static func match(_ lowercasedLine: Substring, in rules: [InsertRule]) -> InsertRule? {
        for rule in rules {
            for opening in rule.openings where lowercasedLine.hasPrefix(opening) {
                let rest = lowercasedLine.dropFirst(opening.count)
                guard let next = rest.unicodeScalars.first else { return rule }
                if !next.isLetterLike { return rule }
            }
        }
        return nil
    }
}

/// A line label that names where an article or its picture comes from (`Джерело: …`).
public struct CreditLabel: Sendable, Hashable {
    /// The label, lowercase, without the colon.
    public var label: String
    /// Whether the value is the article's attribution (`Джерело`) rather than a picture credit.
    public var isAttribution: Bool

    /// Makes a label.
    public init(_ label: String, isAttribution: Bool) {
        self.label = label
        self.isAttribution = isAttribution
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
