/// The characters no text field takes: C0 controls other than tab and line breaks, DEL and the
/// C1 controls. A NUL used to cut the text where SQLite read it as a C string (issue 15), and the
/// others are never wanted in a name or in the minutes.
///
/// A typed control character is refused; a paste keeps its other text and loses only these,
/// and the app says so on the status line (`App.refuseControlCharacters`): nothing is cut silently.
public enum ControlCharacters {
    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (v >= 0x7F && v <= 0x9F)
    }

    public static func contains(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isRefused)
    }

    /// How many refused characters `text` holds and the first one as `U+0000`; nil when none.
    public static func found(in text: String) -> (count: Int, first: String)? {
        var count = 0
        var first: Unicode.Scalar?
        for scalar in text.unicodeScalars where isRefused(scalar) {
            count += 1
            if first == nil { first = scalar }
        }
        guard let first else { return nil }
        return (count, codePoint(first))
    }

    /// `text` without the refused characters (unchanged when it has none).
    public static func removed(from text: String) -> String {
        guard contains(text) else { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isRefused(scalar) { kept.append(scalar) }
        return String(kept)
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
