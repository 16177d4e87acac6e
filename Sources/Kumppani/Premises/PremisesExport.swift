import Foundation

/// `kumppani export premises|bookings`: the register and the bookings for spreadsheets (CSV,
/// `;` with a BOM) and other programs (JSON: stable keys, amounts in cents, ids as strings).
public enum PremisesExport {
    public enum What: String, Sendable, CaseIterable { case premises, bookings }
    public enum Format: String, Sendable, CaseIterable { case csv, json }

    static let premisesColumns = ["name", "owner", "address", "municipality", "capacity", "accessibility", "equipment", "contact",
                                  "price_per_hour", "hourly_value", "id"]
    static let bookingColumns = ["premises", "association", "activity", "title", "starts_on", "ends_on", "weekday", "start", "end",
                                 "exceptions", "note", "id", "premises_id", "association_id", "activity_id"]

    public static func rendered(_ what: What, _ format: Format, store: Store, language: Language) throws -> String {
        let rows = try what == .premises ? premisesRows(store) : bookingRows(store)
        let columns = what == .premises ? premisesColumns : bookingColumns
        switch format {
        case .csv:
            let l = L(language)
            return CSVText.document([columns.map { l["premises.export.col.\($0)"] }] + rows.map { r in columns.map { csvCell(r[$0], language) } })
        case .json:
            // Money keys end in `_cents` and hold integer cents, as in every other export.
            let items: [[String: Any]] = rows.map { r in
                var out: [String: Any] = [:]
                for (key, value) in r {
                    if let cents = value as? Cents { out[key + "_cents"] = cents.value } else { out[key] = value ?? NSNull() }
                }
                return out
            }
            let data = try JSONSerialization.data(withJSONObject: [what.rawValue: items], options: [.prettyPrinted, .sortedKeys])
            return (String(data: data, encoding: .utf8) ?? "{}") + "\n"
        }
    }

    private static func csvCell(_ value: Any?, _ language: Language) -> String {
        switch value {
        case let cents as Cents: return Money(cents: cents.value).editable(language)
        case let v?: return "\(v)"
        default: return ""
        }
    }

    /// Marks money for CSV (JSON writes the plain cents).
    private struct Cents: CustomStringConvertible { var value: Int64; var description: String { String(value) } }

    private static func premisesRows(_ store: Store) throws -> [[String: Any?]] {
        try PremisesStore(store: store).premises().map { p in
            ["name": p.name, "owner": p.owner, "address": p.address, "municipality": p.municipalityCode, "capacity": p.capacity,
             "accessibility": p.accessibility, "equipment": p.equipment, "contact": p.contact,
             "price_per_hour": Cents(value: p.priceCentsPerHour), "hourly_value": Cents(value: p.hourlyValueCents), "id": String(p.id)]
        }
    }

    private static func bookingRows(_ store: Store) throws -> [[String: Any?]] {
        let store2 = PremisesStore(store: store), db = store.database
        let rooms = Dictionary(try store2.premises().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var names: [Int64: String] = [:], activities: [Int64: String] = [:]
        for r in try db.query("SELECT id, name FROM associations WHERE id IN (SELECT association_id FROM bookings)") { names[r.int64("id") ?? 0] = r.string("name") }
        for r in try db.query("SELECT id, title FROM activities WHERE id IN (SELECT activity_id FROM bookings)") { activities[r.int64("id") ?? 0] = r.string("title") }
        return try store2.bookings().map { b in
            ["premises": rooms[b.premisesID] ?? "", "association": names[b.associationID] ?? "", "activity": b.activityID.flatMap { activities[$0] },
             "title": b.title, "starts_on": b.startsOn.iso, "ends_on": b.endsOn.iso, "weekday": b.weekday.map { $0.rawValue },
             "start": b.start.iso, "end": b.end.iso, "exceptions": b.exceptions.sorted().map(\.iso).joined(separator: " "), "note": b.note,
             "id": String(b.id), "premises_id": String(b.premisesID), "association_id": String(b.associationID), "activity_id": b.activityID.map { String($0) }]
        }
    }
}
