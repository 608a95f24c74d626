/// A raw article as it arrives: a headline (or not) and a body, before cleaning.
public struct Article: Sendable {
    /// The headline, when the input gives it separately (JSON Lines `title`).
    public var title: String?
    /// The raw text. When ``hasHeadline`` is true its first non-empty line is the headline.
    public var text: String
    /// Whether the first line of ``text`` is the headline (plain-text files).
    public var hasHeadline: Bool
    /// Publication date as ISO 8601 (`2022-01-12`), if known.
    public var published: String?

    /// Makes an article.
    public init(title: String? = nil, text: String, hasHeadline: Bool = false, published: String? = nil) {
        self.title = title
        self.text = text
        self.hasHeadline = hasHeadline
        self.published = published
    }
}
