import Foundation
import LitopysText
import Testing
@testable import LitopysMorph

@Suite(.enabled(if: Fixtures.analyzer != nil, "needs the VESUM dictionary"))
struct MorphologyTaggerTests {
    let analyzer = Fixtures.analyzer!

    /// Two sentences where `ради` and `стали` need context to read right.
    static let training: [[GoldToken]] = [
        [
            GoldToken(word: "Депутати", lemma: "депутат", tag: "noun:anim:p:v_naz"),
            GoldToken(word: "Верховної", lemma: "верховний", tag: "adj:f:v_rod"),
            GoldToken(word: "ради", lemma: "рада", tag: "noun:inanim:f:v_rod"),
            GoldToken(word: "стали", lemma: "стати", tag: "verb:perf:past:p"),
            GoldToken(word: "раді", lemma: "радий", tag: "adj:p:v_naz:short"),
        ],
        [
            GoldToken(word: "Ми", lemma: "ми", tag: "noun:anim:p:v_naz:pron:pers:1"),
            GoldToken(word: "раді", lemma: "радий", tag: "adj:p:v_naz:short"),
            GoldToken(word: "новій", lemma: "новий", tag: "adj:f:v_mis"),
            GoldToken(word: "сталі", lemma: "сталь", tag: "noun:inanim:f:v_mis"),
        ],
    ]

    @Test func overfitSaveReloadSameOutput() throws {
        let model = TaggerTrainer(epochs: 10, hashBits: 14).train(on: Self.training, analyzer: analyzer)
        let tagger = try MorphologyTagger(analyzer: analyzer, model: model)
        let sentence = Self.training[0].map(\.word)
        let lemmas = tagger.tag(words: sentence).map(\.lemma)
        #expect(lemmas == Self.training[0].map(\.lemma))
        let second = tagger.tag(words: Self.training[1].map(\.word)).map(\.lemma)
        #expect(second == Self.training[1].map(\.lemma))

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("litopys-test-\(UUID()).model").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.write(to: path)
        let reloaded = try MorphologyTagger(analyzer: analyzer, model: TaggerModel(contentsOf: path))
        #expect(reloaded.tag(words: sentence) == tagger.tag(words: sentence))
    }

    @Test func truncatedOrForeignModelSaysRetrain() throws {
        let model = TaggerTrainer(epochs: 1, hashBits: 12).train(on: Self.training, analyzer: analyzer)
        let data = model.serialized()
        for broken in [data.prefix(data.count - 10), Data("not a model".utf8), data.prefix(3)] {
            #expect {
                _ = try TaggerModel(data: Data(broken), name: "broken.model")
            } throws: { error in
                let error = error as? MorphError
                return error?.code == .modelInvalid && error?.message.contains("litopys train tagger") == true
            }
        }
    }

    @Test func bundledModelLoadsQuickly() throws {
        let started = Date()
        let model = try #require(try TaggerModel.bundled())
        #expect(Date().timeIntervalSince(started) < 1)
        _ = try MorphologyTagger(analyzer: analyzer, model: model)
    }

    @Test func tagsADocument() throws {
        let tagger = try MorphologyTagger(analyzer: analyzer, model: TaggerModel.bundled())
        var document = Document(text: "Генсек НАТО Єнс Столтенберг прибув до Києва. Він зустрівся з депутатами Верховної Ради.")
        Segmenter().segment(&document)
        tagger.tag(&document)
        let layer = document[layer: MorphologyLayer.self]
        #expect(layer.count == document.tokenCount)
        let lemmas = (0..<document.tokenCount).map { layer.lemma($0) }
        #expect(lemmas.contains("Столтенберг"))
        #expect(lemmas.contains("Київ"))
        #expect(lemmas.first == "генсек")
        #expect(lemmas.contains("зустрітися"))
        let rada = try #require((0..<document.tokenCount).first { document.tokenText($0) == "Ради" })
        #expect(layer.lemma(rada) == "Рада")
        #expect(layer.partOfSpeech(rada) == "NOUN")
        #expect(layer.grammemes(rada).contains("gent"))
        let dot = try #require((0..<document.tokenCount).first { document.tokenText($0) == "." })
        #expect(layer.partOfSpeech(dot) == "PNCT")
    }

    @Test func withoutAModelTakesFirstReadings() throws {
        let tagger = try MorphologyTagger(analyzer: analyzer, model: nil)
        let words = ["Києва", "2022", "Hello"]
        #expect(tagger.tag(words: words).map(\.lemma) == words.map { analyzer.analyze($0)[0].lemma })
    }
}

@Suite struct MorphErrorTests {
    @Test func missingDictionaryNamesTheFixAndTheFolder() {
        let location = DictionaryLocation(cacheDirectory: "/nonexistent/litopys-test")
        #expect {
            _ = try VesumDictionary.load(from: location)
        } throws: { error in
            let error = error as? MorphError
            return error?.code == .dictionaryMissing && error?.message.contains("litopys setup") == true
                && error?.message.contains("/nonexistent/litopys-test") == true
        }
    }

    @Test func corruptDictionaryFileIsNamed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("litopys-corrupt-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data("[[\"format_version\", \"2.4\"]]".utf8).write(to: URL(fileURLWithPath: directory + "/meta.json"))
        try Data("[\"\"]".utf8).write(to: URL(fileURLWithPath: directory + "/suffixes.json"))
        try Data("[[\"POST\", null, \"post\", \"\"]]".utf8).write(to: URL(fileURLWithPath: directory + "/grammemes.json"))
        try Data("[\"POST\"]".utf8).write(to: URL(fileURLWithPath: directory + "/gramtab-opencorpora-int.json"))
        try Data([1, 0, 3, 0, 0, 0]).write(to: URL(fileURLWithPath: directory + "/paradigms.array"))
        #expect {
            _ = try VesumDictionary(directory: directory)
        } throws: { error in
            let error = error as? MorphError
            return error?.code == .dictionaryCorrupt && error?.message.contains("paradigms.array") == true
        }
    }
}
