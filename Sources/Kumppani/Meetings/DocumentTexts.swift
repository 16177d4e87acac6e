import Foundation

/// Which of an item's (or a goal's) texts a document in one language prints (issue 17).
///
/// - `plain`: the texts as written (a Finnish or English document).
/// - `swedishPreferred`: a Swedish body's document: the Swedish text where one was written
///   beside the Finnish, else the text as written (a Swedish body writes its items in Swedish).
/// - `bilingualFinnish` / `bilingualSwedish`: the two halves of a bilingual document. A text
///   written in one language only is marked missing in the other half, never copied into it,
///   and both halves print the same blocks so they pair up one to one.
public enum DocumentTexts: Sendable, Equatable {
    case plain, swedishPreferred, bilingualFinnish, bilingualSwedish

    /// The choice for a single-language document in `language`.
    public static func single(_ language: Language) -> DocumentTexts { language == .sv ? .swedishPreferred : .plain }

    /// The text of a Finnish field (title, background, proposal, decision) as this document prints it.
    func text(_ item: AgendaItem, _ field: ItemField) -> String {
        let finnish = item.text(field)
        guard let svField = field.swedish else { return finnish }
        let swedish = nonEmpty(item.text(svField)) ?? Self.standardSwedish(item, field) ?? ""
        return pick(finnish: finnish, swedish: swedish)
    }

    /// A goal's goal (`measures: false`) or measures text.
    func goalText(_ g: NegotiationGoal, measures: Bool) -> String {
        measures ? pick(finnish: g.measures, swedish: g.measuresSV) : pick(finnish: g.goal, swedish: g.goalSV)
    }

    private func pick(finnish: String, swedish: String) -> String {
        switch self {
        case .plain: return finnish
        case .swedishPreferred: return nonEmpty(swedish) ?? finnish
        case .bilingualFinnish:
            return finnish.isEmpty && !swedish.isEmpty ? L(.fi)["documents.finnish_missing"] : finnish
        case .bilingualSwedish:
            return swedish.isEmpty && !finnish.isEmpty ? L(.sv)["documents.swedish_missing"] : swedish
        }
    }

    private func nonEmpty(_ s: String) -> String? {
        s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : s
    }

    /// A standard item (opening, legality...) still carrying its Finnish standard title or
    /// proposal has a known Swedish one: the catalog's, not a guess.
    static func standardSwedish(_ item: AgendaItem, _ field: ItemField) -> String? {
        guard !item.templateKey.isEmpty, field == .title || field == .proposal else { return nil }
        let key = "meetings.template.\(item.templateKey)" + (field == .proposal ? ".proposal" : "")
        guard let entry = Catalog.all[key] else { return nil }
        let fi = entry.translations[.fi, default: ""], sv = entry.translations[.sv, default: ""]
        guard !fi.isEmpty, !sv.isEmpty, item.text(field).trimmingCharacters(in: .whitespacesAndNewlines) == fi else { return nil }
        return sv
    }
}
