import Testing
@testable import LitopysMorph

@Test func moduleLoads() {
    #expect(Bool(true))
}
