import LitopysEntities
import LitopysFacts
import LitopysMorph
import LitopysText

/// Writes an analysed ``Document`` as the JSON object of DESIGN.md's output contract.
///
/// Every field is present; unknown values are null; offsets are code points into `text`.
public struct OutputContract: Sendable {
    /// Whether to add the per-token array (`--tokens`). The default is false.
    public var includeTokens = false

    /// Makes a writer.
    public init(includeTokens: Bool = false) {
        self.includeTokens = includeTokens
    }

    /// The content hash that identifies a document: 64-bit FNV-1a of its title and text, in hex.
    public static func contentID(of document: Document) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (document.title ?? "").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        hash = (hash ^ 0x0A) &* 0x100_0000_01b3
        for byte in document.text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The entity stage's roles of `entity`, then the facts stage's that add something new.
    /// A facts-stage role that is an entity-stage one with words before it replaces it: the
    /// tagger may leave out the adjectives of a title (`технічний` of `технічний директор заводу`).
    public static func roles(of entity: Entity, facts: FactLayer) -> [String] {
        var roles = entity.roles
        for role in facts.roles[entity.id] ?? [] {
            let lowered = role.lowercased()
            if let shorter = roles.firstIndex(where: { lowered.count > $0.count && lowered.hasSuffix(" " + $0.lowercased()) }) {
                roles[shorter] = role
            } else if !roles.contains(where: { $0.lowercased().contains(lowered) || lowered.contains($0.lowercased()) }) {
                roles.append(role)
            }
        }
        return roles
    }

    /// One JSON line (without the line break) for `document`, with `extra` input fields echoed at the end.
    public func json(for document: Document, extra: [(String, JSONValue)] = []) -> String {
        var writer = JSONWriter()
        write(document, extra: extra, into: &writer)
        return writer.text
    }

    /// Writes `document` into `writer`.
    public func write(_ document: Document, extra: [(String, JSONValue)], into writer: inout JSONWriter) {
        writer.object { w in
            w.key("id"); w.string(Self.contentID(of: document))
            w.key("title"); w.string(document.title)
            w.key("published"); w.string(document.published)
            w.key("attribution"); w.string(document.attribution)
            w.key("text"); w.string(document.text)
            w.key("sections")
            w.array(document.sections) { w, section in
                w.object { w in
                    w.key("heading"); w.string(section.heading)
                    w.key("start"); w.int(section.start)
                }
            }
            w.key("removed")
            w.array(document.removed) { w, piece in
                w.object { w in
                    w.key("kind"); w.string(piece.kind)
                    w.key("text"); w.string(piece.text)
                }
            }
            w.key("sentences")
            w.array(0..<document.sentenceCount) { w, index in
                let sentence = document.sentence(index)
                w.object { w in
                    w.key("start"); w.int(sentence.start)
                    w.key("end"); w.int(sentence.end)
                }
            }
            let entities = document[layer: EntityLayer.self]
            let facts = document[layer: FactLayer.self]
            w.key("entities")
            w.array(entities.entities) { w, entity in
                w.object { w in
                    w.key("id"); w.string(entity.id)
                    w.key("type"); w.string(entity.type.rawValue)
                    w.key("name"); w.string(entity.name)
                    w.key("mentions")
                    w.array(entity.mentions) { w, index in
                        let mention = entities.mentions[index]
                        w.object { w in
                            w.key("start"); w.int(mention.start)
                            w.key("end"); w.int(mention.end)
                            w.key("text"); w.string(mention.text)
                        }
                    }
                    w.key("roles"); w.array(Self.roles(of: entity, facts: facts)) { w, role in w.string(role) }
                }
            }
            w.key("dates")
            w.array(facts.dates) { w, date in
                w.object { w in
                    w.key("start"); w.int(date.start)
                    w.key("end"); w.int(date.end)
                    w.key("text"); w.string(date.text)
                    w.key("value"); w.string(date.value)
                }
            }
            w.key("events")
            w.array(facts.events) { w, event in
                w.object { w in
                    w.key("id"); w.string(event.id)
                    w.key("kind"); w.string(event.kind.rawValue)
                    w.key("trigger"); w.string(event.trigger)
                    w.key("text"); w.string(event.text)
                    w.key("date"); w.string(event.date)
                    w.key("place"); w.string(event.place)
                    w.key("sentence"); w.int(event.sentence)
                    w.key("participants")
                    w.array(event.participants) { w, participant in
                        w.object { w in
                            w.key("entity"); w.string(participant.entity)
                            w.key("role"); w.string(participant.role)
                        }
                    }
                    w.key("status"); w.string(event.status)
                }
            }
            w.key("quotes")
            w.array(facts.quotes) { w, quote in
                w.object { w in
                    w.key("speaker"); w.string(quote.speaker)
                    w.key("kind"); w.string(quote.kind.rawValue)
                    w.key("cue"); w.string(quote.cue)
                    w.key("start"); w.int(quote.start)
                    w.key("end"); w.int(quote.end)
                    w.key("text"); w.string(quote.text)
                }
            }
            if includeTokens {
                let morphology = document[layer: MorphologyLayer.self]
                let tagged = morphology.count == document.tokenCount
                w.key("tokens")
                w.array(0..<document.tokenCount) { w, index in
                    w.object { w in
                        w.key("start"); w.int(Int(document.tokenStarts[index]))
                        w.key("end"); w.int(Int(document.tokenEnds[index]))
                        w.key("text"); w.string(document.tokenText(index))
                        w.key("lemma"); w.string(tagged ? morphology.lemma(index) : nil)
                        w.key("pos"); w.string(tagged ? morphology.partOfSpeech(index) : nil)
                        w.key("tags"); w.string(tagged ? morphology.tag(index) : nil)
                    }
                }
            }
            let reserved: Set<String> = ["id", "title", "published", "attribution", "text", "sections", "removed", "sentences", "entities", "dates", "events", "quotes", "tokens"]
            for (key, value) in extra where !reserved.contains(key) {
                w.key(key)
                w.value(value)
            }
        }
    }
}
