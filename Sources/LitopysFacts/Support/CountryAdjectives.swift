/// Adjectives of countries and the countries' canonical names, for rules that read a country
/// from `російські війська` (an attacker) or `українського президента` (a role's country).
enum CountryAdjectives {
    /// Lower-case adjective stems with the canonical name of their country.
    static let all: [(stem: String, country: String)] = [
        ("українськ", "Україна"), ("російськ", "Росія"), ("білоруськ", "Білорусь"), ("французьк", "Франція"),
        ("польськ", "Польща"), ("німецьк", "Німеччина"), ("американськ", "США"), ("британськ", "Велика Британія"),
        ("литовськ", "Литва"), ("молдовськ", "Молдова"), ("фінськ", "Фінляндія"), ("румунськ", "Румунія"),
        ("турецьк", "Туреччина"), ("італійськ", "Італія"), ("іспанськ", "Іспанія"), ("канадськ", "Канада"),
        ("японськ", "Японія"), ("китайськ", "Китай"), ("угорськ", "Угорщина"), ("чеськ", "Чехія"),
        ("словацьк", "Словаччина"), ("іранськ", "Іран"), ("північнокорейськ", "Північна Корея"), ("європейськ", "ЄС"),
    ]

    /// The country of a lower-case word that begins like one of its adjectives.
    static func country(of word: String) -> String? {
        all.first { word.begins(with: $0.stem) }?.country
    }

    /// How the country's name begins in any of its cases, lower case: its first five letters,
    /// or all but the last of a shorter name (`литв` for `Литва`, `Литви`).
    static func namePrefix(_ country: String) -> String {
        let lower = country.lowercased()
        return String(lower.prefix(min(5, max(lower.count - 1, 2))))
    }
}
