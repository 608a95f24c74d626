import Foundation
import LitopysText
import Testing

@testable import LitopysEntities

@Suite struct NERModelTests {
    /// Self-written training sentences with inline marks.
    static let training = [
        "[PERS Марія Бондар] приїхала до [LOC Полтави] у [DATE вівторок].",
        "Компанія [ORG «Зоряне світло»] відкрила офіс у [LOC Чернігові].",
        "[JOB Директор] [ORG «Зоряного світла»] [PERS Остап Вишня] заплатив [MON 300 гривень].",
        "Ціни зросли на [PCT 5 %] за [PERIOD два тижні].",
    ].map(Markup.init)

    static func overfit(stacked: Bool = false, transitionClasses: Bool = true) -> NERModel {
        let examples = training.map { m in
            let input = TextSegmentation.input(for: m.text)
            return TrainingExample(input: input, annotations: m.annotations)
        }
        var configuration = NERTrainer.Configuration()
        configuration.epochs = 40
        configuration.minimumFeatureCount = 1
        configuration.stacked = stacked
        configuration.transitionClasses = transitionClasses
        return NERTrainer(configuration: configuration).train(examples: examples, gazetteer: Gazetteer(), info: [:])
    }

    @Test(arguments: [true, false]) func overfitSaveReloadGivesTheSameOutput(transitionClasses: Bool) throws {
        let model = Self.overfit(transitionClasses: transitionClasses)
        #expect(model.transitionClassCount == (transitionClasses ? TransitionClasses.count : 1))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("litopys-ner-\(UUID()).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let data = try Data(contentsOf: url)
        let reloaded = try NERModel(data: data, origin: url.path, gazetteer: Gazetteer())
        for m in Self.training {
            let input = TextSegmentation.input(for: m.text)
            let gold = m.labels(for: input)
            #expect(model.tag(input) == gold, "overfit model reproduces its training labels")
            #expect(reloaded.tag(input) == gold, "reloaded model tags the same")
        }
        #expect(reloaded.featureCount <= model.featureCount)
        #expect(reloaded.transitionClassCount == model.transitionClassCount)
    }

