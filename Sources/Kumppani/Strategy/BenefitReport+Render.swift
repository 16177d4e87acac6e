import Foundation

/// The benefit report as CSV (`;`, UTF-8 with a BOM, for Finnish Excel), Markdown and printable HTML.
/// A missing report is written as missing ("puuttuu"), never as 0; in CSV the cell is empty
/// and the reports column says how many are in.
extension BenefitReport {
    public enum Format: String, Sendable, CaseIterable { case csv, md, html }

    static let columns = ["group", "year", "paid", "premises_hours", "premises_value", "volunteer_hours", "activities",
                          "people_reached", "reports", "cost_per_person"]

    public func rendered(_ format: Format, _ language: Language) -> String {
        switch format {
        case .csv: return csv(language)
        case .md: return markdown(language)
        case .html: return html(language)
        }
    }

    /// The cells of one line in one year; `machine` writes missing as empty (CSV).
    func cells(_ label: String, year: Int, _ f: Figures, _ language: Language, machine: Bool) -> [String] {
        let l = L(language)
        let money = { (c: Int64) in machine ? Money(cents: c).editable(language) : Money(cents: c).formattedShort(language) }
        let missing = machine ? "" : l["benefits.missing"]
        let none = machine ? "" : "–"
        func unknown(_ v: Int?) -> String { v.map(String.init) ?? (f.reportsExpected > 0 ? missing : none) }
        let hours = String(format: "%.1f", f.premisesHours).replacingOccurrences(of: ".", with: language.usesNordicFormats ? "," : ".")
        let reports = f.reportsExpected == 0 ? none : "\(f.reportsReceived)/\(f.reportsExpected)"
        return [label, String(year), money(f.paidCents), hours, money(f.premisesValueCents), unknown(f.volunteerHours), String(f.activities),
                unknown(f.peopleReached), reports, f.costPerPersonCents.map(money) ?? (f.reportsReceived == 0 && f.reportsExpected > 0 ? missing : none)]
    }

    func headers(_ language: Language) -> [String] {
        let l = L(language)
        return Self.columns.map { $0 == "group" ? l[grouping == .goal ? "benefits.col.goal" : "benefits.col.target_group"] : l["benefits.col.\($0)"] }
    }

    public func csv(_ language: Language) -> String {
        var rows = [headers(language)]
        for line in lines {
            rows.append(cells(line.label, year: year, line.current, language, machine: true))
            rows.append(cells(line.label, year: year - 1, line.previous, language, machine: true))
        }
        return CSVText.document(rows)
    }

    public func title(_ language: Language) -> String {
        L(language)[grouping == .goal ? "benefits.title.goal" : "benefits.title.target_group", year, year - 1]
    }

    public func markdown(_ language: Language) -> String {
        let l = L(language)
        func row(_ c: [String]) -> String { "| " + c.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |" }
        var out = ["# " + title(language), "", l["benefits.note"], "", row(headers(language)),
                   "|" + Self.columns.enumerated().map { $0.offset < 2 ? " --- |" : " ---: |" }.joined()]
        for line in lines {
            out.append(row(cells(line.label, year: year, line.current, language, machine: false)))
            out.append(row(cells("", year: year - 1, line.previous, language, machine: false)))
        }
        if lines.isEmpty { out.append(""); out.append(l["benefits.empty"]) }
        return out.joined(separator: "\n") + "\n"
    }

    public func html(_ language: Language) -> String {
        let l = L(language), e = HTMLText.escape
        var out = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(e(title(language)))</title>
        <style>@page{size:A4 landscape;margin:12mm}body{font-family:sans-serif;font-size:9pt}table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:3px}td.num{text-align:right;white-space:nowrap}tr.prev td{color:#555}@media print{tr{page-break-inside:avoid}thead{display:table-header-group}}</style>
        </head><body><h1>\(e(title(language)))</h1><p>\(e(l["benefits.note"]))</p>
        <table><thead><tr>\(headers(language).map { "<th>\(e($0))</th>" }.joined())</tr></thead><tbody>

        """
        for line in lines {
            for (i, c) in [cells(line.label, year: year, line.current, language, machine: false),
                           cells("", year: year - 1, line.previous, language, machine: false)].enumerated() {
                out += "<tr\(i == 1 ? " class=\"prev\"" : "")>" + c.enumerated().map { $0.offset < 2 ? "<td>\(e($0.element))</td>" : "<td class=\"num\">\(e($0.element))</td>" }.joined() + "</tr>\n"
            }
        }
        out += "</tbody></table>\n"
        if lines.isEmpty { out += "<p>\(e(l["benefits.empty"]))</p>\n" }
        return out + "</body></html>\n"
    }
}
