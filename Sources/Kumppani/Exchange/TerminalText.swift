/// The one rule for what data may reach a terminal: C0 controls become their control pictures
/// (␀…␟), DEL becomes ␡, C1 and bidi controls become U+FFFD. The UI's Frame writer uses it for
/// every cell (`TerminalSafe` in KumppaniTUI), and the command line for what it prints when
/// standard output or error is a terminal: an association named `ESC ]52;…BEL` must not set the
/// clipboard from `kumppani export associations`.
public enum TerminalText {
    /// The visible stand-in for a scalar a terminal could act on, or nil when it is safe.
    public static func standIn(for scalar: Unicode.Scalar) -> Character? {
        let v = scalar.value
        if v < 0x20 { return Character(Unicode.Scalar(0x2400 + v)!) }   // ␀…␟ control pictures
        if v == 0x7F { return "\u{2421}" }                               // ␡
        if v >= 0x80 && v < 0xA0 { return "\u{FFFD}" }                   // C1 controls
        if isBidiControl(v) { return "\u{FFFD}" }
        return nil
    }

    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// Text for a terminal that keeps its layout: tabs, line feeds and CR LF line ends stay, every
    /// other control is shown as its stand-in. Invalid UTF-8 becomes U+FFFD.
    public static func forTerminal(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        var out = String()
        out.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let keep = scalar == "\t" || scalar == "\n" || (scalar == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n")
            if !keep, let standIn = standIn(for: scalar) { out.append(standIn) } else { out.unicodeScalars.append(scalar) }
        }
        return Array(out.utf8)
    }

    public static func forTerminal(_ text: String) -> String {
        String(decoding: forTerminal(Array(text.utf8)), as: UTF8.self)
    }
}