    /// Labels by the plain definition: every template's key looked up at every token, summed,
    /// decoded over all label pairs. The tagger's shortcuts (sums kept per distinct token,
    /// only allowed label pairs tried) must give exactly these.
    static func referenceLabels(_ model: NERModel, _ input: TaggingInput) -> [UInt8] {
        var input = input
        if let first = model.firstStage?.model {
            input.hints = DocumentHints(input: input, labels: ContiguousArray(referenceLabels(first, input)))
        }
        let atoms = model.extractor.atoms(for: input)
        let l = model.labelCount
        var labels = [UInt8](repeating: 0, count: input.tokenCount)
        var keys = [UInt64](repeating: 0, count: model.extractor.templateCount)
        for s in 0..<input.sentenceCount {
            let sentence = input.sentence(s)
            let n = sentence.count
            guard n > 0 else { continue }
            var emissions = [Float](repeating: 0, count: n * l)
            for k in 0..<n {
                atoms.withUnsafeBufferPointer { atoms in
                    keys.withUnsafeMutableBufferPointer { keys in
                        model.extractor.keys(atoms: atoms, sentence: sentence, token: sentence.lowerBound + k, into: keys)
                    }
                }
                var sums = [Int32](repeating: 0, count: l)
                for key in keys {
                    let place = model.table.row(key)
                    guard place >= 0 else { continue }
                    for e in (place >> 5)..<((place >> 5) + (place & 31)) {
                        let entry = model.weights[e]
                        sums[Int(entry >> 16)] += Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
                    }
                }
                for y in 0..<l { emissions[k * l + y] = Float(sums[y]) * model.weightScale }
            }
            var scores = [Float](repeating: 0, count: n * l)
            var back = [UInt8](repeating: 0, count: n * l)
            var path = [UInt8](repeating: 0, count: n)
            // Each token is entered by the transition matrix of its class (one class in older models).
            let zero = [Float](repeating: 0, count: (l + 1) * l)
            let classes = model.transitionClassCount > 1
                ? Array(TransitionClasses.classes(of: input)[sentence]) : [UInt8](repeating: 0, count: n)
            emissions.withUnsafeBufferPointer { emissions in
                model.transitions.withUnsafeBufferPointer { transitions in
                    scores.withUnsafeMutableBufferPointer { scores in
                        back.withUnsafeMutableBufferPointer { back in
                            path.withUnsafeMutableBufferPointer { path in
                                zero.withUnsafeBufferPointer { zero in
                                    classes.withUnsafeBufferPointer { classes in
                                        Viterbi.decode(
                                            n: n, labels: l, emissions: emissions, transitions: zero,
                                            classTransitions: transitions, classes: classes, scores: scores, back: back,
                                            path: path)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            for k in 0..<n { labels[sentence.lowerBound + k] = path[k] }
        }
        return labels
    }

    @Test(arguments: [false, true]) func shortcutsTagExactlyAsThePlainDefinition(stacked: Bool) throws {
        let model = Self.overfit(stacked: stacked)
        let texts = Self.training.map(\.text) + [
            "У вівторок Остап Бондар приїхав до Чернігова, а Марія Вишня — до Полтави.",
            "«Зоряне світло» заплатило 300 гривень. Ціни зросли.",
            "Директор",
        ]
        for pass in 1...2 {  // the second pass reads the sums kept by the first
            for text in texts {
                let input = TextSegmentation.input(for: text)
                #expect(Array(model.tag(input)) == Self.referenceLabels(model, input), "pass \(pass): \(text)")
            }
        }
    }

    @Test func stackedModelKeepsItsFirstStage() throws {
        let model = Self.overfit(stacked: true)
        #expect(model.firstStage != nil, "four documents and four folds: a stacked model")
        #expect(model.firstStage?.model.templates == FeatureTemplate.firstStage, "the first stage reads single tokens only")
        #expect(FeatureTemplate.firstStage.count < FeatureTemplate.standard.count)
        let data = try model.encoded()
        let reloaded = try NERModel(data: data, origin: "stacked.model", gazetteer: Gazetteer())
        #expect(reloaded.firstStage != nil)
        #expect(try reloaded.encoded() == data)
        // Cut right before the first stage: refused, not read as a one-stage model.
        let firstSize = try #require(try model.firstStage?.model.encoded().count)
        #expect {
            _ = try NERModel(data: data.prefix(data.count - firstSize), origin: "cut.model", gazetteer: Gazetteer())
        } throws: { error in
            (error as? EntitiesError)?.code == .modelTruncated
        }
    }

    @Test func singleStageWhenAskedOrTooFewDocuments() {
        let examples = Self.training.map { m in
            TrainingExample(input: TextSegmentation.input(for: m.text), annotations: m.annotations)
        }
        var configuration = NERTrainer.Configuration()
        configuration.epochs = 2
        configuration.minimumFeatureCount = 1
        #expect(NERTrainer(configuration: configuration).train(examples: examples, gazetteer: Gazetteer(), info: [:]).firstStage == nil)
        configuration.stacked = true
        configuration.folds = 5
        #expect(NERTrainer(configuration: configuration).train(examples: examples, gazetteer: Gazetteer(), info: [:]).firstStage == nil)
    }

    @Test func documentHintsReportTheOtherOccurrences() {
        let markup = Markup(
            "Компанія [ORG Вілламет] звітувала. Акції Вілламету впали. Офіс Вілламету закрили. Погода гарна.")
        let input = TextSegmentation.input(for: markup.text)
        let hints = DocumentHints(input: input, labels: markup.labels(for: input))
        func hint(_ word: String, _ nth: Int = 0) -> UInt64 {
            let tokens = (0..<input.tokenCount).filter { input.text(ofToken: $0) == word }
            return hints.documentTypes[tokens[nth]]
        }
        let org = DocumentHints.typeAtoms[EntityType.allCases.firstIndex(of: .organization)!]
        #expect(hint("Вілламету") == org, "another occurrence of the stem is an organisation")
        // The tagged occurrence itself only sees the two untagged ones.
        #expect(hint("Вілламет") == DocumentHints.unlabelled)
        #expect(hint("Погода") == DocumentHints.alone)
    }

    @Test func trainingIsReproducible() throws {
        #expect(try Self.overfit().encoded() == Self.overfit().encoded())
    }

    @Test func missingModelSaysHowToRetrain() {
        let url = URL(fileURLWithPath: "/nonexistent/litopys/ner.model")
        #expect {
            _ = try NERModel(contentsOf: url)
        } throws: { error in
            guard let error = error as? EntitiesError else { return false }
            return error.code == .modelMissing && error.message.contains("litopys train ner")
        }
    }

    @Test func truncatedModelIsRefused() throws {
        let data = try Self.overfit().encoded()
        for cut in [3, 20, data.count / 2, data.count - 1] {
            #expect {
                _ = try NERModel(data: data.prefix(cut), origin: "cut.model", gazetteer: Gazetteer())
            } throws: { error in
                guard let error = error as? EntitiesError else { return false }
                return error.code == .modelTruncated && error.message.contains("truncated")
                    && error.message.contains("litopys train ner")
            }
        }
    }

    @Test func otherVersionIsRefused() throws {
        var data = try Self.overfit().encoded()
        data[8] = UInt8(truncatingIfNeeded: NERModel.formatVersion + 1)
        #expect {
            _ = try NERModel(data: data, origin: "old.model", gazetteer: Gazetteer())
        } throws: { error in
            guard let error = error as? EntitiesError else { return false }
            return error.code == .modelVersion && error.message.contains("version")
                && error.message.contains("litopys train ner")
        }
    }

    @Test func otherTransitionClassesAreRefused() throws {
        let data = try Self.overfit().encoded()
        // The header is JSON; a class count of the same width keeps every offset.
        let written = Data(#""transitionClasses":"\#(TransitionClasses.count)""#.utf8)
        let other = Data(#""transitionClasses":"\#(TransitionClasses.count + 1)""#.utf8)
        let range = try #require(data.range(of: written))
        var changed = data
        changed.replaceSubrange(range, with: other)
        #expect {
            _ = try NERModel(data: changed, origin: "other.model", gazetteer: Gazetteer())
        } throws: { error in
            guard let error = error as? EntitiesError else { return false }
            return error.code == .modelVersion && error.message.contains("transition classes")
                && error.message.contains("litopys train ner")
        }
    }

    @Test func notAModelIsRefused() {
        #expect {
            _ = try NERModel(data: Data("just some text, long enough".utf8), origin: "notes.txt", gazetteer: Gazetteer())
        } throws: { error in
            (error as? EntitiesError)?.code == .modelVersion
        }
    }

    @Test func bundledModelLoads() throws {
        let model = try NERModel.bundled()
        #expect(model.featureCount > 10_000)
        #expect(model.info["licence"]?.contains("CC BY-NC-SA 4.0") == true)
        let plain = try NERModel.bundledPlain()
        #expect(!plain.usesMorphology)
    }

    @Test func labelSpansRoundTrip() {
        let b = BIOLabels.begin(.person)
        let labels: [UInt8] = [0, b, b + 1, 0, BIOLabels.begin(.location), b + 1]
        let spans = BIOLabels.spans(labels)
        #expect(spans.map(\.0) == [1..<3, 4..<5, 5..<6])
        #expect(spans.map(\.1) == [.person, .location, .person])
    }
}

/// Inputs that must not break the recognizer.
@Suite struct RecognizerRobustnessTests {
    func recognize(_ text: String) throws -> EntityLayer {
        var document = Document(text: text)
        Segmenter().segment(&document)
        try EntityRecognizer().recognize(&document)
        return document[layer: EntityLayer.self]
    }

    @Test func emptyAndEntitylessText() throws {
        #expect(try recognize("").entities.isEmpty)
        #expect(try recognize("   \n  ").entities.isEmpty)
        #expect(try recognize("і та але що як").mentions.allSatisfy { $0.text.count > 0 })
    }

    @Test func veryLongSentence() throws {
        let words = Array(repeating: "слово", count: 3000).joined(separator: " ")
        let layer = try recognize(words + " Тарас Шевченко " + words)
        #expect(layer.mentions.allSatisfy { $0.end > $0.start })
    }

    @Test func allCapsHeadlineAndLatinNames() throws {
        let layer = try recognize("ЗЕЛЕНСЬКИЙ ЗУСТРІВСЯ З БАЙДЕНОМ У КИЄВІ\nJoe Biden and Olaf Scholz met in Berlin on Monday.")
        for m in layer.mentions {
            #expect(m.start < m.end)
            #expect(m.entity < layer.entities.count)
        }
    }

    @Test func mentionOffsetsMatchTheText() throws {
        let text = "Президент Польщі Анджей Дуда прибув до Львова, де зустрівся з мером Андрієм Садовим."
        let layer = try recognize(text)
        let scalars = Array(text.unicodeScalars)
        for m in layer.mentions {
            #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text)
        }
        #expect(layer.entities.enumerated().allSatisfy { $0.element.id == "e\($0.offset + 1)" })
    }
}

/// Without the VESUM dictionary the recognizer still tags, with the model trained without
/// morphology, and keeps names as written.
@Suite struct RecognizerWithoutDictionaryTests {
    @Test func plainModelTagsAndKeepsWrittenNames() throws {
        let recognizer = EntityRecognizer(model: try NERModel.bundledPlain(), analyzer: nil)
        var document = Document(text: "Учора в Брюсселі генеральний секретар НАТО Марк Рютте зустрівся з журналістами.")
        Segmenter().segment(&document)
        recognizer.recognize(&document)
        let layer = document[layer: EntityLayer.self]
        #expect(!layer.entities.isEmpty)
        for m in layer.mentions { #expect(m.normalForm == m.text) }
    }
}
