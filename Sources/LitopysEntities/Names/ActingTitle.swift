/// Titles of someone acting in a post: `в. о. голови` (виконувач обов'язків), `т. в. о.
/// директора`. After the abbreviation the post is in the genitive, and so it stays in the
/// title's canonical form: `в. о. голови`, not `в. о. голова`.
public enum ActingTitle {
    /// Whether `words` (tokens, points apart or not) begin with `в. о.` or `т. в. о.`.
    public static func begins(_ words: [String]) -> Bool {
        let start = words.prefix(6).joined().lowercased()
        return start.hasPrefix("в.о.") || start.hasPrefix("т.в.о.")
    }
}
