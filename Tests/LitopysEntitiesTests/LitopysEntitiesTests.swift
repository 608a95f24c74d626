import Testing
@testable import LitopysEntities

@Test func moduleLoads() {
    #expect(Bool(true))
}
