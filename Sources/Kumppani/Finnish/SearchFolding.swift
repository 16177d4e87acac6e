import Foundation

/// Text folding for search, applied alike to stored text and to what the user types.
public enum SearchFolding {
    /// Lower case with å, ä and ö kept as the letters they are (`Sää` and `saa` differ), for
    /// exact matching. Other accents are removed (`Café` → `cafe`, `Müller` → `muller`), `æ`
    /// and `ø` become `ä` and `ö`, and the text is in composed form (NFC), so an `ä` typed as
    /// `a` + combining diaeresis matches.
    public static func fold(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy(\.isASCII) { return text.lowercased() }
        var out = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.isASCII {
                out.append(scalar)
            } else if let kept = kept[scalar] {
                out.append(kept)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                where part.properties.generalCategory != .nonspacingMark {
                    out.append(part)
                }
            }
        }
        return String(out)
    }

    /// `fold`, then also ä → a, ö → o, å → a: the fallback when someone types without the
    /// Finnish letters (`aanekoski` finds *Äänekoski*).
    public static func foldAll(_ text: String) -> String {
        String(String.UnicodeScalarView(fold(text).unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "ä", "å": return "a"
            case "ö": return "o"
            default: return scalar
            }
        }))
    }

    private static let kept: [Unicode.Scalar: Unicode.Scalar] = [
        "å": "å", "ä": "ä", "ö": "ö", "æ": "ä", "ø": "ö",
    ]
}
