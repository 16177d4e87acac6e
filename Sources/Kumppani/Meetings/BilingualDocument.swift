import Foundation

/// A bilingual body's document, as bilingual counties print them: each heading and text in
/// Finnish, the Swedish right after it. Both versions are built from the same data by the same
/// code, so their blocks pair up one to one. The Swedish half already holds the Swedish texts
/// written beside the Finnish, or the missing marker (`DocumentTexts.bilingualSwedish`); a text
/// that has one version only (a name, a number, the live notes) prints once under both labels.
public enum BilingualDocument {
    public static func interleave(finnish: [DocumentBlock], swedish: [DocumentBlock]) -> [DocumentBlock] {
        // Defensive: blocks that do not pair up are printed one language after the other.
        guard finnish.count == swedish.count else { return finnish + swedish }
        var out: [DocumentBlock] = []
        for (fi, sv) in zip(finnish, swedish) {
            switch (fi, sv) {
            case _ where fi == sv:
                out.append(fi)
            case (.section, .section(_, let title)):
                // The § number once; the Swedish title right under the Finnish one.
                out += [fi, .section(number: nil, title: title)]
            case (.title, .title), (.heading, .heading):
                out += [fi, sv]
            case (.labeled(let fl, let ft), .labeled(let sl, let st)):
                out += ft == st ? [.labeled(pair(fl, sl), ft)] : [fi, sv]
            case (.fields(let ff), .fields(let sf)) where ff.count == sf.count:
                out.append(.fields(zip(ff, sf).map { .init(pair($0.label, $1.label), pair($0.value, $1.value, lines: true)) }))
            case (.list(let fl, let fe), .list(let sl, let se)) where fe.count == se.count:
                out.append(.list(label: pair(fl, sl), entries: zip(fe, se).map { .init(pair($0.text, $1.text), struck: $0.struck) }))
            case (.table(let fh, let fr), .table(let sh, let sr)) where fh.count == sh.count && fr.count == sr.count:
                out.append(.table(headers: zip(fh, sh).map { pair($0, $1) },
                                  rows: zip(fr, sr).map { zip($0, $1).map { pair($0, $1) } }))
            case (.signatures(let fi, let fc), .signatures(let si, let sc)) where fc.count == sc.count:
                out.append(.signatures(intro: pair(fi, si, lines: true), captions: zip(fc, sc).map { pair($0, $1) }))
            default:
                out += [fi, sv]
            }
        }
        return out
    }

    /// `Päätös / Beslut`; a text the same in both (a name, a date) once.
    static func pair(_ fi: String, _ sv: String, lines: Bool = false) -> String {
        if fi == sv || sv.isEmpty { return fi }
        if fi.isEmpty { return sv }
        return fi + (lines ? "\n" : " / ") + sv
    }
}
