import Foundation
import Litopys
import LitopysText
import LitopysStore
import Testing

/// Several workers draining one PostgreSQL work queue: every article is stored exactly
/// once, and a batch whose transaction does not commit goes back to the queue. Needs a
/// server (LITOPYS_TEST_POSTGRES_URL); uses the text-only pipeline, so no dictionary.
@Suite(.enabled(if: Backend.postgresURL != nil, "set LITOPYS_TEST_POSTGRES_URL, or run `scripts/with-test-postgres.sh swift test`"))
struct PostgresWorkQueueTests {
    /// `count` distinct short articles as queued records.
    static func articles(_ count: Int) -> [QueuedArticle] {
        let cleaner = ArticleCleaner()
        return (0..<count).map { number in
            let input = ArticleInput(
                article: Article(
                    text: "Нарада номер \(number)\nУряд провів нараду номер \(number) у Києві й обговорив відновлення мостів.",
                    hasHeadline: true, published: "2024-03-12"),
                file: "queue.jsonl", line: number + 1)
            return QueuedArticle(input: input, id: OutputContract.contentID(of: cleaner.clean(input.article)))
        }
    }

    @Test func twoWorkersDrainOneQueueProcessingEachArticleOnce() async throws {
        let articles = Self.articles(40)
        let first = try await Backend.makePostgresStore()
        #expect(try await first.enqueue(articles) == 40)
        #expect(try await first.enqueue(Array(articles.prefix(5))) == 0)  // queued once only
        // A second worker: its own connections to the same schema, as another machine would have.
        let second = try await PostgresChronicleStore(location: first.location)
        var workerA = QueueWorker(pipeline: Pipeline(), store: first)
        workerA.name = "A"
        workerA.jobs = 2
        workerA.batchSize = 3
        var workerB = QueueWorker(pipeline: Pipeline(), store: second)
        workerB.name = "B"
        workerB.jobs = 2
        workerB.batchSize = 3
        async let a = workerA.run()
        async let b = workerB.run()
        let (tallyA, tallyB) = try await (a, b)
        #expect(tallyA.processed + tallyB.processed == 40)
        #expect(tallyA.added + tallyB.added == 40)
        #expect(try await first.queueStatus() == WorkQueueStatus(queued: 0, done: 40))
        #expect(try await first.statistics().documents == 40)
        // Draining an empty queue does nothing.
        #expect(try await workerA.run().processed == 0)
    }

    @Test func claimsAreDisjointAndAnUncommittedBatchReturnsToTheQueue() async throws {
        let store = try await Backend.makePostgresStore()
        let other = try await PostgresChronicleStore(location: store.location)
        _ = try await store.enqueue(Self.articles(6))
        let pipeline = Pipeline()
        let records: @Sendable ([QueuedArticle]) -> [DocumentRecord] = { articles in
            articles.map { DocumentRecord(document: pipeline.analyze($0.input.article), input: $0.input) }
        }
        // While the first batch is held (analysis in progress), another worker gets the others.
        let held = try await store.processQueuedWork(limit: 4, worker: "slow") { articles in
            let meanwhile = try? await other.processQueuedWork(limit: 10, worker: "fast") { records($0) }
            #expect(meanwhile?.outcomes.count == 2)
            let others = Set((meanwhile?.outcomes ?? []).map(\.article.id))
            #expect(others.isDisjoint(with: articles.map(\.id)))
            return records(articles)
        }
        #expect(held?.outcomes.count == 4)
        #expect(try await store.queueStatus() == WorkQueueStatus(queued: 0, done: 6))

        // A batch whose store fails (text with a NUL, which PostgreSQL refuses) rolls back:
        // nothing of it is stored and its articles are queued again.
        let more = try await Backend.makePostgresStore()
        _ = try await more.enqueue(Self.articles(3))
        await #expect(throws: StoreError.self) {
            _ = try await more.processQueuedWork(limit: 3, worker: "crashing") { articles in
                records(articles).map { var record = $0; record.text += "\u{0}"; return record }
            }
        }
        #expect(try await more.queueStatus() == WorkQueueStatus(queued: 3, done: 0))
        #expect(try await more.statistics().documents == 0)
        #expect(try await more.processQueuedWork(limit: 3, worker: "next") { records($0) }?.outcomes.count == 3)
        #expect(try await more.statistics().documents == 3)
    }
}
