/// Wrapping, visual-line movement, scrolling and drawing for `TextEditor`.
/// A visual line is written as a `TextPosition` whose `offset` is the line's index in its paragraph.
extension TextEditor {
    /// Line starts of paragraph `p` at `width`: from the cache when it is fresh, else computed.
    func lineStarts(_ p: Int, width: Int) -> [Int] {
        if width == wrapWidth, !wraps[p].isEmpty { return wraps[p] }
        return TextLayout.lineStarts(paragraphs[p], width: width)
    }

    /// Fills stale cache entries for the paragraphs a screenful around `p` can reach
    /// (every paragraph has at least one line), so walking lines never wraps far away.
    mutating func warmCache(around p: Int) {
        let lo = max(0, p - viewHeight - 1), hi = min(paragraphs.count, p + viewHeight + 2)
        for i in lo..<hi where wraps[i].isEmpty {
            wraps[i] = TextLayout.lineStarts(paragraphs[i], width: wrapWidth)
        }
    }

    static func lineIndex(of offset: Int, in starts: [Int]) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {          // the last start <= offset
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    func visualLine(of position: TextPosition, width: Int) -> TextPosition {
        let starts = lineStarts(position.paragraph, width: width)
        return TextPosition(paragraph: position.paragraph, offset: Self.lineIndex(of: position.offset, in: starts))
    }

    func next(_ line: TextPosition, width: Int) -> TextPosition? {
        if line.offset + 1 < lineStarts(line.paragraph, width: width).count {
            return TextPosition(paragraph: line.paragraph, offset: line.offset + 1)
        }
        return line.paragraph + 1 < paragraphs.count ? TextPosition(paragraph: line.paragraph + 1, offset: 0) : nil
    }

    func previous(_ line: TextPosition, width: Int) -> TextPosition? {
        if line.offset > 0 { return TextPosition(paragraph: line.paragraph, offset: line.offset - 1) }
        guard line.paragraph > 0 else { return nil }
        return TextPosition(paragraph: line.paragraph - 1, offset: lineStarts(line.paragraph - 1, width: width).count - 1)
    }

    /// The grapheme range of a visual line.
    func range(of line: TextPosition, width: Int) -> Range<Int> {
        let starts = lineStarts(line.paragraph, width: width)
        let start = starts[line.offset]
        let end = line.offset + 1 < starts.count ? starts[line.offset + 1] : paragraphs[line.paragraph].count
        return start..<end
    }

    /// The cursor's column inside its visual line.
    func cursorColumn(width: Int) -> Int {
        let r = range(of: visualLine(of: cursor, width: width), width: width)
        return TextLayout.width(paragraphs[cursor.paragraph][r.lowerBound..<cursor.offset])
    }

    /// The offset in a visual line nearest to (not past) a column. On a wrapped line the last
    /// position is before its final grapheme, so the cursor stays on that line.
    func offset(in line: TextPosition, column: Int, width: Int) -> Int {
        let r = range(of: line, width: width)
        let isLast = line.offset + 1 == lineStarts(line.paragraph, width: width).count
        let limit = isLast ? r.upperBound : max(r.lowerBound, r.upperBound - 1)
        var col = 0
        var i = r.lowerBound
        let chars = paragraphs[line.paragraph]
        while i < limit {
            let w = TextLayout.width(of: chars[i])
            if col + w > column { break }
            col += w; i += 1
        }
        return i
    }

    // MARK: Movement

    mutating func moveLeft() {
        if cursor.offset > 0 { cursor.offset -= 1 } else if cursor.paragraph > 0 {
            cursor.paragraph -= 1; cursor.offset = paragraphs[cursor.paragraph].count
        }
    }

    mutating func moveRight() {
        if cursor.offset < paragraphs[cursor.paragraph].count { cursor.offset += 1 } else if cursor.paragraph + 1 < paragraphs.count {
            cursor.paragraph += 1; cursor.offset = 0
        }
    }

    mutating func moveVertically(by lines: Int) {
        warmCache(around: cursor.paragraph)
        let goal = goalColumn ?? cursorColumn(width: wrapWidth)
        goalColumn = goal
        var line = visualLine(of: cursor, width: wrapWidth)
        for _ in 0..<abs(lines) {
            guard let moved = lines < 0 ? previous(line, width: wrapWidth) : next(line, width: wrapWidth) else {
                // Past the first or last line: go to the very start or end.
                cursor = lines < 0 ? TextPosition(paragraph: 0, offset: 0)
                    : TextPosition(paragraph: paragraphs.count - 1, offset: paragraphs[paragraphs.count - 1].count)
                return
            }
            line = moved
            if abs(line.paragraph - cursor.paragraph) > viewHeight { warmCache(around: line.paragraph) }
        }
        cursor = TextPosition(paragraph: line.paragraph, offset: offset(in: line, column: goal, width: wrapWidth))
    }

    mutating func moveToLineEdge(end: Bool) {
        warmCache(around: cursor.paragraph)
        let line = visualLine(of: cursor, width: wrapWidth)
        cursor.offset = end ? offset(in: line, column: Int.max, width: wrapWidth) : range(of: line, width: wrapWidth).lowerBound
    }

    mutating func moveWord(forward: Bool) {
        let chars = paragraphs[cursor.paragraph]
        if forward {
            if cursor.offset == chars.count { moveRight() } else { cursor.offset = GraphemeText.wordEnd(after: cursor.offset, in: chars) }
        } else {
            if cursor.offset == 0 { moveLeft() } else { cursor.offset = GraphemeText.wordStart(before: cursor.offset, in: chars) }
        }
    }

    // MARK: Scrolling

    /// Moves the first shown line by `lines` (PgUp/PgDn), before the cursor is made visible.
    mutating func scrollBy(_ lines: Int) {
        warmCache(around: top.paragraph)
        for _ in 0..<abs(lines) {
            guard let moved = lines < 0 ? previous(top, width: wrapWidth) : next(top, width: wrapWidth) else { break }
            top = moved
        }
    }

    /// Scrolls as little as possible so that the cursor's line is on screen.
    mutating func scrollToCursor() {
        warmCache(around: cursor.paragraph)
        if top.paragraph >= paragraphs.count || top.paragraph < 0 { top = TextPosition(paragraph: cursor.paragraph, offset: 0) }
        top = Self.top(keeping: visualLine(of: cursor, width: wrapWidth), visible: top, height: viewHeight) {
            self.lineStarts($0, width: self.wrapWidth).count
        } previous: { self.previous($0, width: self.wrapWidth) }
    }

    /// The top line that shows `line` within `height` rows, starting from `current`.
    static func top(keeping line: TextPosition, visible current: TextPosition, height: Int,
                    lineCount: (Int) -> Int, previous: (TextPosition) -> TextPosition?) -> TextPosition {
        var top = current
        if top.offset >= lineCount(top.paragraph) { top.offset = 0 }
        if line < top { return line }
        // Walk up from the cursor line: if `top` is reached within the screen, keep it.
        var probe = line
        for _ in 0..<(max(1, height) - 1) {
            if probe == top { return top }
            guard let up = previous(probe) else { return probe }
            probe = up
        }
        return probe == top ? top : probe
    }

    // MARK: Drawing

    /// Draws the visible lines into `rect` and places the terminal cursor when focused.
    public func render(into frame: inout Frame, in rect: Rect, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        frame.fill(rect, role: .normal)
        if isEmpty, let placeholder {
            for (i, line) in TextLayout.wrap(placeholder, width: rect.width).prefix(rect.height).enumerated() {
                frame.put(line, x: rect.x, y: rect.y + i, role: .dim, clip: rect)
            }
            if focused { frame.cursor = (rect.x, rect.y) }
            return
        }
        let width = rect.width
        let cursorLine = visualLine(of: cursor, width: width)
        // The stored scroll fits the viewport the app told us; recheck for this rect.
        var first = top
        // Drawn at another width than the keys wrap at (a form's multi-line field): scroll from the
        // top, so the lines before the cursor show while they fit.
        if width != wrapWidth || first.paragraph >= paragraphs.count { first = TextPosition(paragraph: 0, offset: 0) }
        first = Self.top(keeping: cursorLine, visible: first, height: rect.height) {
            self.lineStarts($0, width: width).count
        } previous: { self.previous($0, width: width) }
        var line: TextPosition? = first
        for row in 0..<rect.height {
            guard let current = line else { break }
            let r = range(of: current, width: width)
            let chars = paragraphs[current.paragraph]
            frame.put(String(chars[r]), x: rect.x, y: rect.y + row, clip: rect)
            if focused && current == cursorLine {
                let col = TextLayout.width(chars[r.lowerBound..<cursor.offset])
                frame.cursor = (rect.x + min(col, width - 1), rect.y + row)
            }
            line = next(current, width: width)
        }
    }
}
