import Testing

@testable import LitopysFacts

/// The byte-wise string matching the fact rules use instead of `==`, `hasPrefix` and `contains`.
@Suite struct StringMatchingTests {
    @Test func spelledIsExactEquality() {
        #expect("року".isSpelled("року"))
        #expect(!"року".isSpelled("рок"))
        #expect(!"рок".isSpelled("року"))
        #expect(!"Року".isSpelled("року"))
        #expect("".isSpelled(""))
        #expect(!"у".isSpelled(""))
    }

    @Test func beginsAndIncludesCompareBytes() {
        #expect("заступниця".begins(with: "заступни"))
        #expect(!"заступниця".begins(with: "заступниці"))
        #expect("пресслужба".includes("служб"))
        #expect("пресслужба".includes("пресслужба"))
        #expect("пресслужба".includes(""))
        #expect(!"служба".includes("пресслужба"))
        #expect(!"пресслужба".includes("служби"))
        #expect("аааб".includes("аб"))
    }
}
