import Foundation
import LitopysStore
import Testing

struct SimHashTests {
    static let text = "Міністр оборони України 12 березня провів зустріч у Варшаві з польським колегою. Сторони обговорили спільне виробництво боєприпасів."

    @Test func punctuationAndCaseDoNotChangeTheFingerprint() {
        let a = SimHash(text: Self.text)
        let b = SimHash(text: Self.text.uppercased().replacingOccurrences(of: ".", with: "!"))
        #expect(a.distance(to: b) == 0)
    }

    @Test func aOneWordEditStaysWithinDistanceThree() {
        let a = SimHash(text: Self.text)
        let b = SimHash(text: Self.text.replacingOccurrences(of: "польським", with: "литовським"))
        #expect(a.distance(to: b) <= 3)
    }

    @Test func unrelatedTextsAreFarApart() {
        let a = SimHash(text: Self.text)
        let b = SimHash(text: "Прем'єр-міністр відвідав Одесу, оглянув порт і зустрівся з місцевими підприємцями щодо відновлення причалів.")
        #expect(a.distance(to: b) > 3)
    }

    @Test func shortTextsHaveNoFingerprint() {
        #expect(SimHash.fingerprint(of: "Коротка замітка.") == nil)
        #expect(SimHash.fingerprint(of: Self.text + " " + Self.text) != nil)
    }

    @Test func fingerprintsWithinDistanceThreeShareABand() {
        let a = SimHash(value: 0x1234_5678_9ABC_DEF0)
        let b = SimHash(value: a.value ^ (1 << 3) ^ (1 << 20) ^ (1 << 40))
        #expect(a.distance(to: b) == 3)
        #expect(zip(a.bands, b.bands).contains { $0 == $1 })
    }
}
