/// A place in a `TextEditor` document: a paragraph and a grapheme offset inside it.
public struct TextPosition: Equatable, Comparable, Sendable {
    public var paragraph: Int
    public var offset: Int
    public init(paragraph: Int, offset: Int) { self.paragraph = paragraph; self.offset = offset }
    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.paragraph, a.offset) < (b.paragraph, b.offset)
    }
}

/// A multi-line editor for long texts (live meeting minutes): soft word wrap, grapheme cursor,
/// visual-line movement, undo/redo grouped by word, literal bracketed paste.
///
/// Built to stay fast on a 30-page document: paragraphs are separate arrays of graphemes, their
/// wrapped line starts are cached at the viewport width, and an edit re-wraps only its paragraph.
/// Scrolling and movement walk at most a screenful of lines from the cursor.
///
/// Call `setViewport(width:height:)` with the text rect before handling keys (it is cheap when
/// nothing changed), so Up/Down and PgUp/PgDn know the wrap width and page height.
public struct TextEditor: Sendable {
    /// The document; every change to the text goes through `Paragraphs`, which keeps `text` cached.
    var paragraphs: Paragraphs
    /// Line starts of each paragraph wrapped at `wrapWidth`; an empty array means "stale".
    var wraps: [[Int]]
    var wrapWidth: Int = 80
    var viewHeight: Int = 20
    /// The cursor. Always valid.
    public internal(set) var cursor = TextPosition(paragraph: 0, offset: 0)
    /// The column Up/Down try to keep, set by the first vertical move.
    var goalColumn: Int?
    /// The first visual line shown (offset = visual line index inside the paragraph).
    var top = TextPosition(paragraph: 0, offset: 0)
    /// Grows by one with every change to the text (edits, undo, redo): the app autosaves when it moved.
    public internal(set) var revision = 0
    /// Shown dim when the document is empty.
    public var placeholder: String?

    var undoStack: [EditorSnapshot] = []
    var redoStack: [EditorSnapshot] = []
    var openGroup: EditKind?
    var lastTypedWasSpace = false
    static let undoLimit = 500

    public init(text: String = "", placeholder: String? = nil) {
        self.placeholder = placeholder
        paragraphs = Paragraphs()
        wraps = [[]]
        setText(text)
    }

    /// The whole document, paragraphs joined by "\n". Setting it (loading a document) moves the
    /// cursor to the start and clears undo history; it does not count as an edit.
    public var text: String {
        // A join of the paragraphs' cached UTF-8 (see `Paragraphs`): the autosave reads it after
        // every key, and building it from 100,000 `Character`s took ~1.5 ms (kumppani-bench).
        get { paragraphs.joined }
        set { setText(newValue) }
    }

    public var paragraphCount: Int { paragraphs.count }
    public var isEmpty: Bool { paragraphs.count == 1 && paragraphs[0].isEmpty }

    private mutating func setText(_ text: String) {
        paragraphs = Paragraphs(Self.splitParagraphs(text))
        wraps = Array(repeating: [], count: paragraphs.count)
        cursor = TextPosition(paragraph: 0, offset: 0)
        top = cursor
        goalColumn = nil
        undoStack = []; redoStack = []; openGroup = nil
    }

    /// Splits at "\n", "\r\n" and "\r" (one grapheme each in Swift); tabs become four spaces.
    static func splitParagraphs(_ text: String) -> [[Character]] {
        var result: [[Character]] = []
        var current: [Character] = []
        for c in text {
            switch c {
            case "\n", "\r\n", "\r": result.append(current); current = []
            case "\t": current.append(contentsOf: "    ")
            default: current.append(c)
            }
        }
        result.append(current)
        return result
    }

    /// Tells the editor the size of its text area. Re-wraps lazily when the width changed.
    public mutating func setViewport(width: Int, height: Int) {
        let width = max(1, width)
        if width != wrapWidth {
            wrapWidth = width
            wraps = Array(repeating: [], count: paragraphs.count)
        }
        viewHeight = max(1, height)
        scrollToCursor()
    }

