/// Writes JSON text with keys in the order given and explicit nulls, as the output contract
/// asks ("unknown values are null, never omitted").
///
/// Faster than `JSONEncoder` and ordered: a record is written field by field into one buffer.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.object { w in
///     w.key("title"); w.string("Засідання")
///     w.key("published"); w.string(nil)
/// }
/// writer.text  // {"title":"Засідання","published":null}
/// ```
public struct JSONWriter: Sendable {
    /// The JSON written so far, as UTF-8 bytes.
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    /// Makes an empty writer.
    public init() {
        bytes.reserveCapacity(4096)
    }

    /// The JSON written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    /// Writes an object whose members `body` writes with ``key(_:)`` and a value.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        body(&self)
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Writes an array whose elements `body` writes.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        body(&self)
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes an array of `items`, each by `element`.
    public mutating func array<S: Sequence>(_ items: S, _ element: (inout JSONWriter, S.Element) -> Void) {
        array { w in
            for item in items { element(&w, item) }
        }
    }

    /// Writes a member name; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a string, or null.
    public mutating func string(_ value: String?) {
        separate()
        if let value { appendQuoted(value) } else { bytes.append(contentsOf: Array("null".utf8)) }
    }

    /// Writes an integer, or null.
    public mutating func int(_ value: Int?) {
        separate()
        bytes.append(contentsOf: Array((value.map(String.init) ?? "null").utf8))
    }

    /// Writes a number, or null.
    public mutating func double(_ value: Double?) {
        separate()
        guard let value, value.isFinite else {
            bytes.append(contentsOf: Array("null".utf8))
            return
        }
        bytes.append(contentsOf: Array("\(value)".utf8))
    }

    /// Writes a Boolean, or null.
    public mutating func bool(_ value: Bool?) {
        separate()
        bytes.append(contentsOf: Array((value.map { $0 ? "true" : "false" } ?? "null").utf8))
    }

    /// Writes null.
    public mutating func null() {
        separate()
        bytes.append(contentsOf: Array("null".utf8))
    }

    /// Writes any ``JSONValue``.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let d):
            if d == d.rounded() && abs(d) < 1e15 { int(Int(d)) } else { double(d) }
        case .string(let s): string(s)
        case .array(let items): array(items) { w, item in w.value(item) }
        case .object(let members):
            object { w in
                for (name, member) in members {
                    w.key(name)
                    w.value(member)
                }
            }
        }
    }

    private mutating func appendQuoted(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
