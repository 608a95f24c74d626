/// When two reports describe the same event, so that the chronicle lists it once with all
/// its sources.
///
/// Two events are one when all of these hold:
///
/// | condition | why |
/// |---|---|
/// | the same kind | a call and a visit on the same day are two things |
/// | both dates known, as days within ``ChronicleConfiguration/eventDateWindow`` of each other, or equal as months/years | an undated mention cannot be placed |
/// | the places agree, or one report does not say | reports often leave the place out |
/// | a shared participant, or both name the same place | "the ministers met in Vilnius" and "Landsbergis met Kuleba in Vilnius" |
///
/// Backends find candidates by kind and day with an index, then ask ``matches(_:_:)``.
public struct EventMergeRule: Sendable {
    /// An event as the rule sees it: kind, date, place and participants by chronicle-wide ids.
    public struct Candidate: Sendable, Hashable {
        /// The event kind.
        public var kind: String
        /// ISO 8601 date.
        public var date: String?
        /// The place's chronicle-wide entity id.
        public var place: Int64?
        /// The participants' chronicle-wide entity ids.
        public var participants: Set<Int64>

        /// Makes a candidate.
        public init(kind: String, date: String?, place: Int64?, participants: Set<Int64>) {
            self.kind = kind
            self.date = date
            self.place = place
            self.participants = participants
        }
    }

    /// The configuration whose window the rule uses.
    public var configuration: ChronicleConfiguration

    /// Makes the rule.
    public init(configuration: ChronicleConfiguration = ChronicleConfiguration()) {
        self.configuration = configuration
    }

    /// Whether `a` and `b` are reports of one event.
    public func matches(_ a: Candidate, _ b: Candidate) -> Bool {
        guard a.kind == b.kind, let dateA = a.date, let dateB = b.date else { return false }
        if let dayA = Self.dayNumber(dateA), let dayB = Self.dayNumber(dateB) {
            guard abs(dayA - dayB) <= configuration.eventDateWindow else { return false }
        } else if dateA != dateB {
            return false
        }
        if let placeA = a.place, let placeB = b.place, placeA != placeB { return false }
        let samePlace = a.place != nil && a.place == b.place
        return samePlace || !a.participants.isDisjoint(with: b.participants)
    }

    /// The days since 1970-01-01 of a full ISO date (`2022-01-12`), or nil for a month, a
    /// year, a range or a day without a year.
    ///
    /// - Complexity: O(1).
    public static func dayNumber(_ date: String) -> Int? {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        // Days from civil (Howard Hinnant's algorithm), proleptic Gregorian.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
