/// A single-line text input: grapheme-aware cursor, Emacs-style keys, horizontal scrolling.
///
/// Keys (the same as `TextEditor`'s, listed in the help from `TextKeys`): Left/Right, Home/End,
/// Ctrl-A/Ctrl-E, Alt-b/Alt-f and Ctrl-←/→ (word), Backspace/Delete, Ctrl-W and Alt-Backspace
/// (word back), Alt-d (word forward), Ctrl-U (to start), Ctrl-K (to end), Ctrl-Z/Ctrl-Y (undo/redo),
/// Enter → `.submitted`, Esc → `.cancelled`. A paste is inserted literally with line breaks
/// turned into spaces; other control characters are never taken (`ControlCharacters`): a typed one
/// is refused and a paste loses them (the app says so on the status line).
public struct TextField: Equatable, Sendable {
    var chars: [Character]
    /// The cursor as a grapheme offset, 0...count.
    public internal(set) var cursor: Int
    /// At most this many graphemes; longer input and pastes are cut.
    public var maxLength: Int?
    /// Shown dim when the text is empty.
    public var placeholder: String?
    /// The whole text is selected, as when a form field is entered with Tab: the next typed
    /// character or paste replaces it, Backspace/Delete clear it, a cursor key keeps it.
    public var replacesOnType = false
    /// Undo history (see `TextField+Undo`).
    var undoStack: [TextFieldSnapshot] = []
    var redoStack: [TextFieldSnapshot] = []
    var openGroup: EditKind?
    var lastTypedWasSpace = false

    public init(text: String = "", placeholder: String? = nil, maxLength: Int? = nil) {
        self.maxLength = maxLength
        self.placeholder = placeholder
        var c = Array(GraphemeText.singleLine(text))
        if let maxLength, c.count > maxLength { c.removeLast(c.count - max(0, maxLength)) }
        chars = c
        cursor = c.count
    }

    /// The whole text. Setting it puts the cursor at the end.
    public var text: String {
        get { String(chars) }
        set {
            var c = Array(GraphemeText.singleLine(newValue))
            if let maxLength, c.count > maxLength { c.removeLast(c.count - max(0, maxLength)) }
            if c != chars { beginGroup(.structure); closeGroup() }   // a completion taken can be undone
            chars = c
            cursor = c.count
        }
    }

    public var isEmpty: Bool { chars.isEmpty }

    /// Moves the cursor to a grapheme offset (clamped).
    public mutating func moveCursor(to offset: Int) {
        cursor = min(max(0, offset), chars.count)
    }

    public mutating func handle(_ event: Event) -> WidgetResult {
        // Control characters are never taken, and taking none must not clear a selected text.
        var event = event
        if case .key(.char(let c)) = event, ControlCharacters.contains(String(c)) { return .handled }
        if case .paste(let pasted) = event {
            let kept = ControlCharacters.removed(from: pasted)
            guard !kept.isEmpty else { return .handled }
            event = .paste(kept)
        }
        if replacesOnType {
            replacesOnType = false
            switch event {
            case .paste, .key(.char):
                if !chars.isEmpty { beginGroup(.structure) }
                chars = []
                cursor = 0
            case .key(.backspace), .key(.delete):
                guard !chars.isEmpty else { return .handled }
                beginGroup(.structure); closeGroup()
                chars = []
                cursor = 0
                return .changed
            default: break
            }
        }
        switch event {
        case .paste(let pasted):
            if openGroup != .structure { beginGroup(.structure) }
            defer { closeGroup() }
            return insert(GraphemeText.singleLine(ControlCharacters.removed(from: pasted)))
        case .key(let key):
            return handle(key)
        default:
            return .ignored
        }
    }

