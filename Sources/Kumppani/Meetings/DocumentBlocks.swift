import Foundation

public enum DocumentFormat: String, CaseIterable, Sendable {
    case md, html, txt
}

/// The agenda and the minutes are built once as blocks and written out as Markdown, HTML
/// or plain text, so the three formats cannot drift apart.
public enum DocumentBlock: Sendable, Equatable {
    case title(String)
    /// `Aika: 23.11.2026 klo 14.00–15.30`.
    case fields([Field])
    /// `§ 5 Title`; nil section prints the title alone.
    case section(number: Int?, title: String)
    case heading(String)
    /// A labelled paragraph (`Päätös:` and the text, which may have several lines).
    case labeled(String, String)
    case list(label: String, entries: [Entry])
    case table(headers: [String], rows: [[String]])
    /// Signature lines: each a caption under a line.
    case signatures(intro: String, captions: [String])

    public struct Field: Sendable, Equatable {
        public var label: String
        public var value: String
        public init(_ label: String, _ value: String) { self.label = label; self.value = value }
    }

    public struct Entry: Sendable, Equatable {
        public var text: String
        /// Done actions are struck through.
        public var struck: Bool
        public init(_ text: String, struck: Bool = false) { self.text = text; self.struck = struck }
    }
}

/// Writes blocks in one of the three formats.
public enum DocumentWriter {
    public static func write(_ blocks: [DocumentBlock], format: DocumentFormat, title: String,
                             print header: PrintHeader? = nil, language: Language = .fi) -> String {
        switch format {
        case .md: return MarkdownDocument.write(blocks)
        case .html: return HTMLDocument.write(blocks, title: title, print: header, language: language)
        case .txt: return PlainTextDocument.write(blocks)
        }
    }
}

enum MarkdownDocument {
    /// Escapes what Markdown would read as markup, so a `*` in the notes stays a `*`.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            if "\\`*_[]<>|".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let l = String(line)
            if let f = l.first, "#+-=".contains(f) || (f.isNumber && l.contains(". ")) { return "\\" + l }
            return l
        }.joined(separator: "  \n")
    }

    static func write(_ blocks: [DocumentBlock]) -> String {
        var out: [String] = []
        for block in blocks {
            switch block {
            case .title(let t): out.append("# \(escape(t))\n")
            case .fields(let fs): out.append(fs.map { "**\(escape($0.label)):** \(escape($0.value))" }.joined(separator: "  \n") + "\n")
            case .section(let n, let t): out.append("## \(n.map { "§ \($0) " } ?? "")\(escape(t))\n")
            case .heading(let t): out.append("## \(escape(t))\n")
            case .labeled(let l, let t): out.append("**\(escape(l)):**  \n\(escape(t))\n")
            case .list(let l, let es):
                let items = es.map { "- " + ($0.struck ? "~~\(escape($0.text))~~" : escape($0.text)) }
                out.append((l.isEmpty ? "" : "**\(escape(l)):**\n\n") + items.joined(separator: "\n") + "\n")
            case .table(let h, let rows):
                var t = "| " + h.map(escape).joined(separator: " | ") + " |\n|" + h.map { _ in " --- |" }.joined() + "\n"
                for r in rows { t += "| " + r.map { escape($0).replacingOccurrences(of: "  \n", with: " ") }.joined(separator: " | ") + " |\n" }
                out.append(t)
            case .signatures(let intro, let captions):
                var s = intro.isEmpty ? "" : escape(intro) + "\n\n"
                s += captions.map { "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_  \n\(escape($0))" }.joined(separator: "\n\n")
                out.append(s + "\n")
            }
        }
        return out.joined(separator: "\n")
    }
}

enum HTMLDocument {
    /// HTML-escaped text with its line breaks kept.
    static func escape(_ s: String) -> String {
        HTMLText.escape(s).replacingOccurrences(of: "\n", with: "<br>\n")
    }

    static let style = """
    @page { size: A4; margin: 20mm 20mm 20mm 25mm; }
    body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11pt; line-height: 1.35; max-width: 165mm; margin: 0 auto; }
    h1 { font-size: 15pt; margin: 0 0 8pt; } h2 { font-size: 12pt; margin: 16pt 0 4pt; page-break-after: avoid; }
    dl.fields { display: grid; grid-template-columns: 38mm 1fr; gap: 2pt 6pt; } dl.fields dt { font-weight: bold; } dl.fields dd { margin: 0; }
    p.label { font-weight: bold; margin: 6pt 0 0; } p.text { margin: 0 0 0 10mm; }
    table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #444; padding: 2pt 4pt; vertical-align: top; text-align: left; }
    .signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 24pt 12mm; margin-top: 28pt; page-break-inside: avoid; }
    .signatures div { border-top: 1px solid #000; padding-top: 2pt; }
    del { color: #555; }
    """

