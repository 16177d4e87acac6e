import Foundation

/// The e-mail addresses of a set of associations (the marked rows of pane 1): one line ready for
/// a BCC field (`a@x.fi; b@y.fi`), or a mail-merge table (contact person, association,
/// municipality, e-mail). Each association is written to its current contact person (else its
/// chair) when that person's address is valid, else to its own address; an address is written
/// once however many associations share it, and associations with no valid address are listed.
public struct EmailList: Equatable, Sendable {
    public struct Recipient: Equatable, Sendable {
        public let association: String
        public let municipality: String
        public let contactPerson: String
        public let email: String
    }

    public struct Skipped: Equatable, Sendable {
        public let association: String
        /// The address that is not one, or empty when the association has none.
        public let invalidAddress: String
    }

    public let recipients: [Recipient]
    public let skipped: [Skipped]

    /// The list for these associations, in name order; `today` decides whose role is current.
    public static func make(ids: [Int64], directory: DirectoryStore, today: String, language: Language) throws -> EmailList {
        guard !ids.isEmpty else { return EmailList(recipients: [], skipped: []) }
        let rows = try directory.store.database.query("""
            SELECT a.name, a.email, a.municipality_code,
                   (SELECT p.name || char(31) || p.email FROM affiliations f JOIN people p ON p.id = f.person_id
                    WHERE f.association_id = a.id AND f.kind IN ('contact', 'board_chair') AND (f.end_on IS NULL OR f.end_on >= ?)
                    ORDER BY f.kind = 'contact' DESC, f.start_on, f.id LIMIT 1) AS person
            FROM associations a WHERE a.id IN (SELECT value FROM json_each(?))
            ORDER BY a.name_key, a.id
            """, today, "[" + ids.map(String.init).joined(separator: ",") + "]")
        var recipients: [Recipient] = []
        var skipped: [Skipped] = []
        var seen = Set<String>()
        for row in rows {
            let name = row.string("name") ?? ""
            let person = (row.string("person") ?? "").split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            let personName = person.first ?? ""
            let candidates = [person.count > 1 ? person[1] : "", row.string("email") ?? ""]
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            guard let email = candidates.lazy.compactMap({ try? ContactFormats.email($0).get() }).first else {
                skipped.append(Skipped(association: name, invalidAddress: candidates.first ?? ""))
                continue
            }
            guard seen.insert(email.lowercased()).inserted else { continue }
            let municipality = row.string("municipality_code").flatMap(Municipality.named(code:))?.name(language) ?? ""
            recipients.append(Recipient(association: name, municipality: municipality, contactPerson: personName, email: email))
        }
        return EmailList(recipients: recipients, skipped: skipped)
    }

    /// The addresses for a BCC field: `a@x.fi; b@y.fi`.
    public var bccLine: String { recipients.map(\.email).joined(separator: "; ") }

    /// The BCC text file: the addresses on the first line, then the skipped associations.
    public func bccDocument(_ language: Language) -> String {
        let l = L(language)
        var text = bccLine + "\n"
        if !skipped.isEmpty {
            text += "\n" + l["email_list.skipped_heading", skipped.count] + "\n"
            for s in skipped {
                text += "- " + (s.invalidAddress.isEmpty ? l["email_list.skipped_none", s.association]
                                                        : l["email_list.skipped_invalid", s.association, s.invalidAddress]) + "\n"
            }
        }
        return text
    }

    /// The mail-merge table: `;`-separated UTF-8 with a BOM for Finnish Excel and Word, cells
    /// guarded against formulas as in the export.
    public var mergeCSV: String {
        let csv = CSVWriter(delimiter: ";", lineEnd: "\r\n")
        var text = "\u{FEFF}" + csv.line(["yhteyshenkilo", "yhdistys", "kunta", "sahkoposti"])
        for r in recipients {
            text += csv.line([r.contactPerson, r.association, r.municipality, r.email].map(SpreadsheetCell.guarded))
        }
        return text
    }

    /// The mail-merge table for a path ending in `.csv`, else the BCC text.
    public func document(for path: String, language: Language) -> String {
        path.lowercased().hasSuffix(".csv") ? mergeCSV : bccDocument(language)
    }
}
