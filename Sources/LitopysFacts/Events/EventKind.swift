/// The closed list of event kinds Litopys reports.
///
/// | kind | what | trigger words (stems) |
/// |---|---|---|
/// | meeting | a meeting, talks, a session, a summit, a conference | зустріч, засідання, переговори, перемовини, саміт, консультації, нарада, конференція, форум |
/// | visit | someone goes somewhere | візит, відвідав, прибув, приїхав |
/// | call | a phone or video call | телефонна розмова, зателефонував, відеозв'язок |
/// | agreement | something signed or agreed | угода, підписали, домовилися, погодили, меморандум |
/// | appointment | someone appointed or elected to a post | призначив, призначення, обрала ректоркою, став заступником |
/// | dismissal | someone removed from a post | звільнив з посади, відставка |
/// | attack | a strike, shelling, an assault | обстріл, удар, атака, напад |
/// | sanction | sanctions imposed, a fine imposed | санкції, оштрафував |
/// | exchange | an exchange of prisoners or of the bodies of the dead | обмін полоненими, обмін тілами |
public enum EventKind: String, Sendable, Hashable, CaseIterable {
    case meeting, visit, call, agreement, appointment, dismissal, attack, sanction, exchange
}

/// How an event kind is recognised: word stems that trigger it, and stems that must stand
/// nearby (within ``reach`` tokens, four unless said) for the trigger to count.
struct EventTrigger: Sendable {
    var kind: EventKind
    var stems: [String]
    var exact: Set<String> = []
    var requiresNearby: [String] = []
    /// How many tokens on either side ``requiresNearby`` may stand.
    var reach = 4
    /// Stems that begin like a trigger but are no event (`переговорного кластера`).
    var except: [String] = []
    /// Whether the trigger counts only with a place after `до`, `у` or `в` close after it
    /// (`поїхав до Бучі`, not `поїхав додому`).
    var requiresDestination = false

    /// The triggers, as data; the first that matches a word wins.
    static let all: [EventTrigger] = [
        EventTrigger(kind: .call, stems: ["зателефонува", "відеодзвін", "відеозв'яз"]),
        EventTrigger(kind: .call, stems: ["розмов"], requiresNearby: ["телефон"]),
        EventTrigger(kind: .call, stems: ["говори", "поговори"], requiresNearby: ["телефоном"]),
        // Credentials are presented in person: `прийняв вірчі грамоти`.
        EventTrigger(kind: .meeting, stems: ["грамот"], requiresNearby: ["вірч"], reach: 2),
        EventTrigger(kind: .meeting, stems: ["зустріч", "зустрів", "зустріл", "зустріт", "зустрін", "засідан", "переговор", "перемовин", "саміт", "консультаці", "нарад", "конференці", "форум"],
                     exact: ["раунд", "раунду", "раунді"], except: ["переговорн"]),
        // Not the visitors of an exhibition (`Відвідувачі побачать`).
        EventTrigger(kind: .visit, stems: ["візит", "відвіда", "відвіду"], exact: ["прибув", "прибула", "прибули", "прибуде", "прибудуть", "приїхав", "приїхала", "приїхали", "приїде"],
                     except: ["відвідувач"]),
        // A trip: `поїхав до Бучі`, `вирушила в Одесу`.
        EventTrigger(kind: .visit, stems: [], exact: ["поїхав", "поїхала", "поїхали", "поїде", "поїдуть", "вирушив", "вирушила", "вирушили"],
                     requiresDestination: true),
        EventTrigger(kind: .agreement, stems: ["угод", "підписа", "домовил", "домовив", "меморандум", "домовленост", "погодил", "погодив"]),
        EventTrigger(
            kind: .appointment, stems: ["признач"], requiresNearby: appointedTo, reach: 7),
        // `Ще одним заступником міністра став Віталій Кушнір`: becoming a post told in the
        // instrumental beside the verb (checked by ``EventExtractor``).
        EventTrigger(kind: .appointment, stems: [], exact: ["став", "стала"], requiresNearby: becamePosts, reach: 3),
        // `обрала ректоркою закладу Наталію Шаховську`: elected, with the post right after.
        EventTrigger(
            kind: .appointment, stems: ["обрал", "обран"], exact: ["обрав"],
            requiresNearby: ["голов", "ректор", "проректор", "президент", "спікер", "мер", "очільни", "керівни", "директор", "секретар"],
            reach: 2),
        EventTrigger(kind: .dismissal, stems: ["відставк"]),
        EventTrigger(kind: .dismissal, stems: ["звільни", "звільнен"], requiresNearby: ["посад"]),
        EventTrigger(kind: .attack, stems: ["обстріл", "обстріля", "атак", "атакува", "влучил", "влучив", "влучан"],
                     exact: ["удар", "удару", "удари", "ударів", "ударом", "ударами", "напад", "нападу", "нападів"]),
        // `Росія випустила по місту три ракети`: a weapon with a verb of launching, which may
        // stand farther before it (`запустили по Ізмаїлу 12 ударних дронів`).
        EventTrigger(kind: .attack, stems: ["ракет", "дрон", "шахед", "бомб", "снаряд"],
                     requiresNearby: ["випуст", "запуст", "вдари", "скину", "обстріл", "влучил", "влучив"], reach: 6),
        EventTrigger(kind: .exchange, stems: ["обмін"], requiresNearby: ["полонен", "військовополонен", "тіл", "бранц", "заручник"]),
        EventTrigger(kind: .sanction, stems: ["санкці"],
                     requiresNearby: ["запровад", "ухвал", "наклал", "наклад", "розшир", "продовж", "посил", "схвал", "пакет", "підпис", "ввел", "ввів", "увів", "увел", "введен", "запрова", "проти"]),
        // A regulator's fine: the verb only (`штраф` alone is often no event: `штраф не вплине`).
        EventTrigger(kind: .sanction, stems: ["оштрафува"]),
    ]

    /// Stems near `призначив` that say it appoints to a post; `місце` counts only after `на`
    /// (`на його місце`, checked by ``EventExtractor``).
    static let appointedTo = [
        "посад", "міністр", "міністер", "голов", "керівник", "посл", "очільник", "заступник", "директор", "командувач", "ректор", "місце",
    ]

    /// Stems of posts that `став`/`стала` take in the instrumental (`заступником`, `головою`, `послом`).
    static let becamePosts = [
        "міністр", "міністерк", "голов", "керівни", "послом", "посолкою", "очільни", "заступни", "директор", "командувач", "ректор",
        "мером", "речни",
    ]

    func matches(_ word: String) -> Bool {
        exact.contains(word) || (stems.contains { word.begins(with: $0) } && !except.contains { word.begins(with: $0) })
    }
}

/// Words that say how a person takes part in the event of the sentences around.
enum ParticipationVocabulary {
    /// Stems that mark a person as taking part, with the role they give.
    static let cues: [(stem: String, role: String)] = [
        ("головує", "chair"), ("головува", "chair"), ("головуюч", "chair"),
        ("очолю", "head of delegation"), ("очолив", "head of delegation"), ("очолил", "head of delegation"),
        ("представля", "representative"), ("представляв", "representative"),
        ("участь", "participant"), ("присутн", "participant"), ("делегаці", "participant"), ("разом", "participant"),
        // Only after a pronoun for the event (`Її відкрили …`), checked by ``EventExtractor``.
        ("відкри", "chair"),
    ]
}
