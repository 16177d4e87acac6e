import Foundation

/// Every application of every round, for spreadsheets (CSV) and other programs (JSON).
public enum GrantExport {
    static let columns = ["round", "year", "applicant", "business_id", "stage", "purpose", "requested", "proposed", "granted", "paid",
                          "reasoning", "application_id", "round_id"]

    public static func csv(store: Store, language: Language) throws -> String {
        let l = L(language)
        let rounds = try roundsByID(store)
        var rows = [columns.map { l["grants.export.col.\($0)"] }]
        for a in try GrantStore(store: store).applications(roundID: nil) {
            let r = rounds[a.roundID]
            let money = { (c: Int64) in Money(cents: c).editable(language) }
            rows.append([r?.name ?? "", r.map { String($0.year) } ?? "", a.associationName, a.businessID, a.stage.label(language), a.purpose,
                         money(a.requestedCents), a.proposedCents.map(money) ?? "", a.grantedCents.map(money) ?? "", money(a.paidCents),
                         a.reasoning, String(a.id), String(a.roundID)])
        }
        return CSVText.document(rows)
    }

    /// Stable keys and machine values: amounts in cents, stages by code.
    public static func json(store: Store) throws -> String {
        let rounds = try roundsByID(store)
        let items: [[String: Any]] = try GrantStore(store: store).applications(roundID: nil).map { a in
            let r = rounds[a.roundID]
            return [
                "application_id": String(a.id), "round_id": String(a.roundID), "round": r?.name ?? "", "year": r?.year ?? 0,
                "applicant": a.associationName, "business_id": a.businessID, "stage": a.stage.rawValue, "purpose": a.purpose,
                "requested_cents": a.requestedCents, "proposed_cents": a.proposedCents.map { $0 as Any } ?? NSNull(),
                "granted_cents": a.grantedCents.map { $0 as Any } ?? NSNull(), "paid_cents": a.paidCents, "reasoning": a.reasoning,
            ]
        }
        let data = try JSONSerialization.data(withJSONObject: ["applications": items], options: [.prettyPrinted, .sortedKeys])
        return (String(data: data, encoding: .utf8) ?? "{}") + "\n"
    }

    private static func roundsByID(_ store: Store) throws -> [Int64: GrantRound] {
        Dictionary(try GrantStore(store: store).rounds().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

/// The formats of `kumppani export decisions` and `kumppani export grants`, rendered whole.
extension DecisionList {
    public enum Format: String, CaseIterable, Sendable { case md, html, csv }

    public func rendered(_ format: Format, _ language: Language) -> String {
        switch format {
        case .md: return markdown(language)
        case .html: return html(language)
        case .csv: return csv(language)
        }
    }
}

extension GrantExport {
    public enum Format: String, CaseIterable, Sendable { case csv, json }

    public static func rendered(_ format: Format, store: Store, language: Language) throws -> String {
        switch format {
        case .csv: return try csv(store: store, language: language)
        case .json: return try json(store: store)
        }
    }
}
