import Foundation

/// The audit trail as a person reads it: Helsinki time, user, what happened, and the values.
public enum AuditFormat {
    /// `23.11.2026 14.05  mvirtanen  Päätös kirjattu: Lahden Kyläyhdistys ry, Yleisavustukset 2027 — tulos: Myönnetty; …`
    public static func line(_ entry: AuditEntry, _ language: Language) -> String {
        var text = time(entry, language) + "  " + user(entry, language) + "  " + what(entry, language)
        let values = changes(entry, language)
        if !values.isEmpty { text += " — " + values }
        return text
    }

    /// Local Helsinki time of the entry: `23.11.2026 14.05`.
    public static func time(_ entry: AuditEntry, _ language: Language) -> String {
        guard let date = entry.date else { return entry.at }
        let local = HelsinkiTime.localParts(of: date)
        return local.date.formatted(language) + " " + local.time.formatted(language)
    }

    public static func user(_ entry: AuditEntry, _ language: Language) -> String {
        if let user = entry.osUser, !user.isEmpty { return user }
        return L(language)["audit.user_unknown"]
    }

    /// `Päätös kirjattu: Lahden Kyläyhdistys ry, Yleisavustukset 2027`.
    public static func what(_ entry: AuditEntry, _ language: Language) -> String {
        let l = L(language)
        let key = "audit.\(entry.entity).\(entry.action)"
        let label = Catalog.all[key] != nil ? l[key] : "\(entry.entity) \(entry.action)"
        guard let subject = entry.subject else { return label }
        return label + ": " + subject
    }

    /// `tulos: Myönnetty; myönnetty summa: 12 500,00 €; maksettu: – → 1.12.2026`.
    public static func changes(_ entry: AuditEntry, _ language: Language) -> String {
        let l = L(language)
        return entry.changes.map { change in
            let key = "audit.field.\(change.field)"
            let label = Catalog.all[key] != nil ? l[key] : change.field
            if change.textChanged { return label + ": " + l["audit.text_changed"] }
            let new = value(change.field, change.new, language)
            guard change.old != nil || entry.action == "update" || entry.action == "reopen" else { return label + ": " + new }
            return label + ": " + value(change.field, change.old, language) + " → " + new
        }.joined(separator: "; ")
    }

    /// A stored value in the user's language: money, dates, outcomes and statuses.
    static func value(_ field: String, _ raw: String?, _ language: Language) -> String {
        guard let raw else { return "–" }
        let l = L(language)
        if field.hasSuffix("_cents"), let cents = Int64(raw) { return Money(cents: cents).formatted(language) }
        if field.hasSuffix("_on"), let date = CivilDate(iso: raw) { return date.formatted(language) }
        if field == "section_number" { return "§ " + raw }
        if field == "outcome", Catalog.all["grants.outcome.\(raw)"] != nil { return l["grants.outcome.\(raw)"] }
        if field == "status", Catalog.all["meetings.status.\(raw)"] != nil { return l["meetings.status.\(raw)"] }
        if field == "kind", Catalog.all["meetings.body_kind.\(raw)"] != nil { return l["meetings.body_kind.\(raw)"] }
        if field == "quorum_rule" {
            if case .atLeast(let n) = QuorumRule(stored: raw) { return l["audit.quorum.at_least", n] }
            return l["bodies.quorum.majority"]
        }
        if field == "document_language" { return l["audit.document_language.\(raw == Body.bilingualCode ? "fi_sv" : raw)"] }
        return raw
    }
}