    /// Moves the cursor (clamped), e.g. to jump to a search hit.
    public mutating func moveCursor(to position: TextPosition) {
        let p = min(max(0, position.paragraph), paragraphs.count - 1)
        cursor = TextPosition(paragraph: p, offset: min(max(0, position.offset), paragraphs[p].count))
        goalColumn = nil
        closeGroup()
        scrollToCursor()
    }

    // MARK: Events

    public mutating func handle(_ event: Event) -> WidgetResult {
        switch event {
        case .key(let key):
            let result = handle(key)
            if result != .ignored { scrollToCursor() }
            return result
        case .paste(let text):
            paste(text)
            scrollToCursor()
            return .changed
        case .tick:
            closeGroup()        // a pause ends the typing run
            return .ignored
        case .resize:
            return .ignored
        }
    }

    private mutating func handle(_ key: Key) -> WidgetResult {
        let vertical: Bool
        switch key {
        case .up, .down, .pageUp, .pageDown: vertical = true
        default: vertical = false
        }
        if !vertical { goalColumn = nil }
        switch key {
        case .char(let c):
            if c == "\n" || c == "\r" || c == "\r\n" { splitParagraph(); return .changed }
            guard !ControlCharacters.contains(String(c)) else { return .handled }   // refused; the app says so
            type(c)
            return .changed
        case .enter:
            splitParagraph(); return .changed
        case .backspace, .ctrl("h"):
            return deleteBackward()
        case .delete, .ctrl("d"):
            return deleteForward()
        case .ctrl("w"), .altBackspace:
            return deleteInParagraph(from: GraphemeText.wordStart(before: cursor.offset, in: paragraphs[cursor.paragraph]),
                                     to: cursor.offset, kind: .deleteWord)
        case .alt("d"):
            return deleteInParagraph(from: cursor.offset,
                                     to: GraphemeText.wordEnd(after: cursor.offset, in: paragraphs[cursor.paragraph]),
                                     kind: .deleteWord)
        case .ctrl("u"):
            return deleteInParagraph(from: 0, to: cursor.offset, kind: .deleteWord)
        case .ctrl("k"):
            if cursor.offset == paragraphs[cursor.paragraph].count { return deleteForward() }
            return deleteInParagraph(from: cursor.offset, to: paragraphs[cursor.paragraph].count, kind: .deleteWord)
        case .ctrl("z"):
            return undo() ? .changed : .handled
        case .ctrl("y"):
            return redo() ? .changed : .handled
        case .left: moveLeft()
        case .right: moveRight()
        case .up: moveVertically(by: -1)
        case .down: moveVertically(by: 1)
        case .pageUp: moveVertically(by: -max(1, viewHeight - 1)); scrollBy(-max(1, viewHeight - 1))
        case .pageDown: moveVertically(by: max(1, viewHeight - 1)); scrollBy(max(1, viewHeight - 1))
        case .home, .ctrl("a"): moveToLineEdge(end: false)
        case .end, .ctrl("e"): moveToLineEdge(end: true)
        case .alt("b"), .ctrlLeft: moveWord(forward: false)
        case .alt("f"), .ctrlRight: moveWord(forward: true)
        case .alt("<"): cursor = TextPosition(paragraph: 0, offset: 0)
        case .alt(">"): cursor = TextPosition(paragraph: paragraphs.count - 1, offset: paragraphs[paragraphs.count - 1].count)
        default:
            return .ignored
        }
        closeGroup()
        return .handled
    }

    // MARK: Editing

    private mutating func type(_ c: Character) {
        let isSpace = c == " " || c == "\t"
        // A new undo step begins with each word: at the first letter after a space.
        if openGroup != .typing || (lastTypedWasSpace && !isSpace) { beginGroup(.typing) }
        lastTypedWasSpace = isSpace
        insertInParagraph(String(isSpace ? " " : c))
    }

