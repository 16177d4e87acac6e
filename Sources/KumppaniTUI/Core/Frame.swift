/// One terminal cell: a grapheme, its display width and what it means.
/// The right half of a wide character is a continuation cell with empty text and width 0.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: UInt8
    public var role: StyleRole

    public init(text: String = " ", width: UInt8 = 1, role: StyleRole = .normal) {
        self.text = text; self.width = width; self.role = role
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}

/// A grid of cells that views draw into. Every write is clipped to the frame (and to an
/// optional clip rectangle), never splits a wide character, and replaces control characters.
public struct Frame: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (a focused text field), or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.width * size.height))
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Writes text from (x, y) within `clip` (default: the frame), at most `maxWidth` columns.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .normal,
                             maxWidth: Int? = nil, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard y >= area.y, y < area.maxY, y >= 0, y < size.height else { return 0 }
        let limit = min(area.maxX, size.width, maxWidth.map { x + $0 } ?? Int.max)
        var col = x
        for character in text {
            let safe = TerminalSafe.standIn(for: character) ?? character
            let w = DisplayWidth.of(safe)
            if w == 0 {
                // A lone combining mark or zero-width scalar: attach to the previous cell's grapheme.
                if col > x, col - 1 >= max(area.x, 0) { appendToPrevious(x: col - 1, y: y, safe) }
                continue
            }
            if col + w > limit { break }            // never split a wide character at the edge
            if col >= max(area.x, 0) {
                setCell(x: col, y: y, Cell(text: String(safe), width: UInt8(w), role: role))
                if w == 2 { setCell(x: col + 1, y: y, Cell(text: "", width: 0, role: role)) }
            } else if w == 2 && col + 1 >= max(area.x, 0) {
                // The left half falls outside the clip: show a space in the right half.
                setCell(x: col + 1, y: y, Cell(text: " ", width: 1, role: role))
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Fills a rectangle with a character (default: blank) in a role.
    public mutating func fill(_ rect: Rect, role: StyleRole = .normal, with character: Character = " ") {
        let r = clipped(rect)
        guard !r.isEmpty else { return }
        let cell = Cell(text: String(character), width: 1, role: role)
        for yy in r.y..<r.maxY {
            for xx in r.x..<r.maxX { setCell(x: xx, y: yy, cell) }
        }
    }

    /// Changes the role of every cell in a rectangle, keeping the text (selection bars).
    public mutating func paint(_ rect: Rect, role: StyleRole) {
        let r = clipped(rect)
        guard !r.isEmpty else { return }
        for yy in r.y..<r.maxY {
            for xx in r.x..<r.maxX { cells[yy * size.width + xx].role = role }
        }
    }

    private func clipped(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    private mutating func setCell(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let i = y * size.width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[i].isContinuation, x > 0, cells[i - 1].width == 2 {
            cells[i - 1] = Cell(text: " ", width: 1, role: cells[i - 1].role)
        }
        if cells[i].width == 2, x + 1 < size.width, cell.width != 2 {
            cells[i + 1] = Cell(text: " ", width: 1, role: cells[i + 1].role)
        }
        cells[i] = cell
    }

    private mutating func appendToPrevious(x: Int, y: Int, _ mark: Character) {
        var xx = x
        while xx > 0 && self[xx, y].isContinuation { xx -= 1 }
        guard xx >= 0, xx < size.width, y < size.height else { return }
        let i = y * size.width + xx
        let combined = cells[i].text + String(mark)
        // Only keep it when it still forms one grapheme (a real combining sequence).
        if combined.count == 1 { cells[i].text = combined }
    }

    /// Copies the rows `sourceY..<sourceY + rect.height` of `source` into `rect` (a scrolled
    /// window onto content drawn once at full height).
    public mutating func copy(from source: Frame, sourceY: Int, into rect: Rect) {
        let target = clipped(rect)
        for row in 0..<target.height {
            let sy = sourceY + (target.y - rect.y) + row
            guard sy >= 0, sy < source.size.height else { continue }
            for col in 0..<target.width {
                let sx = (target.x - rect.x) + col
                guard sx < source.size.width else { break }
                setCell(x: target.x + col, y: target.y + row, source[sx, sy])
            }
        }
    }

    /// One row as text, trailing blanks removed.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var s = ""
        for x in 0..<size.width { s += cells[y * size.width + x].text }
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// The whole screen as text, one line per row (the headless dump format).
    public var text: String {
        (0..<size.height).map(line).joined(separator: "\n")
    }

    public static func == (a: Frame, b: Frame) -> Bool {
        a.size == b.size && a.cells == b.cells && a.cursorX == b.cursorX && a.cursorY == b.cursorY
    }
}
