/// Abbreviations whose point does not end a sentence, as lowercase words without the point.
///
/// Two kinds: `prefixes` stand before a name or number and never end a sentence
/// (`вул. Хрещатик`, `ст. 15`, `ім. Шевченка`); `units` usually stand inside a sentence
/// but may end one (`2014 р.`, `5 тис.`), so a capitalised word after them still starts a
/// new sentence.
public struct Abbreviations: Sendable {
    /// Abbreviations that never end a sentence.
    public var prefixes: Set<String>
    /// Abbreviations after which a capitalised word starts a new sentence.
    public var units: Set<String>

    /// Makes a list.
    public init(prefixes: Set<String>, units: Set<String>) {
        self.prefixes = prefixes
        self.units = units
    }

    /// The standard Ukrainian list used by ``Segmenter``.
    public static let ukrainian = Abbreviations(
        prefixes: [
            "ім", "вул", "м", "с", "смт", "пров", "просп", "бул", "пл", "наб", "бульв", "обл", "р-н", "св",
            "ген", "проф", "акад", "доц", "д-р", "канд", "напр", "див", "гр", "п", "пп", "ст", "ч", "зв",
            "тел", "рис", "табл", "мал", "стор", "вид", "ред", "упор", "пер", "англ", "укр", "рос", "нім",
            "франц", "лат", "н", "е", "о", "пор", "кв", "буд", "корп", "мкр", "оз", "о-в", "пос", "ж", "вих",
            "зам", "заст", "ук", "нар", "пом", "mr", "mrs", "dr", "no", "vs", "st", "gen",
        ],
        units: [
            "р", "рр", "т", "тис", "млн", "млрд", "трлн", "грн", "коп", "дол", "євро", "км", "кг", "год", "хв",
            "сек", "ц", "га", "см", "мм", "л", "т.д", "т.п", "ін", "тощо", "та ін", "і т.д", "etc", "ст",
        ]
    )
}
