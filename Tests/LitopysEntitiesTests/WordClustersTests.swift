import Foundation
import Testing

@testable import LitopysEntities

@Suite struct WordClustersTests {
    /// Words of several kinds, each kind in contexts of its own: towns after `у місті`, foods
    /// after `їли`, times after a food.
    static let sentences: [[String]] = {
        var sentences: [[String]] = []
        for town in ["Полтаві", "Ужгороді", "Чернігові", "Ірпені"] {
            for verb in ["живемо", "працюємо", "гуляємо"] { sentences.append(["ми", verb, "у", "місті", town, "."]) }
        }
        for food in ["борщ", "хліб", "вареники", "сало"] {
            for time in ["вранці", "ввечері", "вчора"] { sentences.append(["ми", "їли", food, time, "."]) }
        }
        return sentences
    }()

    static func trained() -> WordClusterTrainer.Result {
        var trainer = WordClusterTrainer()
        trainer.fineCount = 9
        trainer.coarseCount = 3
        trainer.minimumCount = 3
        return trainer.train(sentences: sentences)
    }

    @Test func wordsUsedAlikeShareAClass() {
        let result = Self.trained()
        func fine(_ word: String) -> Int? { result.words.firstIndex(of: word).map { result.fine[$0] } }
        #expect(fine("полтаві") != nil, "words are folded to lower case")
        #expect(fine("полтаві") == fine("ужгороді"))
        #expect(fine("полтаві") == fine("ірпені"))
        #expect(fine("борщ") == fine("сало"))
        #expect(fine("полтаві") != fine("борщ"))
        #expect(result.counts == result.counts.sorted(by: >), "the most frequent word comes first")
        #expect(result.counts[result.words.firstIndex(of: "ми")!] == 24)
    }

    @Test func trainingIsReproducible() {
        let a = Self.trained()
        let b = Self.trained()
        #expect(a.fileText(header: ["x"]) == b.fileText(header: ["x"]))
    }

    @Test func fileRoundTripsAndLooksUpByTheTaggersWordHash() throws {
        let result = Self.trained()
        let clusters = try WordClusters(source: result.fileText(header: ["test"]), origin: "test.txt")
        #expect(clusters.wordCount == result.words.count)
        let polytava = try #require(clusters.fineClass(of: "Полтаві"))
        #expect(clusters.fineClass(of: "УЖГОРОДІ") == polytava)
        #expect(clusters.fineClass(of: "Вінниці") == nil)
        // The atom of an unknown word differs from every known one.
        let unknown = clusters.atoms(key: WordClusters.key(of: "Вінниці"))
        #expect(unknown != clusters.atoms(key: WordClusters.key(of: "Полтаві")))
        #expect(unknown != clusters.atoms(key: WordClusters.key(of: "борщ")))
    }

    @Test func malformedLineNamesFileAndLine() {
        #expect {
            _ = try WordClusters(source: "# header\nкиїв\t3\t1\nльвів\tseven\t1\n", origin: "clusters.txt")
        } throws: { error in
            guard let error = error as? EntitiesError else { return false }
            return error.code == .badData && error.message.contains("clusters.txt:3")
                && error.message.contains("litopys train clusters")
        }
    }

    @Test func bundledClustersLoad() {
        #expect(WordClusters.shared.wordCount > 10_000)
        #expect(WordClusters.shared.fineClass(of: "травня") == WordClusters.shared.fineClass(of: "вересня"))
    }

    @Test func bundledLemmaClustersLoad() {
        #expect(WordClusters.sharedLemmas.wordCount > 10_000)
        #expect(WordClusters.sharedLemmas.fineClass(of: "київ") != nil)
        #expect(WordClusters.sharedLemmas.fineClass(of: "києві") == nil, "the file holds lemmas, not forms")
        #expect(WordClusters.sharedLemmas.fingerprint != WordClusters.shared.fingerprint)
    }

    @Test func modelWithOtherLemmaClustersIsRefused() throws {
        try expectRefusedWithOther(fingerprint: WordClusters.sharedLemmas.fingerprint, naming: "lemma classes")
    }

    @Test func modelWithOtherClustersIsRefused() throws {
        try expectRefusedWithOther(fingerprint: WordClusters.shared.fingerprint, naming: "word classes")
    }

    /// Changes `fingerprint` in a saved model and expects loading it to fail with a message
    /// that says `what` differs and how to retrain.
    private func expectRefusedWithOther(fingerprint: String, naming what: String) throws {
        var data = try NERModelTests.overfit().encoded()
        let place = try #require(data.range(of: Data(("\"" + fingerprint + "\"").utf8)))
        let first = place.lowerBound + 1
        data[first] = data[first] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        #expect {
            _ = try NERModel(data: data, origin: "old.model", gazetteer: Gazetteer())
        } throws: { error in
            guard let error = error as? EntitiesError else { return false }
            return error.code == .modelVersion && error.message.contains(what) && error.message.contains("litopys train ner")
        }
    }
}
