import Foundation

/// The Snowball Finnish stemmer (snowballstem.org, "Finnish stemming algorithm"), written here
/// from the published description, plus one step of our own for consonant gradation.
///
/// Why: search must treat *omaishoitajat*, *omaishoitajan*, *omaishoitajien* and
/// *omaishoitajille* as one word. A stem is only an index key, never shown.
///
/// Steps (on the lower-cased word; R1/R2 are the usual Snowball regions over the vowels
/// a e i o u y ä ö): 1 particles (-kin, -kaan, -ko, -han, -pa, -sti), 2 possessives (-ni, -si,
/// -nsa, -mme, -nne, -an/-än/-en after a case), 3 cases (-ssa, -lla, -n, -hin, -seen, …),
/// 4 other endings (-mpi, -mma, -eja), 5 plurals (-i/-j after a case, else -t), 6 tidying
/// (long vowel, final a/ä/e/i after a consonant, -oj/-uj/-jo, double consonant).
///
/// Gradation (ours, `gradationKey`): a stem ending in a weak or strong grade of the common
/// alternations is reduced to one key, so *Lahti* (laht) and *Lahdessa* (lahd) both give *lah*,
/// *toimikunta* (toimikunt) and *toimikunnan* (toimikun) give *toimikun*. Place names get no
/// table of their own: the rule covers them like any other word. And the -nen words take their
/// -se- stem first (*Lehtinen* and *Lehtisen* both give *lehtis*).
///
/// Stems are stored in `association_stem`: a change here that gives other stems needs a new
/// migration that calls `SearchIndex.rebuildFinnish`, or old rows stop matching.
public enum FinnishStemmer {
    /// The stem of one word (letters only; anything else is returned folded and unchanged).
    public static func stem(_ word: String) -> String {
        let folded = SearchFolding.fold(word)
        var w = Array(folded.unicodeScalars)
        guard w.count > 2, w.allSatisfy({ $0.properties.isAlphabetic }) else { return folded }
        // Ours: the -nen words inflect on -se- (Lehtinen, Lehtisen, Lehtiset; nainen, naisille).
        if w.count >= 6, ends(w, "nen") { w = before(w, 3) + ["s", "e"] }
        // Ours: their genitive plural -isten is read as the plural -iset (eläkeläisten).
        if w.count >= 7, ends(w, "isten") { w = before(w, 5) + Array("iset".unicodeScalars) }
        let (p1, p2) = regions(w)
        particle(&w, p1: p1, p2: p2)
        possessive(&w, p1: p1)
        let removed = caseEnding(&w, p1: p1)
        otherEndings(&w, p2: p2)
        if removed { iPlural(&w, p1: p1) } else { tPlural(&w, p1: p1, p2: p2) }
        tidy(&w, p1: p1)
        gradation(&w)
        return String(String.UnicodeScalarView(w))
    }

