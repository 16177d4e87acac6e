import Foundation

/// Finds and replaces a person's name and e-mail inside free text (minutes, notes, reasons).
///
/// Names match case-insensitively as whole words, also in "Surname Firstname" order, so
/// "Matti Mäki" is found in "pj. MATTI MÄKI" but not in "Matti Mäkinen". E-mail addresses match
/// case-insensitively anywhere. Inflected forms ("Matti Mäen") and a surname alone are not
/// recognised: they are left for the user to check (the export lists what was found).
public struct PersonMentions: Sendable {
    /// Longest first, so "Maija Liisa Virtanen" is replaced before "Maija Virtanen".
    let needles: [(text: String, kind: Kind)]

    /// What counts as "the same word" around a match.
    enum Kind: Sendable { case name, address }

    public init(_ people: [PersonRecord]) {
        var found: [(String, Kind)] = []
        for p in people {
            let words = p.name.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            if !words.isEmpty { found.append((words.joined(separator: " "), .name)) }
            if words.count > 1 { found.append(((words.suffix(1) + words.dropLast()).joined(separator: " "), .name)) }
            let email = p.email.trimmingCharacters(in: .whitespaces)
            if email.contains("@") { found.append((email, .address)) }
            let phone = p.phone.trimmingCharacters(in: .whitespaces)
            if phone.filter(\.isNumber).count >= 6 { found.append((phone, .address)) }
        }
        var seen = Set<String>()
        needles = found.filter { seen.insert($0.0.lowercased()).inserted }
            .sorted { $0.0.count > $1.0.count }
            .map { (text: $0.0, kind: $0.1) }
    }

    public var isEmpty: Bool { needles.isEmpty }

    /// True when `text` mentions the person.
    public func occur(in text: String) -> Bool {
        guard !text.isEmpty else { return false }
        return needles.contains { !ranges(of: $0.text, kind: $0.kind, in: text).isEmpty }
    }

    /// `text` with every mention replaced by `marker`.
    public func scrub(_ text: String, marker: String) -> String {
        var out = text
        for needle in needles {
            for range in ranges(of: needle.text, kind: needle.kind, in: out).reversed() {
                out.replaceSubrange(range, with: marker)
            }
        }
        return out
    }

    private func ranges(of needle: String, kind: Kind, in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        while start < text.endIndex,
              let r = text.range(of: needle, options: [.caseInsensitive], range: start..<text.endIndex) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !continues(before, kind, leading: true) && !continues(after, kind, leading: false) {
                result.append(r)
            }
            start = r.upperBound > r.lowerBound ? r.upperBound : text.index(after: r.lowerBound)
        }
        return result
    }

    /// True when `c` next to a match makes it part of a longer word or address
    /// ("Mäkinen" after "Mäki", "anna.maija@x.fi" around "maija@x.fi").
    private func continues(_ c: Character?, _ kind: Kind, leading: Bool) -> Bool {
        guard let c else { return false }
        if c.isLetter || c.isNumber || c == "-" { return true }
        switch kind {
        case .name: return false
        case .address: return c == "_" || c == "+" || c == "@" || (leading && c == ".")
        }
    }
}
