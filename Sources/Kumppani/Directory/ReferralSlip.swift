import Foundation

/// A referral slip (*lähete*) for a resident: one or more activities, each with a way to reach its
/// association (phone or e-mail, even when the activity's own contact is only "ilmoittautumiset
/// puhelimitse") and the contact person when one is known. Written in the resident's language,
/// as plain text or printable HTML.
public struct ReferralSlip: Sendable {
    public struct Entry: Sendable {
        public let result: ReferralResult
        /// "Name, phone, e-mail" of the association's current contact person (else its chair); "" when none.
        public let contactPerson: String
    }

    public let entries: [Entry]
    public let language: Language
    /// ISO date the slip is written on.
    public let today: String

    /// Reads the contact persons the activities do not name and builds the slip.
    public static func make(_ results: [ReferralResult], directory: DirectoryStore, language: Language) throws -> ReferralSlip {
        let today = directory.today
        let entries = try results.map { r in
            Entry(result: r, contactPerson: try directory.referralContactPerson(of: r.associationID, today: today))
        }
        return ReferralSlip(entries: entries, language: language, today: today)
    }

    /// The labelled lines of one activity: the card's lines, then the association's phone and e-mail
    /// and the contact person when the activity's own contact does not already give them.
    public func fields(_ entry: Entry) -> [(label: String, value: String)] {
        let l = L(language)
        let r = entry.result
        var lines = ReferralCard.fields(r, language: language).map { (label: $0.label, value: $0.value) }
        let reach = [r.associationPhone, r.associationEmail].filter { !$0.isEmpty && !r.contact.contains($0) }
        if !reach.isEmpty { lines.append((l["referral.slip.reach"], reach.joined(separator: ", "))) }
        let name = entry.contactPerson.split(separator: ",").first.map(String.init) ?? ""
        if !entry.contactPerson.isEmpty, !r.contact.contains(name) {
            lines.append((l["referral.slip.contact_person"], entry.contactPerson))
        }
        return lines
    }

    public var text: String {
        let l = L(language)
        let title = l[entries.count > 1 ? "referral.slip.title_many" : "directory.card.title", entries.count]
        var lines = [title, String(repeating: "=", count: title.count)]
        for (i, entry) in entries.enumerated() {
            lines.append("")
            if entries.count > 1 { lines += ["\(i + 1). \(entry.result.activity.title)", String(repeating: "-", count: 3)] }
            lines += fields(entry).map { "\($0.label): \($0.value)" }
            if !entry.result.activity.description.isEmpty { lines += ["", entry.result.activity.description] }
        }
        lines += ["", l["directory.card.footer", DirectoryRules.date(today, language)]]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A self-contained page for the browser's print: no scripts, no outside files.
    public var html: String {
        let l = L(language)
        let e = HTMLText.escape
        let title = l[entries.count > 1 ? "referral.slip.title_many" : "directory.card.title", entries.count]
        var out = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(e(title))</title>
            <style>body{font-family:sans-serif;max-width:42em;margin:2em auto}section{page-break-inside:avoid;border-top:1px solid #999;padding-top:.5em}th{text-align:left;padding-right:1em;vertical-align:top}</style>
            </head><body>
            <h1>\(e(title))</h1>

            """
        for entry in entries {
            out += "<section>\n<h2>\(e(entry.result.activity.title))</h2>\n<table>\n"
            for field in fields(entry) { out += "<tr><th>\(e(field.label))</th><td>\(e(field.value))</td></tr>\n" }
            out += "</table>\n"
            if !entry.result.activity.description.isEmpty {
                out += "<p>" + e(entry.result.activity.description).replacingOccurrences(of: "\n", with: "<br>") + "</p>\n"
            }
            out += "</section>\n"
        }
        out += "<p>\(e(l["directory.card.footer", DirectoryRules.date(today, language)]))</p>\n</body></html>\n"
        return out
    }

    /// The slip as HTML when the path ends in `.html`/`.htm`, else as text. The app's services write
    /// it (a 0600 file: it names a contact person).
    public func document(for path: String) -> String {
        let lower = path.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm") ? html : text
    }
}

extension DirectoryStore {
    /// The association's current contact person (else its chair) as "Name, phone, e-mail"; "" when none.
    public func referralContactPerson(of associationID: Int64, today: String) throws -> String {
        try db.query("""
            SELECT p.name || CASE WHEN p.phone <> '' THEN ', ' || p.phone ELSE '' END
                          || CASE WHEN p.email <> '' THEN ', ' || p.email ELSE '' END AS person
            FROM affiliations f JOIN people p ON p.id = f.person_id
            WHERE f.association_id = ? AND f.kind IN ('contact', 'board_chair') AND (f.end_on IS NULL OR f.end_on >= ?)
            ORDER BY f.kind = 'contact' DESC, f.start_on, f.id LIMIT 1
            """, associationID, today).first?.string("person") ?? ""
    }
}
