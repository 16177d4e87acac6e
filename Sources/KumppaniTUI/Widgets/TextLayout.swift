/// Horizontal placement of text inside a column.
public enum TextAlignment: Sendable {
    case left, right, center
}

/// Width-aware text helpers used by every view: truncate, pad, wrap.
/// Widths are *as drawn*: a control character counts as its one-column stand-in,
/// because `Frame.put` draws it that way.
public enum TextLayout {
    /// Columns one grapheme takes on screen.
    @inline(__always)
    public static func width(of character: Character) -> Int {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        return DisplayWidth.of(TerminalSafe.standIn(for: character) ?? character)
    }

    /// Columns a string takes on screen.
    public static func width(_ text: String) -> Int {
        var total = 0
        for c in text { total += width(of: c) }
        return total
    }

    public static func width<C: Collection>(_ characters: C) -> Int where C.Element == Character {
        var total = 0
        for c in characters { total += width(of: c) }
        return total
    }

    /// The text cut to at most `width` columns, ending in `ellipsis` when something was cut.
    /// A wide character is never split: the result may be one column narrower.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if self.width(text) <= width { return text }
        let ellipsisWidth = self.width(ellipsis)
        guard ellipsisWidth <= width else { return "" }
        var out = ""
        var used = 0
        for c in text {
            let w = self.width(of: c)
            if used + w > width - ellipsisWidth { break }
            out.append(c)
            used += w
        }
        return out + ellipsis
    }

    /// The text truncated (with an ellipsis) and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, to: width)
        let gap = width - self.width(cut)
        guard gap > 0 else { return cut }
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }

    /// Word-wraps text to `width` columns. Newlines start new lines; words longer than the
    /// width are broken hard; spaces at a break are dropped. Always at least one line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let chars = Array(paragraph)
            let starts = lineStarts(chars, width: width)
            for (i, start) in starts.enumerated() {
                let end = i + 1 < starts.count ? starts[i + 1] : chars.count
                var line = String(chars[start..<end])
                while line.last == " " { line.removeLast() }
                lines.append(line)
            }
        }
        return lines.isEmpty ? [""] : lines
    }

    /// Where each visual line of a paragraph starts (grapheme offsets; the first is 0).
    /// Greedy word wrap: a word moves to the next line when its letters do not fit;
    /// spaces after a word stay on its line even past the edge (they are not drawn).
    public static func lineStarts(_ chars: [Character], width: Int) -> [Int] {
        var starts = [0]
        guard width > 0, !chars.isEmpty else { return starts }
        var lineStart = 0
        var used = 0          // columns of letters on the current line, spaces included
        var i = 0
        while i < chars.count {
            // One token: a run of non-spaces, then its run of spaces.
            var wordEnd = i
            var wordWidth = 0
            while wordEnd < chars.count, chars[wordEnd] != " " {
                wordWidth += TextLayout.width(of: chars[wordEnd]); wordEnd += 1
            }
            var spaceEnd = wordEnd
            while spaceEnd < chars.count, chars[spaceEnd] == " " { spaceEnd += 1 }
            if used + wordWidth <= width {
                used += wordWidth + (spaceEnd - wordEnd)
                i = spaceEnd
                continue
            }
            if used > 0 {
                // Move the word to a new line.
                lineStart = i; starts.append(lineStart)
                used = 0
                if wordWidth <= width { continue }
            }
            // Too long for any line: break it hard.
            var j = i
            while j < wordEnd {
                let w = TextLayout.width(of: chars[j])
                if used + w > width && j > lineStart {
                    lineStart = j; starts.append(lineStart); used = 0
                }
                used += w
                j += 1
            }
            used += spaceEnd - wordEnd
            i = spaceEnd
        }
        return starts
    }
}
