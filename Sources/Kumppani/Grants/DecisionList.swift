import Foundation

/// The decision list (*päätösluettelo*) of a round: every live application with its proposal,
/// applicants in Finnish order, totals, and the members who must step aside.
public struct DecisionList: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var applicationID: Int64
        public var applicant: String
        public var businessID: String
        public var purpose: String
        public var requestedCents: Int64
        public var proposedCents: Int64?
        public var reasoning: String
        /// Names of the members disqualified from this application.
        public var disqualified: [String]
    }

    public var round: GrantRound
    public var bodyName: String
    public var lines: [Line]
    public var conflicts: [Conflict]

    public var totalRequestedCents: Int64 { lines.reduce(0) { $0 + $1.requestedCents } }
    public var totalProposedCents: Int64 { lines.reduce(0) { $0 + ($1.proposedCents ?? 0) } }

    public static func build(store: Store, roundID: Int64, language: Language = .fi) throws -> DecisionList {
        let grants = GrantStore(store: store)
        let round = try grants.round(id: roundID)
        let bodyName = try round.decidingBodyID.flatMap { try store.database.scalarString("SELECT name FROM bodies WHERE id = ?", $0) } ?? ""
        let conflicts = try DisqualificationCheck(store: store).conflicts(roundID: roundID, language: language)
        let lines = try grants.applications(roundID: roundID).filter { $0.stage != .withdrawn }.map { a in
            Line(applicationID: a.id, applicant: a.associationName, businessID: a.businessID, purpose: a.purpose,
                 requestedCents: a.requestedCents, proposedCents: a.proposedCents, reasoning: a.reasoning,
                 disqualified: conflicts.filter { $0.applicationID == a.id }.map(\.personName))
        }
        return DecisionList(round: round, bodyName: bodyName, lines: lines, conflicts: conflicts)
    }

    static let columnKeys = ["applicant", "business_id", "purpose", "requested", "proposed", "reasoning", "disqualified"]

    func headers(_ language: Language) -> [String] { Self.columnKeys.map { L(language)["grants.list.col.\($0)"] } }

    func cells(_ line: Line, _ language: Language, money: (Int64) -> String) -> [String] {
        [line.applicant, line.businessID, line.purpose, money(line.requestedCents),
         line.proposedCents.map(money) ?? "", line.reasoning, line.disqualified.joined(separator: ", ")]
    }

    func title(_ language: Language) -> String { L(language)["grants.list.title", round.name] }

    // MARK: Markdown

    public func markdown(_ language: Language) -> String {
        let l = L(language)
        let money = { (c: Int64) in Money(cents: c).formatted(language) }
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        var out = "# \(esc(title(language)))\n\n"
        out += "\(l["grants.list.body"]): \(esc(bodyName.isEmpty ? "–" : bodyName))  \n\(l["grants.list.appropriation"]): \(money(round.appropriationCents))\n\n"
        out += "| " + headers(language).joined(separator: " | ") + " |\n"
        out += "|" + Self.columnKeys.map { ["requested", "proposed"].contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for line in lines { out += "| " + cells(line, language, money: money).map(esc).joined(separator: " | ") + " |\n" }
        out += "| **\(l["grants.list.total"])** | | | **\(money(totalRequestedCents))** | **\(money(totalProposedCents))** | | |\n"
        if !conflicts.isEmpty {
            out += "\n## \(l["grants.list.conflicts"])\n\n"
            for c in conflicts { out += "- \(esc(c.personName)) — \(esc(c.associationName)): \(esc(c.reason))\n" }
        }
        return out
    }

    // MARK: HTML

    public func html(_ language: Language) -> String {
        let l = L(language)
        let money = { (c: Int64) in Money(cents: c).formatted(language) }
        let e = HTMLText.escape
        var out = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(e(title(language)))</title>
        <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:4px;vertical-align:top}td.num{text-align:right;white-space:nowrap}@media print{body{margin:0}tr{page-break-inside:avoid}}</style>
        </head><body>
        <h1>\(e(title(language)))</h1>
        <p>\(e(l["grants.list.body"])): \(e(bodyName.isEmpty ? "–" : bodyName))<br>\(e(l["grants.list.appropriation"])): \(e(money(round.appropriationCents)))</p>
        <table><thead><tr>
        """
        out += headers(language).map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for line in lines {
            let c = cells(line, language, money: money)
            out += "<tr>" + c.enumerated().map { i, v in (i == 3 || i == 4) ? "<td class=\"num\">\(e(v))</td>" : "<td>\(e(v))</td>" }.joined() + "</tr>\n"
        }
        out += "</tbody><tfoot><tr><th colspan=\"3\">\(e(l["grants.list.total"]))</th><td class=\"num\">\(e(money(totalRequestedCents)))</td>"
        out += "<td class=\"num\">\(e(money(totalProposedCents)))</td><td></td><td></td></tr></tfoot></table>\n"
        if !conflicts.isEmpty {
            out += "<h2>\(e(l["grants.list.conflicts"]))</h2><ul>\n"
            for c in conflicts { out += "<li>\(e(c.personName)) — \(e(c.associationName)): \(e(c.reason))</li>\n" }
            out += "</ul>\n"
        }
        return out + "</body></html>\n"
    }

    // MARK: CSV

    /// `;`-separated with a UTF-8 BOM and CRLF lines, as Finnish Excel expects; amounts `1234,56`.
    public func csv(_ language: Language) -> String {
        let money = { (c: Int64) in Money(cents: c).editable(language) }
        var rows = [headers(language)]
        rows += lines.map { cells($0, language, money: money) }
        rows.append([L(language)["grants.list.total"], "", "", money(totalRequestedCents), money(totalProposedCents), "", ""])
        return CSVText.document(rows)
    }
}

/// HTML escaping for text and attribute values.
public enum HTMLText {
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}

/// CSV for Finnish spreadsheets: `;` separator, BOM, CRLF, fields quoted when needed. A field
/// that starts with `=`, `+`, `-` or `@` gets a leading apostrophe so a spreadsheet never runs it.
public enum CSVText {
    public static func field(_ s: String) -> String {
        var v = s
        if let first = v.first, "=+-@".contains(first), Double(v.replacingOccurrences(of: ",", with: ".")) == nil { v = "'" + v }
        if v.unicodeScalars.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }

    public static func document(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }
}