    static func write(_ blocks: [DocumentBlock], title: String, print header: PrintHeader? = nil, language: Language = .fi) -> String {
        // The print header's page rule comes last, so it wins over the plain A4 rule above it.
        let css = style + (header.map { "\n" + $0.css(language) } ?? "")
        var out = "<!DOCTYPE html>\n<html lang=\"fi\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(escape(title))</title>\n<style>\n\(css)\n</style>\n</head>\n<body>\n"
        for block in blocks {
            switch block {
            case .title(let t): out += "<h1>\(escape(t))</h1>\n"
            case .fields(let fs):
                out += "<dl class=\"fields\">\n" + fs.map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd>\n" }.joined() + "</dl>\n"
            case .section(let n, let t): out += "<h2>\(n.map { "§ \($0) " } ?? "")\(escape(t))</h2>\n"
            case .heading(let t): out += "<h2>\(escape(t))</h2>\n"
            case .labeled(let l, let t): out += "<p class=\"label\">\(escape(l))</p>\n<p class=\"text\">\(escape(t))</p>\n"
            case .list(let l, let es):
                if !l.isEmpty { out += "<p class=\"label\">\(escape(l))</p>\n" }
                out += "<ul>\n" + es.map { "<li>" + ($0.struck ? "<del>\(escape($0.text))</del>" : escape($0.text)) + "</li>\n" }.joined() + "</ul>\n"
            case .table(let h, let rows):
                out += "<table>\n<tr>" + h.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
                out += rows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }.joined() + "</table>\n"
            case .signatures(let intro, let captions):
                if !intro.isEmpty { out += "<p>\(escape(intro))</p>\n" }
                out += "<div class=\"signatures\">\n" + captions.map { "<div>\(escape($0))</div>\n" }.joined() + "</div>\n"
            }
        }
        return out + "</body>\n</html>\n"
    }
}

enum PlainTextDocument {
    static let width = 72
    static let indent = "    "

    /// Word-wraps a paragraph to the page width; long words are left whole.
    static func wrap(_ text: String, indent: String) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                if !line.isEmpty && indent.count + line.count + 1 + word.count > width {
                    lines.append(indent + line)
                    line = String(word)
                } else {
                    line += (line.isEmpty ? "" : " ") + word
                }
            }
            lines.append(line.isEmpty ? "" : indent + line)
        }
        return lines
    }

    static func write(_ blocks: [DocumentBlock]) -> String {
        var out: [String] = []
        for block in blocks {
            switch block {
            case .title(let t): out += [t, String(repeating: "=", count: min(width, t.count)), ""]
            case .fields(let fs):
                let w = (fs.map(\.label.count).max() ?? 0) + 2
                for f in fs {
                    let label = (f.label + ":").padding(toLength: w, withPad: " ", startingAt: 0)
                    let wrapped = wrap(f.value, indent: String(repeating: " ", count: w))
                    out.append(label + (wrapped.first.map { String($0.dropFirst(w)) } ?? ""))
                    out += wrapped.dropFirst()
                }
                out.append("")
            case .section(let n, let t):
                let head = "\(n.map { "§ \($0)  " } ?? "")\(t)"
                out += ["", head, String(repeating: "-", count: min(width, head.count)), ""]
            case .heading(let t): out += ["", t, String(repeating: "-", count: min(width, t.count)), ""]
            case .labeled(let l, let t): out += [l + ":"] + wrap(t, indent: indent) + [""]
            case .list(let l, let es):
                if !l.isEmpty { out.append(l + ":") }
                for e in es {
                    let wrapped = wrap(e.text, indent: indent + "  ")
                    if let first = wrapped.first { out.append(indent + "- " + first.dropFirst(indent.count + 2)) }
                    out += wrapped.dropFirst()
                }
                out.append("")
            case .table(let h, let rows):
                for r in rows {
                    for (i, cell) in r.enumerated() where !cell.isEmpty {
                        let label = i < h.count ? h[i] : ""
                        out += wrap((i == 0 ? "" : label + ": ") + cell, indent: i == 0 ? "" : indent)
                    }
                    out.append("")
                }
            case .signatures(let intro, let captions):
                out.append("")
                if !intro.isEmpty { out += wrap(intro, indent: "") + [""] }
                for c in captions { out += ["", "", String(repeating: "_", count: 32), c] }
                out.append("")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
