import LitopysText
import Testing

@testable import LitopysEntities

/// The span rules run on whatever the tagger outputs: random label sequences over texts full
/// of the rules' trigger words must neither crash nor leave labels that break BIO.
@Suite struct SpanRepairRobustnessTests {
    static let texts = [
        "Ремонтують вулиці Садову, Леніна, Б. Хмельницького та Зелену; вул. Франка, 12 і пр. Гагаріна, 201.",
        "Співробітник Інституту зоології ім . Шмальгаузена та К-ПНУ ім. Івана Огієнка Інна Березіна.",
        "ТОВ «Сонях» сплатило ПДВ, а ФГ Дапринди С. М. купило Toyota Land Cruiser 150 Prado 2012 р.в. в с. Іллінка.",
        "У 2006-2009 рр. і з квітня по липень 2012 року Joe Biden та Olaf Scholz були в м. Києві (Україна.",
        "Хмельницької обласної дитячої лікарні, Кременчуцький, Дрогобицький і Надвірнянський НПЗ » «",
        "імені ім . ім. , та і й . ( ) « » – — 606 тис. тонн 65,8 кв. м 10.09.2010 № 2-6",
        "Глава держави і спецпредставник ЄС з питань санкцій, директор департаменту житлового господарства.",
        "Житомирську ОВА, Житомирської обласної військової адміністрації; балістичні «Іскандери», Дашавське та Опарське ПСГ.",
    ]

    /// A random valid BIO sequence of `n` labels.
    static func randomLabels(_ n: Int, _ rng: inout SplitMix64) -> ContiguousArray<UInt8> {
        var labels = ContiguousArray<UInt8>(repeating: 0, count: n)
        var previous: UInt8? = nil
        for i in 0..<n {
            var next: UInt8
            repeat { next = UInt8(rng.next() % UInt64(BIOLabels.count)) } while !BIOLabels.allowed(previous, next)
            labels[i] = next
            previous = next
        }
        return labels
    }

    @Test(arguments: [false, true])
    func randomTaggerOutputStaysValid(withMorphology: Bool) throws {
        let morphology = withMorphology ? MorphologyFeatures.shared : nil
        if withMorphology && morphology == nil { return }  // needs the VESUM dictionary
        var rng = SplitMix64(seed: 7)
        for text in Self.texts {
            let input = TextSegmentation.input(for: text, morphology: morphology)
            for _ in 0..<300 {
                var labels = Self.randomLabels(input.tokenCount, &rng)
                SpanRepair.apply(&labels, input: input, gazetteer: .shared)
                #expect(labels.count == input.tokenCount)
                var previous: UInt8? = nil
                for (i, label) in labels.enumerated() {
                    #expect(BIOLabels.allowed(previous, label), "token \(i) of \(text)")
                    previous = label
                }
            }
        }
    }

    /// The entity layer (canonical names, names inside titles, coordinated names, coreference)
    /// is built from whatever spans the tagger and the rules leave: random ones must not crash
    /// it, and every mention must lie inside the text.
    @Test func entityLayerFromRandomSpans() throws {
        guard MorphologyFeatures.shared != nil else { return }  // needs the VESUM dictionary
        let recognizer = try EntityRecognizer()
        var rng = SplitMix64(seed: 11)
        for text in Self.texts {
            let document = Markup(text).document
            let input = recognizer.taggingInput(document)
            for _ in 0..<100 {
                var labels = Self.randomLabels(input.tokenCount, &rng)
                SpanRepair.apply(&labels, input: input, gazetteer: .shared)
                let layer = recognizer.layer(document, input: input, labels: labels)
                let length = document.text.unicodeScalars.count
                #expect(layer.mentions.allSatisfy { $0.start >= 0 && $0.start < $0.end && $0.end <= length })
                #expect(layer.entities.allSatisfy { !$0.mentions.isEmpty && $0.mentions.allSatisfy { $0 < layer.mentions.count } })
            }
        }
    }
}
