import Foundation
import Litopys
import LitopysText
import PostgresNIO

/// An article waiting in the PostgreSQL work queue, as `litopys ingest --queue` read it.
public struct QueuedArticle: Sendable, Hashable {
    /// The content hash of the cleaned article: the id its document will have.
    public var id: String
    /// The input file (and line) it was read from.
    public var origin: String
    /// The headline, when the input gave it apart from the text.
    public var title: String?
    /// The raw text.
    public var text: String
    /// Whether the first line of ``text`` is the headline.
    public var hasHeadline: Bool
    /// Publication date, ISO 8601.
    public var published: String?
    /// The input's `url` field.
    public var url: String?

    /// Takes a record read from a file; `id` is the content hash of its cleaned article.
    public init(input: ArticleInput, id: String) {
        self.id = id
        self.origin = input.location
        self.title = input.article.title
        self.text = input.article.text
        self.hasHeadline = input.article.hasHeadline
        self.published = input.article.published
        self.url = input.extra.first { $0.0 == "url" }?.1.stringValue
    }

    /// Makes a queued article from its columns.
    init(id: String, origin: String, title: String?, text: String, hasHeadline: Bool, published: String?, url: String?) {
        self.id = id
        self.origin = origin
        self.title = title
        self.text = text
        self.hasHeadline = hasHeadline
        self.published = published
        self.url = url
    }

    /// The record again, as the pipeline and ``DocumentRecord/init(document:input:)`` take it.
    public var input: ArticleInput {
        let parts = origin.split(separator: ":")
        let line = parts.count > 1 ? parts.last.flatMap { Int($0) } : nil
        return ArticleInput(
            article: Article(title: title, text: text, hasHeadline: hasHeadline, published: published),
            extra: url.map { [("url", JSONValue.string($0))] } ?? [],
            file: line == nil ? origin : parts.dropLast().joined(separator: ":"), line: line)
    }
}

/// How many articles the work queue holds, by state.
public struct WorkQueueStatus: Sendable, Hashable {
    /// Makes a status.
    public init(queued: Int, done: Int) {
        self.queued = queued
        self.done = done
    }

    /// Waiting for a worker (including those a worker holds in an open transaction).
    public var queued: Int
    /// Stored by a worker.
    public var done: Int
}

/// What one claimed batch came to.
public struct ClaimedBatch: Sendable {
    /// Each claimed article with what storing it did.
    public var outcomes: [(article: QueuedArticle, outcome: IngestOutcome)]
}

extension PostgresChronicleStore {
    /// Adds articles to the work queue; an article already queued (same content hash) is skipped.
    ///
    /// - Returns: how many were newly queued.
    public func enqueue(_ articles: [QueuedArticle]) async throws(StoreError) -> Int {
        try await transaction("\(articles.count) queued articles") { connection in
            var added = 0
            for article in articles {
                let rows = try await connection.query("""
                    INSERT INTO work_item (id, origin, title, text, has_headline, published, url)
                    VALUES (\(article.id), \(article.origin), \(article.title), \(article.text), \(article.hasHeadline), \(article.published), \(article.url))
                    ON CONFLICT (id) DO NOTHING RETURNING 1
                    """, logger: PostgresConnectionPool.logger).collect()
                added += rows.count
            }
            return added
        }
    }

    /// Queued and done articles.
    public func queueStatus() async throws(StoreError) -> WorkQueueStatus {
        let rows = try await rows("the work queue", """
            SELECT count(*) FILTER (WHERE state = 'queued'), count(*) FILTER (WHERE state = 'done') FROM work_item
            """)
        do {
            guard let row = rows.first else { return WorkQueueStatus(queued: 0, done: 0) }
            let (queued, done) = try row.decode((Int, Int).self)
            return WorkQueueStatus(queued: queued, done: done)
        } catch {
            throw Self.decodingError("the work queue", error)
        }
    }

    /// Claims up to `limit` queued articles, analyses them with `analyse`, stores the
    /// documents and marks the articles done, all in one transaction.
    ///
    /// The claim is `SELECT … FOR UPDATE SKIP LOCKED`: workers running this at the same
    /// time on other connections, processes or machines get disjoint batches, and none
    /// waits for another's analysis. If the worker dies before it commits, the server
    /// rolls the transaction back and the articles are queued again for the next worker;
    /// once it commits, documents and `done` marks are stored together, so no article is
    /// processed twice. An article whose content is stored already is marked done
    /// without analysis.
    ///
    /// - Parameters:
    ///   - analyse: turns the articles into document records (runs while the claim is held).
    /// - Returns: the batch, or nil when no article is queued (or all are claimed by others).
    public func processQueuedWork(
        limit: Int, worker: String, analyse: @escaping @Sendable ([QueuedArticle]) async -> [DocumentRecord]
    ) async throws(StoreError) -> ClaimedBatch? {
        let writer = self.writer
        return try await transaction("a batch of queued articles") { connection in
            let logger = PostgresConnectionPool.logger
            var claimed: [(seq: Int64, article: QueuedArticle)] = []
            let rows = try await connection.query("""
                SELECT seq, id, origin, title, text, has_headline, published, url FROM work_item
                WHERE state = 'queued' ORDER BY seq LIMIT \(limit) FOR UPDATE SKIP LOCKED
                """, logger: logger)
            for try await (seq, id, origin, title, text, hasHeadline, published, url)
                in rows.decode((Int64, String, String, String?, String, Bool, String?, String?).self) {
                claimed.append((seq, QueuedArticle(id: id, origin: origin, title: title, text: text, hasHeadline: hasHeadline, published: published, url: url)))
            }
            guard !claimed.isEmpty else { return nil }
            var known: Set<String> = []
            let ids = claimed.map(\.article.id)
            for try await id in try await connection.query("SELECT id FROM document WHERE id = ANY(\(ids))", logger: logger).decode(String.self) {
                known.insert(id)
            }
            let fresh = claimed.map(\.article).filter { !known.contains($0.id) }
            let records = await analyse(fresh)
            let stored = try await Self.store(records, on: connection, writer: writer)
            var outcomes: [String: IngestOutcome] = [:]
            for (record, outcome) in zip(records, stored) { outcomes[record.id] = outcome }
            let seqs = claimed.map(\.seq)
            try await connection.query("""
                UPDATE work_item SET state = 'done', worker = \(worker), finished_at = now(),
                    outcome = CASE WHEN id = ANY(\(Array(known))) THEN 'already stored' ELSE 'stored' END
                WHERE seq = ANY(\(seqs))
                """, logger: logger)
            return ClaimedBatch(outcomes: claimed.map { ($0.article, outcomes[$0.article.id] ?? .alreadyStored) })
        }
    }
}
