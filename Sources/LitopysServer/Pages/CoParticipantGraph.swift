import Foundation
import LitopysStore

/// Who met whom, drawn server-side as inline SVG: the entity in the centre, the entities
/// that share events with it on a circle around it, each joined to the centre by a line
/// whose width grows with the number of shared events. No script, no external asset;
/// every name is escaped, and each node links to its entity's page.
enum CoParticipantGraph {
    /// The most partners drawn; the rest are listed in the table below the graph.
    static let maxNodes = 16

    /// The SVG for `entity` and its `partners` (the most shared first), or nil when it has none.
    static func svg(entity: StoredEntity, partners: [StoredCoParticipant]) -> String? {
        let shown = Array(partners.prefix(maxNodes))
        guard !shown.isEmpty else { return nil }
        let (width, height) = (720.0, 460.0)
        let (cx, cy) = (width / 2, height / 2)
        let radius = 170.0
        let most = Double(shown.map(\.sharedEvents).max() ?? 1)
        func number(_ value: Double) -> String { String(format: "%.1f", value) }

        var edges = ""
        var nodes = ""
        for (index, partner) in shown.enumerated() {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(shown.count)
            let (x, y) = (cx + radius * cos(angle), cy + radius * sin(angle))
            let strokeWidth = 1 + 7 * Double(partner.sharedEvents) / most
            let shared = partner.sharedEvents == 1 ? "1 shared event" : "\(partner.sharedEvents) shared events"
            edges += """
                <line class="edge" x1="\(number(cx))" y1="\(number(cy))" x2="\(number(x))" y2="\(number(y))" stroke-width="\(number(strokeWidth))">\
                <title>\(HTML.escape(entity.name)) — \(HTML.escape(partner.name)): \(shared)</title></line>

                """
            let anchor = abs(x - cx) < 1 ? "middle" : (x > cx ? "start" : "end")
            let labelX = anchor == "middle" ? x : (x > cx ? x + 10 : x - 10)
            let labelY = anchor == "middle" ? (y < cy ? y - 12 : y + 20) : y + 4
            nodes += """
                <a href="/entities/\(partner.entity)"><circle class="node \(HTML.escape(partner.type.lowercased()))" cx="\(number(x))" cy="\(number(y))" r="7">\
                <title>\(HTML.escape(partner.name)) (\(HTML.escape(partner.type))): \(shared)</title></circle>\
                <text x="\(number(labelX))" y="\(number(labelY))" text-anchor="\(anchor)">\(HTML.escape(partner.name))</text></a>

                """
        }
        let label = "Who met whom: \(entity.name) and \(shown.count) entities that share events with it"
        return """
            <svg class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" role="img" aria-label="\(HTML.escape(label))">
            \(edges)<circle class="node centre" cx="\(number(cx))" cy="\(number(cy))" r="12"><title>\(HTML.escape(entity.name))</title></circle>
            <text class="centre" x="\(number(cx))" y="\(number(cy + 30))" text-anchor="middle">\(HTML.escape(entity.name))</text>
            \(nodes)</svg>
            """
    }
}
