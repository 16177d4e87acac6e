import Foundation

/// What every printed page of a document carries (issue 14): the county, the body, the document
/// type, its number and date, and "sivu n (m)". HTML exports put it in CSS page margin boxes, so a
/// real browser prints it on every A4 page; the same style keeps tables inside the page width.
public struct PrintHeader: Sendable, Equatable {
    public var county: CountySettings
    public var body: String
    /// "Pöytäkirja", "Esityslista", "Päätösluettelo".
    public var documentType: String
    /// "1/2026", "1/2026 § 6".
    public var number: String
    /// As printed: "23.11.2026".
    public var date: String

    public init(county: CountySettings, body: String, documentType: String, number: String, date: String) {
        self.county = county; self.body = body; self.documentType = documentType; self.number = number; self.date = date
    }

    /// A CSS string literal: quotes, backslashes and `<` escaped so text cannot end the rule or the style element.
    static func cssString(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\3C "
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }

    /// The `@page` rule with the running header, and print rules that keep tables whole on the
    /// page: fixed layout at the page width, long words wrap in their cell, rows never split,
    /// table headers repeat, a Y-tunnus never breaks at its hyphen.
    public func css(_ language: Language) -> String {
        let l = L(language)
        let newline = " \"\\A \" "   // a line break inside CSS generated content
        let county = self.county.headerLine(language)
        let left = [county, body].filter { !$0.isEmpty }.map(Self.cssString).joined(separator: newline)
        let right = Self.cssString([[documentType, number].filter { !$0.isEmpty }.joined(separator: " "), date].filter { !$0.isEmpty }.joined(separator: " · "))
            + newline + Self.cssString(l["print.page"] + " ") + " counter(page) \" (\" counter(pages) \")\""
        return """
        @page { size: A4 portrait; margin: 24mm 15mm 18mm 20mm;
          @top-left { content: \(left.isEmpty ? "\"\"" : left); font: 8pt sans-serif; color: #333; vertical-align: bottom; white-space: pre; text-align: left; }
          @top-right { content: \(right); font: 8pt sans-serif; color: #333; vertical-align: bottom; white-space: pre; text-align: right; }
        }
        @media print { body { margin: 0 !important; max-width: none !important; } }
        table { width: 100%; max-width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt; }
        th, td { overflow-wrap: anywhere; word-break: break-word; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        tfoot { display: table-row-group; }   /* the totals once, at the end, not on every page */
        .bid, .nobr { white-space: nowrap; }
        """
    }
}
