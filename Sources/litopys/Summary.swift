import LitopysEntities
import LitopysFacts
import Litopys
import LitopysText

/// A short readable chronicle of one analysed article, for a person at a terminal.
struct Summary {
    let document: Document
    let location: String

    var text: String {
        var lines: [String] = []
        lines.append("── \(location)")
        lines.append(document.title.map { "Title:       \($0)" } ?? "Title:       (none)")
        if let published = document.published { lines.append("Published:   \(published)") }
        if let attribution = document.attribution { lines.append("Source:      \(attribution)") }
        lines.append("Body:        \(document.sentenceCount) sentences, \(document.tokenCount) tokens, \(document.scalars.count) characters")
        if !document.sections.isEmpty {
            lines.append("Sections:")
            for section in document.sections { lines.append("  • \(section.heading)") }
        }
        if !document.removed.isEmpty {
            lines.append("Removed:")
            for piece in document.removed { lines.append("  [\(piece.kind)] \(piece.text)") }
        }
        let entities = document[layer: EntityLayer.self]
        let facts = document[layer: FactLayer.self]
        func name(_ id: String?) -> String { id.flatMap { entities.entity(id: $0)?.name } ?? "?" }
        let people = entities.entities.filter { $0.type == .person }
        if !people.isEmpty {
            lines.append("People:")
            for person in people {
                let all = OutputContract.roles(of: person, facts: facts)
                let roles = all.isEmpty ? "" : " — " + all.joined(separator: "; ")
                lines.append("  \(person.name)\(roles) (\(person.mentions.count)×)")
            }
        }
        for (title, type) in [("Organisations:", EntityType.organization), ("Places:", .location)] {
            let names = entities.entities.filter { $0.type == type }.map(\.name)
            if !names.isEmpty { lines.append("\(title) \(names.joined(separator: ", "))") }
        }
        if !facts.events.isEmpty {
            lines.append("Events:")
            for event in facts.events {
                var line = "  \(event.date ?? "(no date)")  \(event.kind.rawValue): \(event.text)"
                if let place = event.place { line += " — \(name(place))" }
                let who = event.participants.map { $0.role == "participant" ? name($0.entity) : "\(name($0.entity)) (\($0.role))" }
                if !who.isEmpty { line += "; " + who.joined(separator: ", ") }
                if let status = event.status { line += " [\(status)]" }
                lines.append(line)
            }
        }
        if !facts.quotes.isEmpty {
            lines.append("Quotes:")
            for quote in facts.quotes {
                let text = quote.text.count > 140 ? String(quote.text.prefix(140)) + "…" : quote.text
                lines.append("  \(quote.speaker.map(name) ?? "(unknown)") (\(quote.cue)): «\(text)»")
            }
        }
        let dated = facts.dates.compactMap { date in date.value.map { "\(date.text) = \($0)" } }
        if !dated.isEmpty { lines.append("Dates:       " + dated.joined(separator: "; ")) }
        return lines.joined(separator: "\n") + "\n"
    }
}
