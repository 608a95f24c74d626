/// The thirteen entity types of NER-UK 2.0, which the output contract uses as they are.
public enum EntityType: String, CaseIterable, Sendable, Codable, Hashable {
    /// A person.
    case person = "PERS"
    /// An organisation, including state bodies, parties, media and companies.
    case organization = "ORG"
    /// A location: country, city, region, street, river.
    case location = "LOC"
    /// A date.
    case date = "DATE"
    /// A time of day.
    case time = "TIME"
    /// A duration.
    case period = "PERIOD"
    /// An amount of money.
    case money = "MON"
    /// A percentage.
    case percent = "PCT"
    /// A quantity with a unit.
    case quantity = "QUANT"
    /// A job title or position.
    case job = "JOB"
    /// A document: law, decree, treaty.
    case document = "DOC"
    /// A work of art, publication or product name.
    case artifact = "ART"
    /// Other names: events, programmes, awards.
    case miscellaneous = "MISC"
}
