import LitopysStore
import Testing

struct EventMergeRuleTests {
    typealias Candidate = EventMergeRule.Candidate

    static let base = Candidate(kind: "meeting", date: "2024-03-12", place: 7, participants: [1, 2])

    /// (case, the other report, whether it merges with `base`).
    static let cases: [(String, Candidate, Bool)] = [
        ("same day, place, people", Candidate(kind: "meeting", date: "2024-03-12", place: 7, participants: [1]), true),
        ("a day later", Candidate(kind: "meeting", date: "2024-03-13", place: 7, participants: [2]), true),
        ("two days later", Candidate(kind: "meeting", date: "2024-03-14", place: 7, participants: [1]), false),
        ("other kind", Candidate(kind: "call", date: "2024-03-12", place: 7, participants: [1]), false),
        ("other place", Candidate(kind: "meeting", date: "2024-03-12", place: 8, participants: [1]), false),
        ("place not said, shared person", Candidate(kind: "meeting", date: "2024-03-12", place: nil, participants: [2]), true),
        ("place not said, nobody shared", Candidate(kind: "meeting", date: "2024-03-12", place: nil, participants: [3]), false),
        ("same place, nobody named", Candidate(kind: "meeting", date: "2024-03-12", place: 7, participants: []), true),
        ("no date", Candidate(kind: "meeting", date: nil, place: 7, participants: [1]), false),
        ("same month only", Candidate(kind: "meeting", date: "2024-03", place: 7, participants: [1]), false),
    ]

    @Test(arguments: cases)
    func merges(name: String, other: Candidate, expected: Bool) {
        let rule = EventMergeRule()
        #expect(rule.matches(Self.base, other) == expected, "\(name)")
        #expect(rule.matches(other, Self.base) == expected, "\(name), reversed")
    }

    @Test(arguments: [("1970-01-01", 0), ("2024-03-12", 19794), ("2024-02-29", 19782), ("2024-03", nil), ("--03-12", nil)] as [(String, Int?)])
    func dayNumbers(date: String, expected: Int?) {
        #expect(EventMergeRule.dayNumber(date) == expected)
    }
}
