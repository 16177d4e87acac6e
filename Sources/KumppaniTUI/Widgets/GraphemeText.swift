/// Editing helpers over an array of grapheme clusters, shared by `TextField` and `TextEditor`.
enum GraphemeText {
    /// Inserts `text` at `index` and returns the new cursor. Re-forms graphemes around the
    /// insertion, so a combining mark typed after "a" becomes part of "á" (one cursor step).
    static func insert(_ text: String, into chars: inout [Character], at index: Int) -> Int {
        let index = min(max(0, index), chars.count)
        // Only the neighbours can merge with the inserted text; re-segment that window.
        let lo = max(0, index - 1), hi = min(chars.count, index + 1)
        let head = String(chars[lo..<index]) + text
        let window = Array(head + String(chars[index..<hi]))
        chars.replaceSubrange(lo..<hi, with: window)
        // The cursor goes after the inserted text; if it merged with the right neighbour, after that.
        let headCount = head.count
        return lo + min(headCount, window.count)
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_"
    }

    /// Start of the word at or before `index` (Alt-b, Ctrl-W).
    static func wordStart(before index: Int, in chars: [Character]) -> Int {
        var i = min(index, chars.count)
        while i > 0, !isWordCharacter(chars[i - 1]) { i -= 1 }
        while i > 0, isWordCharacter(chars[i - 1]) { i -= 1 }
        return i
    }

    /// End of the word at or after `index` (Alt-f, Alt-d).
    static func wordEnd(after index: Int, in chars: [Character]) -> Int {
        var i = max(0, index)
        while i < chars.count, !isWordCharacter(chars[i]) { i += 1 }
        while i < chars.count, isWordCharacter(chars[i]) { i += 1 }
        return i
    }

    /// Pasted or typed text made safe for one line: line breaks and tabs become spaces.
    static func singleLine(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            if c == "\n" || c == "\r\n" || c == "\r" || c == "\t" { out.append(" ") } else { out.append(c) }
        }
        return out
    }
}
