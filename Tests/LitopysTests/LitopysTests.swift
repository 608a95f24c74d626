import Testing
@testable import Litopys

@Test func facadeLoads() {
    #expect(Bool(true))
}