    private mutating func insertInParagraph(_ text: String) {
        let p = cursor.paragraph
        cursor.offset = GraphemeText.insert(text, into: &paragraphs[p], at: cursor.offset)
        touched(p)
    }

    private mutating func splitParagraph() {
        beginGroup(.structure)
        let p = cursor.paragraph
        let tail = Array(paragraphs[p][cursor.offset...])
        paragraphs[p].removeSubrange(cursor.offset...)
        paragraphs.insert(tail, at: p + 1)
        wraps.insert([], at: p + 1)
        touched(p)
        cursor = TextPosition(paragraph: p + 1, offset: 0)
        closeGroup()
    }

    private mutating func deleteBackward() -> WidgetResult {
        if cursor.offset > 0 {
            return deleteInParagraph(from: cursor.offset - 1, to: cursor.offset, kind: .deleteChar)
        }
        guard cursor.paragraph > 0 else { return .handled }
        beginGroup(.structure)
        let p = cursor.paragraph
        let joinAt = paragraphs[p - 1].count
        let moved = paragraphs.remove(at: p)
        wraps.remove(at: p)
        cursor = TextPosition(paragraph: p - 1, offset: GraphemeText.insert(String(moved), into: &paragraphs[p - 1], at: joinAt))
        cursor.offset = min(joinAt, paragraphs[p - 1].count)
        touched(p - 1)
        closeGroup()
        return .changed
    }

    private mutating func deleteForward() -> WidgetResult {
        let p = cursor.paragraph
        if cursor.offset < paragraphs[p].count {
            return deleteInParagraph(from: cursor.offset, to: cursor.offset + 1, kind: .deleteChar)
        }
        guard p + 1 < paragraphs.count else { return .handled }
        beginGroup(.structure)
        let moved = paragraphs.remove(at: p + 1)
        wraps.remove(at: p + 1)
        let keep = cursor.offset
        _ = GraphemeText.insert(String(moved), into: &paragraphs[p], at: keep)
        cursor.offset = min(keep, paragraphs[p].count)
        touched(p)
        closeGroup()
        return .changed
    }

    private mutating func deleteInParagraph(from: Int, to: Int, kind: EditKind) -> WidgetResult {
        guard from < to else { return .handled }
        if openGroup != kind { beginGroup(kind) }
        let p = cursor.paragraph
        paragraphs[p].removeSubrange(from..<to)
        cursor.offset = from
        touched(p)
        if kind == .deleteWord { closeGroup() }
        return .changed
    }

    /// Inserts pasted text literally; its line breaks make new paragraphs. One undo step.
    /// Control characters other than tab and line breaks are left out (`ControlCharacters`).
    mutating func paste(_ pasted: String) {
        let text = ControlCharacters.removed(from: pasted)
        guard !text.isEmpty else { return }
        beginGroup(.structure)
        let pieces = Self.splitParagraphs(text)
        let p = cursor.paragraph
        if pieces.count == 1 {
            insertInParagraph(String(pieces[0]))
        } else {
            let tail = Array(paragraphs[p][cursor.offset...])
            paragraphs[p].removeSubrange(cursor.offset...)
            _ = GraphemeText.insert(String(pieces[0]), into: &paragraphs[p], at: paragraphs[p].count)
            var middle = Array(pieces.dropFirst())
            let lastIndex = middle.count - 1
            let cursorOffset = middle[lastIndex].count
            _ = GraphemeText.insert(String(tail), into: &middle[lastIndex], at: cursorOffset)
            paragraphs.insert(contentsOf: middle, at: p + 1)
            wraps.insert(contentsOf: Array(repeating: [], count: middle.count), at: p + 1)
            touched(p)
            cursor = TextPosition(paragraph: p + middle.count, offset: min(cursorOffset, paragraphs[p + middle.count].count))
        }
        closeGroup()
    }

    /// Marks a paragraph edited: its wrap is stale and the document has a new revision.
    mutating func touched(_ p: Int) {
        wraps[p] = []
        revision &+= 1
    }
}
