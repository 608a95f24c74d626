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
        return writer.text
    }

    /// One JSON object for an event.
    public static func json(_ event: StoredEvent) -> String {
        var writer = JSONWriter()
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
        return writer.text
    }

    /// One JSON object for a quote.
    public static func json(_ quote: StoredQuote) -> String {
        var writer = JSONWriter()
        writer.object { w in
            w.key("id"); w.int(Int(quote.id))
            w.key("speaker"); w.string(quote.speaker)
            w.key("kind"); w.string(quote.kind)
            w.key("cue"); w.string(quote.cue)
            w.key("text"); w.string(quote.text)
            w.key("document"); w.string(quote.document)
            w.key("published"); w.string(quote.published)
        }
        return writer.text
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
