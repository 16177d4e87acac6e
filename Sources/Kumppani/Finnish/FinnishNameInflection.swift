import Foundation

/// The common singular case forms of a Finnish surname, for finding a person's name in free text
/// ("Matti Virtasen ehdotus", "Liisa Mäelle", "Pekka Lahdessa").
///
/// A rule-based guess, not a dictionary: it covers the -nen names (Virtanen → Virtasen, Virtasta),
/// -i names with an -e- stem (Mäki → Mäen, Mäkeä), -e names (Rinne → Rinteen, Laine → Laineen),
/// vowel-final names (Lehto → Lehdon, Kallio → Kalliota) with the common consonant gradation in
/// the last syllable, -as names (Kangas → Kankaan), and for any other shape the simple suffixes
/// used with foreign names (Smith → Smithin, Smithiä). Where the shape is ambiguous it gives every
/// candidate: an extra wrong form is harmless to a caller that matches text, a missing one is not.
/// Vowel harmony: a back vowel (a, o, u) anywhere in the word gives a-endings, otherwise ä-endings.
/// A hyphenated name inflects its last part only (Mäki-Laine → Mäki-Laineen).
public enum FinnishNameInflection {
    /// The inflected forms of `surname` (the basic form itself not included), unique
    /// case-insensitively and sorted. Empty for a blank or letterless input.
    public static func forms(of surname: String) -> [String] {
        let trimmed = surname.trimmingCharacters(in: .whitespacesAndNewlines)
        var head = ""
        var last = trimmed
        if let dash = trimmed.lastIndex(of: "-"), trimmed.index(after: dash) < trimmed.endIndex {
            head = String(trimmed[...dash])
            last = String(trimmed[trimmed.index(after: dash)...])
        }
        guard last.contains(where: \.isLetter), !last.contains(where: \.isWhitespace) else { return [] }
        let shouted = last == last.uppercased() && last != last.lowercased()
        let word = Word(last)
        var seen: Set<String> = [trimmed.lowercased()]
        var out: [String] = []
        for form in word.inflected() {
            let full = head + (shouted ? form.uppercased() : form)
            if seen.insert(full.lowercased()).inserted { out.append(full) }
        }
        return out.sorted()
    }
}

/// One word being inflected. Analysis looks at the lower-cased letters; the forms keep the
/// original spelling of the part they reuse ("Virtanen" → "Virta" + "sen").
private struct Word {
    let original: String
    let low: [Character]
    /// The harmony vowel of the endings: "a" or "ä".
    let A: String

