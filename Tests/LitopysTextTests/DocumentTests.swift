import Testing
@testable import LitopysText

struct CounterLayer: DocumentLayer {
    var values: [Int] = []
}

@Test func layersAreStoredPerTypeAndMutatedInPlace() {
    var document = Document(text: "Привіт, світе")
    #expect(document.scalars.count == 13)
    #expect(!document.hasLayer(CounterLayer.self))
    document[layer: CounterLayer.self].values.append(7)
    document[layer: CounterLayer.self].values.append(8)
    #expect(document[layer: CounterLayer.self].values == [7, 8])
    #expect(document.hasLayer(CounterLayer.self))
    #expect(document.text(from: 8, to: 13) == "світе")
}
