import Foundation

/// The decision list (*päätösluettelo*) of a round, the attachment of the § that decides it.
/// Before the decision it is headed as a proposal (EHDOTUS) and shows the proposed amounts;
/// after it, it shows what was decided — outcome and granted amount per applicant, totals
/// against the appropriation, body, date, §, case number — and the body's appeal instructions.
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
        /// The decision in force, nil while undecided.
        public var decision: GrantDecision? = nil
    }

    /// Where the round was decided: the § of the body's meeting, as the decision rows name it.
    public struct Decided: Sendable, Equatable {
        public var decidedOn: CivilDate
        public var meetingNumber: String
        public var section: Int?
        public var caseNumber: String
    }

    public var round: GrantRound
    public var bodyName: String
    public var lines: [Line]
    public var conflicts: [Conflict]
    /// Nil while any application is undecided: then the list is a proposal.
    public var decided: Decided? = nil
    /// The deciding body's instructions for a request for rectification (empty without a body).
    public var appealInstructions: String = ""
    /// The county whose decision this is: its name and business ID head the list.
    public var county = CountySettings()

    public var totalRequestedCents: Int64 { lines.reduce(0) { $0 + $1.requestedCents } }
    public var totalProposedCents: Int64 { lines.reduce(0) { $0 + ($1.proposedCents ?? 0) } }
    public var totalGrantedCents: Int64 { lines.reduce(0) { $0 + ($1.decision?.grantedCents ?? 0) } }
    public var isDecided: Bool { decided != nil }

    public static func build(store: Store, roundID: Int64, language: Language = .fi) throws -> DecisionList {
        let grants = GrantStore(store: store)
        let round = try grants.round(id: roundID)
        let body = try round.decidingBodyID.flatMap { try MeetingStore(store: store).body($0) }
        let conflicts = try DisqualificationCheck(store: store).conflicts(roundID: roundID, language: language)
        let lines = try grants.applications(roundID: roundID).filter { $0.stage != .withdrawn }.map { a in
            Line(applicationID: a.id, applicant: a.associationName, businessID: a.businessID, purpose: a.purpose,
                 requestedCents: a.requestedCents, proposedCents: a.proposedCents, reasoning: a.reasoning,
                 disqualified: conflicts.filter { $0.applicationID == a.id }.map(\.personName),
                 decision: try grants.decisionInForce(applicationID: a.id))
        }
        var list = DecisionList(round: round, bodyName: body?.name ?? "", lines: lines, conflicts: conflicts)
        list.appealInstructions = body?.appealText(language) ?? ""
        list.county = try store.countySettings()
        // Decided once the § has decided and no proposal waits for a decision: then the list is
        // what was decided (applications never proposed were not on it); the § is the one most rows name.
        let decisions = lines.compactMap(\.decision)
        let waiting = try grants.applications(roundID: roundID).contains { $0.stage == .proposed }
        if !decisions.isEmpty, !waiting {
            list.lines = lines.filter { $0.decision != nil }
            let counts = Dictionary(grouping: decisions) { "\($0.meetingID ?? 0)/\($0.sectionNumber ?? 0)" }
            let main = counts.values.max { $0.count < $1.count }?.first ?? decisions[0]
            let number = try main.meetingID.flatMap { try MeetingStore(store: store).meeting($0)?.numberText } ?? ""
            list.decided = Decided(decidedOn: main.decidedOn, meetingNumber: number, section: main.sectionNumber, caseNumber: main.caseNumber)
        }
        return list
    }

    static let proposalColumns = ["applicant", "business_id", "purpose", "requested", "proposed", "reasoning", "disqualified"]
    static let decidedColumns = ["applicant", "business_id", "purpose", "requested", "outcome", "granted", "reasoning"]
    var columnKeys: [String] { isDecided ? Self.decidedColumns : Self.proposalColumns }
    static let moneyColumns: Set<String> = ["requested", "proposed", "granted"]

    func headers(_ language: Language) -> [String] {
        columnKeys.map { key in
            Catalog.all["grants.list.col.\(key)"] != nil ? L(language)["grants.list.col.\(key)"] : L(language)["decisions.list.col.\(key)"]
        }
    }

    func cells(_ line: Line, _ language: Language, money: (Int64) -> String) -> [String] {
        columnKeys.map { key in
            switch key {
            case "applicant": return line.applicant
            case "business_id": return line.businessID
            case "purpose": return line.purpose
            case "requested": return money(line.requestedCents)
            case "proposed": return line.proposedCents.map(money) ?? ""
            case "outcome": return line.decision?.outcome.label(language) ?? L(language)["decisions.list.undecided"]
            case "granted": return line.decision.map { money($0.grantedCents) } ?? ""
            case "reasoning": return line.reasoning
            default: return line.disqualified.joined(separator: ", ")
            }
        }
    }

    /// The totals row: requested, and the proposed or the granted total.
    func totals(_ language: Language, money: (Int64) -> String) -> [String] {
        columnKeys.map { key in
            switch key {
            case "applicant": return L(language)["grants.list.total"]
            case "requested": return money(totalRequestedCents)
            case "proposed": return money(totalProposedCents)
            case "granted": return money(totalGrantedCents)
            default: return ""
            }
        }
    }

    func title(_ language: Language) -> String { L(language)["grants.list.title", round.name] }

    /// Every printed page: the county, the body, "Päätösluettelo", the meeting and § (or the
    /// round while a proposal) and the decision date.
    func printHeader(_ language: Language) -> PrintHeader {
        let number = decided.map { d in [d.meetingNumber, d.section.map { "§ \($0)" } ?? ""].filter { !$0.isEmpty }.joined(separator: " ") } ?? round.name
        return PrintHeader(county: county, body: bodyName, documentType: L(language)["decisions.list.print_type"], number: number,
                           date: decided?.decidedOn.formatted(language) ?? "")
    }

    /// The lines under the title: EHDOTUS, or where and when it was decided; then body and money.
    func headerLines(_ language: Language) -> [String] {
        let l = L(language)
        let money = { (c: Int64) in Money(cents: c).formatted(language) }
        var out: [String] = []
        if let d = decided {
            let section = d.section.map { "§ \($0)" } ?? ""
            out.append("\(l["decisions.list.decided_in"]): " + [bodyName, d.meetingNumber, d.decidedOn.formatted(language), section]
                .filter { !$0.isEmpty }.joined(separator: " "))
            if !d.caseNumber.isEmpty { out.append("\(l["decisions.list.case"]): \(d.caseNumber)") }
        } else {
            out.append(l["decisions.status.proposal"])
        }
        if !county.isEmpty { out.append(county.headerLine(language)) }
        out.append("\(l["grants.list.body"]): \(bodyName.isEmpty ? "–" : bodyName)")
        out.append("\(l["grants.list.appropriation"]): \(money(round.appropriationCents))")
        if isDecided {
            out.append("\(l["decisions.list.col.granted"]): \(money(totalGrantedCents)); \(l["decisions.list.remaining"]): \(money(round.appropriationCents - totalGrantedCents))")
        }
        return out
    }

    // MARK: Markdown

    public func markdown(_ language: Language) -> String {
        let l = L(language)
        let money = { (c: Int64) in Money(cents: c).formatted(language) }
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        var out = "# \(esc(title(language)))\n\n"
        let header = headerLines(language)
        out += "**\(esc(header[0]))**  \n" + header.dropFirst().map(esc).joined(separator: "  \n") + "\n\n"
        out += "| " + headers(language).joined(separator: " | ") + " |\n"
        out += "|" + columnKeys.map { Self.moneyColumns.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for line in lines { out += "| " + cells(line, language, money: money).map(esc).joined(separator: " | ") + " |\n" }
        out += "|" + totals(language, money: money).map { $0.isEmpty ? " " : " **\($0)** " }.joined(separator: "|") + "|\n"
        if !conflicts.isEmpty {
            out += "\n## \(l["grants.list.conflicts"])\n\n"
            for c in conflicts { out += "- \(esc(c.personName)) — \(esc(c.associationName)): \(esc(c.reason))\n" }
        }
        if isDecided && !appealInstructions.isEmpty {
            out += "\n## \(l["decisions.appeal.heading"])\n\n" + appealInstructions + "\n"
        }
        return out
    }

    // MARK: HTML

    /// Printable on A4 portrait: a fixed table layout whose columns share the page width (long
    /// text wraps inside its cell instead of pushing the last column off the page), and a
    /// Y-tunnus that never breaks at its hyphen.
    public func html(_ language: Language) -> String {
        let l = L(language)
        let money = { (c: Int64) in Money(cents: c).formatted(language) }
        let e = HTMLText.escape
        // Sized for A4 at the print font: an amount such as "11 000,00 €" and a Y-tunnus fit whole.
        let widths: [String: Int] = ["applicant": 17, "business_id": 11, "purpose": 15, "requested": 12, "proposed": 12,
                                     "outcome": 11, "granted": 12, "reasoning": 22, "disqualified": 12]
        var out = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(e(title(language)))</title>
        <style>@page{size:A4 portrait;margin:15mm 12mm}body{font-family:sans-serif;font-size:10pt;margin:2em}table{border-collapse:collapse;width:100%;table-layout:fixed}th,td{border:1px solid #888;padding:3px;vertical-align:top;overflow-wrap:anywhere;word-break:break-word;hyphens:auto}td.num{text-align:right;white-space:nowrap}.bid{white-space:nowrap}.status{font-weight:bold;font-size:12pt}.appeal{white-space:pre-line;font-size:9pt}@media print{body{margin:0}tr{page-break-inside:avoid}thead{display:table-header-group}}
        \(printHeader(language).css(language))</style>
        </head><body>
        <h1>\(e(title(language)))</h1>

        """
        let header = headerLines(language)
        out += "<p class=\"status\">\(e(header[0]))</p>\n<p>" + header.dropFirst().map(e).joined(separator: "<br>") + "</p>\n"
        out += "<table><colgroup>" + columnKeys.map { "<col style=\"width:\(widths[$0] ?? 10)%\">" }.joined() + "</colgroup><thead><tr>"
        out += headers(language).map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        func cell(_ key: String, _ value: String) -> String {
            if Self.moneyColumns.contains(key) { return "<td class=\"num\">\(e(value))</td>" }
            if key == "business_id" { return "<td><span class=\"bid\">\(e(value))</span></td>" }
            return "<td>\(e(value))</td>"
        }
        for line in lines {
            out += "<tr>" + zip(columnKeys, cells(line, language, money: money)).map(cell).joined() + "</tr>\n"
        }
        let sums = totals(language, money: money)
        out += "</tbody><tfoot><tr><th colspan=\"3\">\(e(l["grants.list.total"]))</th>"
        out += zip(columnKeys, sums).dropFirst(3).map(cell).joined() + "</tr></tfoot></table>\n"
        if !conflicts.isEmpty {
            out += "<h2>\(e(l["grants.list.conflicts"]))</h2><ul>\n"
            for c in conflicts { out += "<li>\(e(c.personName)) — \(e(c.associationName)): \(e(c.reason))</li>\n" }
            out += "</ul>\n"
        }
        if isDecided && !appealInstructions.isEmpty {
            out += "<h2>\(e(l["decisions.appeal.heading"]))</h2>\n<p class=\"appeal\">\(e(appealInstructions))</p>\n"
        }
        return out + "</body></html>\n"
    }

    // MARK: CSV

    /// `;`-separated with a UTF-8 BOM and CRLF lines, as Finnish Excel expects; amounts `1234,56`.
    /// The header row names the columns; a decided list's columns carry outcome and granted amount.
    public func csv(_ language: Language) -> String {
        let money = { (c: Int64) in Money(cents: c).editable(language) }
        var rows = [headers(language)]
        rows += lines.map { cells($0, language, money: money) }
        rows.append(totals(language, money: money))
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
