import Testing
@testable import LitopysFacts

@Test func moduleLoads() {
    #expect(Bool(true))
}
