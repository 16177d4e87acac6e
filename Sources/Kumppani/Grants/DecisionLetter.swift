import Foundation

/// The decision letter (*päätöskirje*) one applicant receives: from the same rows as the
/// decision list, so the letter and the list can never disagree.
public struct DecisionLetter: Sendable, Equatable {
    public var applicant: String
    public var businessID: String
    public var roundName: String
    public var purpose: String
    public var requestedCents: Int64
    public var reasoning: String
    public var decision: GrantDecision?
    public var bodyName: String
    public var meetingNumber: String
    public var appealInstructions: String

    public enum Format: String, CaseIterable, Sendable { case md, html }

    public static func build(store: Store, applicationID: Int64, language: Language = .fi) throws -> DecisionLetter {
        let grants = GrantStore(store: store)
        let app = try grants.application(id: applicationID)
        let round = try grants.round(id: app.roundID)
        let decision = try grants.decisionInForce(applicationID: applicationID)
        let meetings = MeetingStore(store: store)
        let body = try (decision?.bodyID ?? round.decidingBodyID).flatMap { try meetings.body($0) }
        let association = try store.database.queryOne("SELECT name, coalesce(business_id, '') AS bid FROM associations WHERE id = ?", app.associationID)
        return DecisionLetter(applicant: association?.string("name") ?? "", businessID: association?.string("bid") ?? "",
                              roundName: round.name, purpose: app.purpose, requestedCents: app.requestedCents, reasoning: app.reasoning,
                              decision: decision, bodyName: body?.name ?? "",
                              meetingNumber: try decision?.meetingID.flatMap { try meetings.meeting($0)?.numberText } ?? "",
                              appealInstructions: body?.appealText(language) ?? "")
    }

    /// Label and value pairs in the order the letter reads.
    func fields(_ language: Language) -> [(String, String)] {
        let l = L(language)
        let money = { (c: Int64) in Money(cents: c).formatted(language) }
        var out: [(String, String)] = [
            (l["decisions.letter.applicant"], businessID.isEmpty ? applicant : "\(applicant) (\(businessID))"),
            (l["decisions.letter.round"], roundName),
            (l["decisions.letter.purpose"], purpose),
            (l["decisions.letter.requested"], money(requestedCents)),
        ]
        guard let d = decision else { return out }
        out.append((l["decisions.letter.outcome"], d.outcome.label(language)))
        out.append((l["decisions.letter.granted"], money(d.grantedCents)))
        out.append((l["decisions.letter.reasoning"], reasoning))
        let section = d.sectionNumber.map { "§ \($0)" } ?? ""
        out.append((l["decisions.letter.decided"], [bodyName, meetingNumber, d.decidedOn.formatted(language), section].filter { !$0.isEmpty }.joined(separator: " ")))
        if !d.caseNumber.isEmpty { out.append((l["decisions.list.case"], d.caseNumber)) }
        return out
    }

    public func rendered(_ format: Format, _ language: Language) -> String {
        format == .md ? markdown(language) : html(language)
    }

    public func markdown(_ language: Language) -> String {
        let l = L(language)
        var out = "# \(l["decisions.letter.title"])\n\n"
        if decision == nil { out += "**\(l["decisions.status.proposal"])** \(l["decisions.letter.not_decided"])\n\n" }
        out += fields(language).map { "**\($0.0):** \($0.1)" }.joined(separator: "  \n") + "\n"
        if decision != nil && !appealInstructions.isEmpty {
            out += "\n## \(l["decisions.appeal.heading"])\n\n\(appealInstructions)\n"
        }
        return out
    }

    public func html(_ language: Language) -> String {
        let l = L(language)
        let e = HTMLText.escape
        var out = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(e(l["decisions.letter.title"])) – \(e(applicant))</title>
        <style>@page{size:A4 portrait;margin:20mm}body{font-family:sans-serif;font-size:11pt}th{text-align:left;vertical-align:top;padding-right:1em;white-space:nowrap}td{overflow-wrap:anywhere}.bid{white-space:nowrap}.appeal{white-space:pre-line;font-size:9pt}</style>
        </head><body>
        <h1>\(e(l["decisions.letter.title"]))</h1>

        """
        if decision == nil { out += "<p><strong>\(e(l["decisions.status.proposal"]))</strong> \(e(l["decisions.letter.not_decided"]))</p>\n" }
        out += "<table>\n"
        for (label, value) in fields(language) {
            var cell = e(value)
            if !businessID.isEmpty { cell = cell.replacingOccurrences(of: e(businessID), with: "<span class=\"bid\">\(e(businessID))</span>") }
            out += "<tr><th>\(e(label))</th><td>\(cell)</td></tr>\n"
        }
        out += "</table>\n"
        if decision != nil && !appealInstructions.isEmpty {
            out += "<h2>\(e(l["decisions.appeal.heading"]))</h2>\n<p class=\"appeal\">\(e(appealInstructions))</p>\n"
        }
        return out + "</body></html>\n"
    }
}
