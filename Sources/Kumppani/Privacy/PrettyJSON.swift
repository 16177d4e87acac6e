import Foundation

/// A JSON value whose objects keep their keys in the order given, printed with two-space
/// indents: the person export reads top-down (who, then where they appear) and is byte-stable.
public indirect enum PrettyJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([PrettyJSON])
    case object([(String, PrettyJSON)])

    public static func == (a: PrettyJSON, b: PrettyJSON) -> Bool { a.text == b.text }

    /// A database value as JSON (reals as text of the number, blobs as base64).
    init(_ value: DatabaseValue) {
        switch value {
        case .null: self = .null
        case .integer(let i): self = .int(i)
        case .real(let d): self = d.isFinite ? .string(String(d)) : .null
        case .text(let s): self = .string(s)
        case .blob(let b): self = .string(Data(b).base64EncodedString())
        }
    }

    /// A row as an object in column order.
    init(_ row: Row) {
        self = .object(zip(row.columns, row.values).map { ($0, PrettyJSON($1)) })
    }

    /// UTF-8 text (non-ASCII letters as themselves), ending without a newline.
    public var text: String {
        var out = ""
        write(into: &out, indent: "")
        return out
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): out += JSONText.string(s)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += indent + "  "
                item.write(into: &out, indent: indent + "  ")
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                out += indent + "  " + JSONText.string(key) + ": "
                value.write(into: &out, indent: indent + "  ")
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }
}