    /// Stems every word of a text (runs of letters and digits), each once, in order of first use.
    public static func stems(ofText text: String) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for token in text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            let s = stem(String(token))
            if seen.insert(s).inserted { out.append(s) }
        }
        return out
    }

    // MARK: Letters

    static func isV1(_ c: Unicode.Scalar) -> Bool {
        switch c { case "a", "e", "i", "o", "u", "y", "ä", "ö": return true; default: return false }
    }
    static func isV2(_ c: Unicode.Scalar) -> Bool {
        switch c { case "a", "e", "i", "o", "u", "ä", "ö": return true; default: return false }
    }
    static func isC(_ c: Unicode.Scalar) -> Bool {
        guard c.isASCII, c.value >= 0x61, c.value <= 0x7A else { return false }
        return !isV1(c)
    }

    private static func ends(_ w: [Unicode.Scalar], _ s: String) -> Bool {
        var i = w.count
        for c in s.unicodeScalars.reversed() {
            i -= 1
            if i < 0 || w[i] != c { return false }
        }
        return true
    }

    /// The longest suffix of `w` from `list` that lies wholly at or after `limit`.
    private static func longest(_ w: [Unicode.Scalar], _ list: [String], limit: Int) -> String? {
        var best: String?
        var bestCount = 0
        for s in list {
            let n = s.unicodeScalars.count
            if n > bestCount, w.count - n >= limit, ends(w, s) { best = s; bestCount = n }
        }
        return best
    }

    /// The part of `w` before a suffix of length `n`.
    private static func before(_ w: [Unicode.Scalar], _ n: Int) -> [Unicode.Scalar] { Array(w.prefix(w.count - n)) }

    private static func isLong(_ w: [Unicode.Scalar]) -> Bool {
        guard w.count >= 2 else { return false }
        let a = w[w.count - 2], b = w[w.count - 1]
        return a == b && "aeiouäö".unicodeScalars.contains(a)
    }

    /// R1: after the first non-vowel that follows a vowel; R2: the same again within R1.
    static func regions(_ w: [Unicode.Scalar]) -> (Int, Int) {
        func next(from start: Int) -> Int {
            var i = start
            while i < w.count, !isV1(w[i]) { i += 1 }
            while i < w.count, isV1(w[i]) { i += 1 }
            return min(i + 1, w.count)
        }
        let p1 = next(from: 0)
        return (p1, next(from: p1))
    }

    // MARK: Steps

    private static func particle(_ w: inout [Unicode.Scalar], p1: Int, p2: Int) {
        guard let s = longest(w, ["kin", "kaan", "kään", "ko", "kö", "han", "hän", "pa", "pä", "sti"], limit: p1) else { return }
        let n = s.unicodeScalars.count
        let rest = before(w, n)
        if s == "sti" {
            if w.count - n >= p2 { w = rest }
        } else if let last = rest.last, isV1(last) || last == "n" || last == "t" {
            w = rest
        }
    }

    private static func possessive(_ w: inout [Unicode.Scalar], p1: Int) {
        guard let s = longest(w, ["si", "ni", "nsa", "nsä", "mme", "nne", "an", "än", "en"], limit: p1) else { return }
        let rest = before(w, s.unicodeScalars.count)
        switch s {
        case "si":
            if rest.last != "k" { w = rest }
        case "ni":
            w = ends(rest, "kse") ? before(rest, 3) + Array("ksi".unicodeScalars) : rest
        case "an":
            if ["ta", "ssa", "sta", "lla", "lta", "na"].contains(where: { ends(rest, $0) }) { w = rest }
        case "än":
            if ["tä", "ssä", "stä", "llä", "ltä", "nä"].contains(where: { ends(rest, $0) }) { w = rest }
        case "en":
            if ["lle", "ine"].contains(where: { ends(rest, $0) }) { w = rest }
        default:
            w = rest
        }
    }

    private static let cases = ["han", "hen", "hin", "hon", "hän", "hön", "siin", "seen", "den", "tten",
                                "ta", "tä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle",
                                "ksi", "ine", "na", "nä", "a", "ä", "tta", "ttä", "n"]
    private static let casesLongestFirst = cases.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }

    /// Returns whether a case ending was removed (step 5 depends on it). As in Snowball, the
    /// endings with a condition of their own (-siin, -den, -tten after Vi; -seen after a long
    /// vowel) let a shorter ending (-n) be tried when the condition fails; the others do not.
    private static func caseEnding(_ w: inout [Unicode.Scalar], p1: Int) -> Bool {
        let found = casesLongestFirst.filter { w.count - $0.unicodeScalars.count >= p1 && ends(w, $0) }
        for s in found {
            let r = before(w, s.unicodeScalars.count)
            let vi = r.count >= 2 && r[r.count - 1] == "i" && isV2(r[r.count - 2])
            switch s {
            case "siin", "den", "tten":
                guard vi else { continue }
            case "seen":
                guard isLong(r) else { continue }
            case "han", "hen", "hin", "hon", "hän", "hön":
                guard let x = r.last, x == Array(s.unicodeScalars)[1] else { return false }
            case "a", "ä":
                guard r.count >= 2, isV1(r[r.count - 1]), isC(r[r.count - 2]) else { return false }
            case "tta", "ttä":
                guard r.last == "e" else { return false }
            case "n":
                w = r
                if isLong(w) || ends(w, "ie") { w.removeLast() }
                return true
            default:
                break
            }
            w = r
            return true
        }
        return false
    }

    private static func otherEndings(_ w: inout [Unicode.Scalar], p2: Int) {
        let list = ["mpi", "mpa", "mpä", "mmi", "mma", "mmä", "impi", "impa", "impä", "immi", "imma", "immä", "eja", "ejä"]
        guard let s = longest(w, list, limit: p2) else { return }
        let rest = before(w, s.unicodeScalars.count)
        if s.hasPrefix("m"), ends(rest, "po") { return }
        w = rest
    }

    private static func iPlural(_ w: inout [Unicode.Scalar], p1: Int) {
        if let last = w.last, last == "i" || last == "j", w.count - 1 >= p1 { w.removeLast() }
    }

    private static func tPlural(_ w: inout [Unicode.Scalar], p1: Int, p2: Int) {
        guard w.count >= 2, w.last == "t", w.count - 2 >= p1, isV1(w[w.count - 2]) else { return }
        w.removeLast()
        guard let s = longest(w, ["mma", "imma"], limit: p2) else { return }
        let rest = before(w, s.unicodeScalars.count)
        if s == "mma", ends(rest, "po") { return }
        w = rest
    }

    private static func tidy(_ w: inout [Unicode.Scalar], p1: Int) {
        if isLong(w), w.count - 2 >= p1 { w.removeLast() }
        if w.count >= 2, w.count - 2 >= p1, "aäei".unicodeScalars.contains(w[w.count - 1]), isC(w[w.count - 2]) {
            w.removeLast()
        }
        if w.count >= 2, w.count - 2 >= p1, w[w.count - 1] == "j", w[w.count - 2] == "o" || w[w.count - 2] == "u" {
            w.removeLast()
        }
        if w.count >= 2, w.count - 2 >= p1, w[w.count - 1] == "o", w[w.count - 2] == "j" {
            w.removeLast()
        }
        // Undouble a consonant followed by zero or more vowels (eläkk → eläk); not limited to R1.
        var i = w.count - 1
        while i >= 0, isV1(w[i]) { i -= 1 }
        if i >= 1, isC(w[i]), w[i - 1] == w[i] { w.remove(at: i) }
    }

    /// Our gradation step: the final consonant cluster's weak and strong grades become one key
    /// (ht/hd → h, nt/nn → n, lt/ll → l, rt/rr → r, mp/mm → m, after undoubling; kk/pp/tt are
    /// already single), and -ks after a vowel → -s (yhdistyks → yhdistys). Only at the end of a stem of four letters or more (*laht*, *lahd*).
    private static func gradation(_ w: inout [Unicode.Scalar]) {
        guard w.count >= 4 else { return }
        let a = w[w.count - 2], b = w[w.count - 1]
        switch (a, b) {
        case ("h", "t"), ("h", "d"), ("n", "t"), ("l", "t"), ("r", "t"), ("m", "p"):
            w.removeLast()
        case ("k", "s") where w.count >= 5 && isV1(w[w.count - 3]):
            // The -s : -kse- words (yhdistys, yhdistyksen, yhdistyksille; kokous, kokouksessa).
            w.remove(at: w.count - 2)
        default:
            break
        }
    }
}