    init(_ text: String) {
        let lower = text.lowercased()
        // Lower-casing that changes the length (rare scripts) would break the prefix
        // arithmetic below: then the forms are built from the lower-cased word instead.
        original = lower.count == text.count ? text : lower
        low = Array(lower)
        let back = low.contains { $0 == "a" || $0 == "o" || $0 == "u" }
        A = back ? "a" : "ä"
    }

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "ä", "ö", "å"]

    var n: Int { low.count }
    func keep(_ count: Int) -> String { String(original.prefix(count)) }
    func isVowel(at i: Int) -> Bool { i >= 0 && i < n && Word.vowels.contains(low[i]) }
    func ends(with suffix: String) -> Bool { low.count > suffix.count && String(low).hasSuffix(suffix) }

    func inflected() -> [String] {
        guard n >= 2, let final = low.last else { return consonantFallback() }
        if ends(with: "nen") && n >= 5 {
            // Virtanen → Virtasen, Virtasta, Virtaselle: the -nen becomes -se- (-s- before -ta).
            let stem = keep(n - 3) + "s"
            return eStem(stem) + [stem + "t" + A]
        }
        if final == "i" && !isVowel(at: n - 2) { return iWord() }
        if final == "e" && !isVowel(at: n - 2) { return eWord() }
        if Word.vowels.contains(final) { return vowelWord() }
        if final == "s" && (low[n - 2] == "a" || low[n - 2] == "ä") && n >= 4 && !isVowel(at: n - 3) { return asWord() }
        return consonantFallback()
    }

    /// Mäki → Mäen, Mäkeä, Mäkeen, Mäessä, Mäkenä; Lahti → Lahden; also the plain i-stem
    /// (Lappi → Lapin, Lappiin; Rossi → Rossin) since the word alone does not tell which it is.
    func iWord() -> [String] {
        let strong = keep(n - 1)
        let stems = weak(n - 1) + [strong]
        var out: [String] = []
        for s in stems { out += eStem(s) + iStem(s) }
        out += [strong + "e" + A, original + A, original + "in", original + "n" + A]
        // Saari → Saarta, Vuori → Vuorta, Kuusi → Kuusta.
        if let c = low.dropLast().last, "lnrs".contains(c) { out.append(strong + "t" + A) }
        return out
    }

    /// Rinne → Rinteen, Rinnettä, Rinteeseen, Rinteessä; Laine → Laineen, Lainetta. The stem
    /// takes the strong grade of the consonant before the -e; foreign -e names (Moore → Mooren)
    /// get the simple vowel endings too.
    func eWord() -> [String] {
        var out: [String] = [original + "tt" + A]
        for s in strengthened(n - 1) + [keep(n - 1)] {
            let ee = s + "ee"
            out += [ee + "n", ee + "seen", ee + "ss" + A, ee + "st" + A, ee + "ll" + A, ee + "lt" + A,
                    ee + "lle", ee + "n" + A, ee + "ksi", ee + "tt" + A]
        }
        return out + vowelEndings(original) + [original + A, original + "en"]
    }

    /// Lehto → Lehdon, Lehtoa, Lehtoon, Lehdossa, Lehtona; Kallio → Kallion, Kalliota, Kallioon;
    /// Pihlajamaa → Pihlajamaan, Pihlajamaata, Pihlajamaahan.
    func vowelWord() -> [String] {
        let final = String(low[n - 1])
        var out: [String] = [original + A, original + final + "n", original + "n" + A]
        var stems = [original]
        if isVowel(at: n - 2) {
            out += [original + "t" + A, original + "h" + final + "n"]
        } else {
            stems = weak(n - 1).map { $0 + String(original.suffix(1)) } + stems
        }
        for s in stems { out += vowelEndings(s) }
        return out
    }

    /// Kangas → Kankaan, Kangasta, Kankaaseen, Kankaassa; Kallas → Kallaksen (both shapes given).
    func asWord() -> [String] {
        let vowel = String(original.dropLast().suffix(1))
        var out: [String] = [original + "t" + A]
        for s in strengthened(n - 2) + [keep(n - 2)] {
            let aa = s + vowel + vowel
            out += [aa + "n", aa + "seen", aa + "ss" + A, aa + "st" + A, aa + "ll" + A, aa + "lt" + A,
                    aa + "lle", aa + "n" + A, aa + "ksi", aa + "tt" + A]
        }
        return out + eStem(keep(n - 1) + "ks") + consonantFallback()
    }

    /// Smith → Smithin, Smithiä, Smithiin, Smithille, Smithinä; Ahven → Ahvenen, Ahventa too.
    func consonantFallback() -> [String] {
        var out = iStem(original) + [original + "i" + A, original + "iin", original + "in" + A]
        if let c = low.last, "lnrs".contains(c) { out += eStem(original) + [original + "t" + A] }
        return out
    }

    // MARK: Endings

    /// -n, -ssa, -sta, -lla, -lta, -lle, -ksi, -tta on a vowel stem (genitive and the
    /// weak-grade local cases, translative, abessive).
    func vowelEndings(_ s: String) -> [String] {
        [s + "n", s + "ss" + A, s + "st" + A, s + "ll" + A, s + "lt" + A, s + "lle", s + "ksi", s + "tt" + A]
    }

    /// The same endings on an -e- stem, plus the illative -een and the essive -ena.
    func eStem(_ s: String) -> [String] {
        vowelEndings(s + "e") + [s + "een", s + "en" + A]
    }

    /// The same endings on an -i- stem (the form foreign names take: Smithin, Smithissä).
    func iStem(_ s: String) -> [String] {
        vowelEndings(s + "i")
    }

    // MARK: Consonant gradation

    /// Weak-grade variants of the first `count` letters, judged by the consonants at their end
    /// (the start of the last syllable): kk→k, pp→p, tt→t, nk→ng, mp→mm, lt→ll, nt→nn, rt→rr,
    /// t→d, p→v, k→∅ (and k→j after l/r, k→v after u/y). Empty when no rule applies.
    func weak(_ count: Int) -> [String] {
        guard count >= 2 else { return [] }
        let last = low[count - 1], prev = low[count - 2]
        let head = keep(count - 1)
        if last == prev && "kpt".contains(last) { return [head] }
        switch (prev, last) {
        case ("n", "k"): return [head + "g"]
        case ("m", "p"): return [head + "m"]
        case ("l", "t"): return [head + "l"]
        case ("n", "t"): return [head + "n"]
        case ("r", "t"): return [head + "r"]
        default: break
        }
        let afterVowel = isVowel(at: count - 2)
        switch last {
        case "t" where afterVowel || prev == "h": return [head + "d"]
        case "p" where afterVowel || prev == "l" || prev == "r": return [head + "v"]
        case "k" where afterVowel || prev == "h":
            return prev == "u" || prev == "y" ? [head, head + "v"] : [head]
        case "k" where prev == "l" || prev == "r": return [head, head + "j"]
        default: return []
        }
    }

    /// Strong-grade variants of the first `count` letters, for words whose basic form is weak
    /// (Rinne → rint-, Helle → helt-, Kangas → kank-). Empty when no rule applies.
    func strengthened(_ count: Int) -> [String] {
        guard count >= 2 else { return [] }
        let last = low[count - 1], prev = low[count - 2]
        let head = keep(count - 1)
        switch (prev, last) {
        case ("n", "n"), ("l", "l"), ("r", "r"): return [head + "t"]
        case ("m", "m"): return [head + "p"]
        case ("n", "g"): return [head + "k"]
        default: break
        }
        guard isVowel(at: count - 2) || prev == "h" || prev == "l" || prev == "r" else { return [] }
        switch last {
        case "k", "p", "t": return [keep(count) + String(last)]
        case "d": return [head + "t"]
        case "v": return [head + "p"]
        default: return []
        }
    }
}
