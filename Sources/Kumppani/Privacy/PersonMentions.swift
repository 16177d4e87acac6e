import Foundation

/// Finds and replaces a person's name and e-mail inside free text (minutes, notes, reasons).
///
/// Names match case-insensitively as whole words, with any run of white space (spaces, no-break
/// spaces, tabs, line breaks) between the words, also in "Surname Firstname" order, so
/// "Matti Mäki" is found in "pj. MATTI MÄKI" but not in "Matti Mäkinen". A name of two or more
/// words is also found with its last word (the surname) inflected, as Finnish inflects a full
/// name: "Matti Mäen", "Matti Virtaselle", "Pekka Lahdessa" (forms from `FinnishNameInflection`).
/// Not recognised, and left for the user to check (the export lists what was found): a surname
/// alone ("Virtasen" may be another person), a first name alone, an inflected name in
/// "Surname Firstname" order, and irregular forms the rules do not produce. E-mail addresses
/// match case-insensitively anywhere.
public struct PersonMentions: Sendable {
    /// Longest first, so "Maija Liisa Virtanen" is replaced before "Maija Virtanen".
    let needles: [Needle]

    /// What counts as "the same word" around a match.
    enum Kind: Sendable { case name, address }

    struct Needle: Sendable {
        let text: String
        let kind: Kind
        /// Text the needle starts with ("Matti "), shared by all inflected forms of one name:
        /// when a text lacks it, none of those forms need to be searched for.
        let gate: String?
    }

    public init(_ people: [PersonRecord]) {
        var found: [Needle] = []
        for p in people {
            let words = p.name.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            if !words.isEmpty { found.append(Needle(text: words.joined(separator: " "), kind: .name, gate: nil)) }
            if words.count > 1, let surname = words.last {
                found.append(Needle(text: (words.suffix(1) + words.dropLast()).joined(separator: " "), kind: .name, gate: nil))
                // Only with the first name(s) in front: a bare "Virtasen" may be anyone.
                let gate = words.dropLast().joined(separator: " ") + " "
                for form in FinnishNameInflection.forms(of: surname) {
                    found.append(Needle(text: gate + form, kind: .name, gate: words[0]))
                }
            }
            let email = p.email.trimmingCharacters(in: .whitespaces)
            if email.contains("@") { found.append(Needle(text: email, kind: .address, gate: nil)) }
            let phone = p.phone.trimmingCharacters(in: .whitespaces)
            if phone.filter(\.isNumber).count >= 6 { found.append(Needle(text: phone, kind: .address, gate: nil)) }
        }
        var seen = Set<String>()
        needles = found.filter { seen.insert($0.text.lowercased()).inserted }
            .sorted { $0.text.count > $1.text.count }
    }

    public var isEmpty: Bool { needles.isEmpty }

    /// True when `text` mentions the person.
    public func occur(in text: String) -> Bool {
        guard !text.isEmpty else { return false }
        var gates: [String: Bool] = [:]
        return needles.contains { needle in
            opens(needle, in: text, gates: &gates) && !ranges(of: needle.text, kind: needle.kind, in: text).isEmpty
        }
    }

    /// `text` with every mention replaced by `marker`.
    public func scrub(_ text: String, marker: String) -> String {
        var out = text
        var gates: [String: Bool] = [:]
        for needle in needles where opens(needle, in: out, gates: &gates) {
            for range in ranges(of: needle.text, kind: needle.kind, in: out).reversed() {
                out.replaceSubrange(range, with: marker)
            }
        }
        return out
    }

    /// False when the needle's gate is missing from `text` (remembered per text: replacing a
    /// mention with the marker cannot add a first name).
    private func opens(_ needle: Needle, in text: String, gates: inout [String: Bool]) -> Bool {
        guard let gate = needle.gate else { return true }
        if let known = gates[gate] { return known }
        let present = text.range(of: gate, options: [.caseInsensitive]) != nil
        gates[gate] = present
        return present
    }

    private func ranges(of needle: String, kind: Kind, in text: String) -> [Range<String.Index>] {
        // "Jari  Laine", "Jari\u{A0}Laine", "Jari\nLaine": the words with any white space between.
        if kind == .name, needle.contains(" "), Self.hasUnusualSpace(text) { return spacedRanges(of: needle, in: text) }
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

    /// True when the text has white space other than single plain spaces (the fast search's case).
    static func hasUnusualSpace(_ text: String) -> Bool {
        var previousWasSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.properties.isWhitespace
            if isSpace && (scalar != " " || previousWasSpace) { return true }
            previousWasSpace = isSpace
        }
        return false
    }

    /// The matches of a several-word name word by word, each gap any run of white space.
    private func spacedRanges(of needle: String, in text: String) -> [Range<String.Index>] {
        let words = needle.split(separator: " ").map(String.init)
        guard let first = words.first else { return [] }
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        while start < text.endIndex,
              let r = text.range(of: first, options: [.caseInsensitive], range: start..<text.endIndex) {
            var end = r.upperBound
            var matched = true
            for word in words.dropFirst() {
                var afterSpace = end
                while afterSpace < text.endIndex, text[afterSpace].isWhitespace { afterSpace = text.index(after: afterSpace) }
                guard afterSpace > end,
                      let next = text.range(of: word, options: [.caseInsensitive, .anchored], range: afterSpace..<text.endIndex) else {
                    matched = false
                    break
                }
                end = next.upperBound
            }
            if matched {
                let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
                let after = end == text.endIndex ? nil : text[end]
                if !continues(before, .name, leading: true) && !continues(after, .name, leading: false) {
                    result.append(r.lowerBound..<end)
                    start = end
                    continue
                }
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
