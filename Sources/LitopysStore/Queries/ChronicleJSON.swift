import Litopys

/// The JSON form of query results, shared by `litopys query --json` and the HTTP API:
/// every field present, unknown values null (as in the analysis output contract).
///
/// ```swift
/// for event in try store.events(EventQuery(kind: "meeting")) { print(ChronicleJSON.json(event)) }
/// ```
public enum ChronicleJSON {
    /// One JSON object (no line break) for an entity.
    public static func json(_ entity: StoredEntity) -> String {
        var writer = JSONWriter()
        write(entity, into: &writer)
        return writer.text
    }

    /// Writes `entity` as one JSON object.
    static func write(_ entity: StoredEntity, into writer: inout JSONWriter) {
        writer.object { w in
            w.key("id"); w.int(Int(entity.id))
            w.key("type"); w.string(entity.type)
            w.key("name"); w.string(entity.name)
            w.key("gender"); w.string(entity.gender)
            w.key("aliases"); w.array(entity.aliases) { w, alias in w.string(alias) }
            w.key("roles")
            w.array(entity.roles) { w, role in
                w.object { w in
                    w.key("role"); w.string(role.role)
                    w.key("date"); w.string(role.date)
                    w.key("document"); w.string(role.document)
                }
            }
            w.key("documents"); w.int(entity.documents)
            w.key("mentions"); w.int(entity.mentions)
        }
    }

    /// One JSON object for an event.
    public static func json(_ event: StoredEvent) -> String {
        var writer = JSONWriter()
        write(event, into: &writer)
        return writer.text
    }

    /// Writes `event` as one JSON object.
    static func write(_ event: StoredEvent, into writer: inout JSONWriter) {
        writer.object { w in
            w.key("id"); w.int(Int(event.id))
            w.key("kind"); w.string(event.kind)
            w.key("date"); w.string(event.date)
            w.key("place"); w.string(event.place)
            w.key("status"); w.string(event.status)
            w.key("participants")
            w.array(event.participants) { w, participant in
                w.object { w in
                    w.key("entity"); w.int(Int(participant.entity))
                    w.key("name"); w.string(participant.name)
                    w.key("role"); w.string(participant.role)
                }
            }
            w.key("sources")
            w.array(event.sources) { w, source in
                w.object { w in
                    w.key("document"); w.string(source.document)
                    w.key("title"); w.string(source.title)
                    w.key("text"); w.string(source.text)
                }
            }
        }
    }

    /// One JSON object for a quote.
    public static func json(_ quote: StoredQuote) -> String {
        var writer = JSONWriter()
        write(quote, into: &writer)
        return writer.text
    }

    /// Writes `quote` as one JSON object; `start` and `end` are code-point offsets into its document's text.
    static func write(_ quote: StoredQuote, into writer: inout JSONWriter) {
        writer.object { w in
            w.key("id"); w.int(Int(quote.id))
            w.key("speaker"); w.string(quote.speaker)
            w.key("speakerEntity"); w.int(quote.speakerID.map { Int($0) })
            w.key("kind"); w.string(quote.kind)
            w.key("cue"); w.string(quote.cue)
            w.key("text"); w.string(quote.text)
            w.key("document"); w.string(quote.document)
            w.key("published"); w.string(quote.published)
            w.key("start"); w.int(quote.start)
            w.key("end"); w.int(quote.end)
        }
    }

    /// One JSON object for a search hit.
    public static func json(_ hit: SearchHit) -> String {
        var writer = JSONWriter()
        writer.object { w in
            w.key("document"); w.string(hit.document)
            w.key("title"); w.string(hit.title)
            w.key("published"); w.string(hit.published)
            w.key("url"); w.string(hit.url)
            w.key("snippet"); w.string(hit.snippet)
        }
        return writer.text
    }
}

extension ChronicleJSON {
    /// One JSON object for the store's counts.
    public static func json(_ statistics: ChronicleStatistics) -> String {
        var writer = JSONWriter()
        writer.object { w in
            w.key("documents"); w.int(statistics.documents)
            w.key("nearDuplicates"); w.int(statistics.nearDuplicates)
            w.key("entities"); w.int(statistics.entities)
            w.key("events"); w.int(statistics.events)
            w.key("quotes"); w.int(statistics.quotes)
        }
        return writer.text
    }

    /// A JSON array of `items`, each rendered by `render`.
    public static func array<T>(_ items: [T], _ render: (T) -> String) -> String {
        "[" + items.map(render).joined(separator: ",") + "]"
    }
}

extension ChronicleJSON {
    /// One JSON object for a document in a list (no text).
    public static func json(_ document: StoredDocumentSummary) -> String {
        var writer = JSONWriter()
        writer.object { w in writeFields(of: document, into: &w) }
        return writer.text
    }

    /// Writes the fields of `document` into the object being written.
    static func writeFields(of document: StoredDocumentSummary, into w: inout JSONWriter) {
        w.key("id"); w.string(document.id)
        w.key("title"); w.string(document.title)
        w.key("published"); w.string(document.published)
        w.key("url"); w.string(document.url)
        w.key("source"); w.string(document.source)
        w.key("duplicateOf"); w.string(document.duplicateOf)
    }

    /// One JSON object for a whole document: its fields, `text`, and `mentions`, `events`
    /// and `quotes`; offsets are code points into `text`, `end` exclusive.
    public static func json(_ document: StoredDocument) -> String {
        var writer = JSONWriter()
        writer.object { w in
            writeFields(of: document.summary, into: &w)
            w.key("text"); w.string(document.text)
            w.key("mentions")
            w.array(document.mentions) { w, mention in
                w.object { w in
                    w.key("entity"); w.int(Int(mention.entity))
                    w.key("name"); w.string(mention.name)
                    w.key("type"); w.string(mention.type)
                    w.key("start"); w.int(mention.start)
                    w.key("end"); w.int(mention.end)
                    w.key("text"); w.string(mention.text)
                }
            }
            w.key("events"); w.array(document.events) { w, event in write(event, into: &w) }
            w.key("quotes"); w.array(document.quotes) { w, quote in write(quote, into: &w) }
        }
        return writer.text
    }

    /// One JSON object for an entity's page: the entity's fields, `roleHistory` (each role
    /// with its `first` and `last` dates and `documents` count), `events`,
    /// `quotes` and `coParticipants` (who met whom: entities sharing events, with counts).
    public static func json(_ detail: StoredEntityDetail) -> String {
        var writer = JSONWriter()
        writer.object { w in
            w.key("entity"); write(detail.entity, into: &w)
            w.key("roleHistory")
            w.array(detail.roleHistory) { w, period in
                w.object { w in
                    w.key("role"); w.string(period.role)
                    w.key("first"); w.string(period.first)
                    w.key("last"); w.string(period.last)
                    w.key("documents"); w.int(period.documents)
                }
            }
            w.key("events"); w.array(detail.events) { w, event in write(event, into: &w) }
            w.key("quotes"); w.array(detail.quotes) { w, quote in write(quote, into: &w) }
            w.key("coParticipants")
            w.array(detail.coParticipants) { w, partner in
                w.object { w in
                    w.key("entity"); w.int(Int(partner.entity))
                    w.key("name"); w.string(partner.name)
                    w.key("type"); w.string(partner.type)
                    w.key("sharedEvents"); w.int(partner.sharedEvents)
                }
            }
        }
        return writer.text
    }
}