    private mutating func handle(_ key: Key) -> WidgetResult {
        switch key {
        case .char(let c):
            guard !ControlCharacters.contains(String(c)) else { return .handled }
            typing(c)
            return insert(GraphemeText.singleLine(String(c)))
        case .left: return move(to: cursor - 1)
        case .right: return move(to: cursor + 1)
        case .home, .ctrl("a"): return move(to: 0)
        case .end, .ctrl("e"): return move(to: chars.count)
        case .alt("b"), .ctrlLeft: return move(to: GraphemeText.wordStart(before: cursor, in: chars))
        case .alt("f"), .ctrlRight: return move(to: GraphemeText.wordEnd(after: cursor, in: chars))
        case .backspace, .ctrl("h"): return delete(max(0, cursor - 1)..<cursor, kind: .deleteChar)
        case .delete, .ctrl("d"): return delete(cursor..<min(chars.count, cursor + 1), kind: .deleteChar)
        case .ctrl("w"), .altBackspace: return delete(GraphemeText.wordStart(before: cursor, in: chars)..<cursor, kind: .deleteWord)
        case .alt("d"): return delete(cursor..<GraphemeText.wordEnd(after: cursor, in: chars), kind: .deleteWord)
        case .ctrl("u"): return delete(0..<cursor, kind: .deleteWord)
        case .ctrl("k"): return delete(cursor..<chars.count, kind: .deleteWord)
        case .ctrl("z"): return undo() ? .changed : .handled
        case .ctrl("y"): return redo() ? .changed : .handled
        case .enter: return .submitted
        case .escape: return .cancelled
        default: return .ignored
        }
    }

    private mutating func move(to offset: Int) -> WidgetResult {
        closeGroup()
        cursor = min(max(0, offset), chars.count)
        return .handled
    }

    private mutating func insert(_ text: String) -> WidgetResult {
        guard !text.isEmpty else { return .handled }
        var piece = text
        if let maxLength {
            let room = maxLength - chars.count
            guard room > 0 else { return .handled }
            if piece.count > room { piece = String(piece.prefix(room)) }
        }
        cursor = GraphemeText.insert(piece, into: &chars, at: cursor)
        return .changed
    }

    private mutating func delete(_ range: Range<Int>, kind: EditKind) -> WidgetResult {
        guard !range.isEmpty else { return .handled }
        if openGroup != kind { beginGroup(kind) }
        if kind == .deleteWord { closeGroup() }
        chars.removeSubrange(range)
        cursor = range.lowerBound
        return .changed
    }

    // MARK: Drawing

    /// Draws the visible part of the text on the first row of `rect` in `.input` /
    /// `.inputFocused`, and places the terminal cursor when focused.
    public func render(into frame: inout Frame, in rect: Rect, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let role: StyleRole = focused ? .inputFocused : .input
        frame.fill(row, role: role)
        if chars.isEmpty {
            if let placeholder { frame.put(placeholder, x: row.x, y: row.y, role: .dim, clip: row) }
            if focused { frame.cursor = (row.x, row.y) }
            return
        }
        // Unfocused fields show the beginning, like a label would.
        let start = focused ? scrollColumn(width: row.width) : 0
        // Draw from the scroll column; a wide character cut by the left edge becomes a blank.
        var col = 0
        var visible = ""
        var x = row.x
        for c in chars {
            let w = TextLayout.width(of: c)
            if col >= start {
                visible.append(c)
            } else if col + w > start {
                x += col + w - start   // the cut right half stays blank
            }
            col += w
            if col - start >= row.width { break }
        }
        let selected = focused && replacesOnType
        frame.put(visible, x: x, y: row.y, role: selected ? .selection : role, clip: row)
        if focused {
            let cursorCol = TextLayout.width(chars[0..<cursor])
            frame.cursor = (row.x + min(cursorCol - start, row.width - 1), row.y)
        }
    }

    /// First visible column. Stateless so that `render` stays a pure function: the view jumps by
    /// half a width when the cursor leaves it (like readline's horizontal scroll mode), which keeps
    /// it steady while the cursor moves inside it.
    func scrollColumn(width: Int) -> Int {
        let total = TextLayout.width(chars)
        guard total + 1 > width, width > 1 else { return 0 }
        let cursorCol = TextLayout.width(chars[0..<cursor])
        let step = max(1, width / 2)
        let over = cursorCol - (width - 1)
        guard over > 0 else { return 0 }
        return ((over + step - 1) / step) * step
    }
}
