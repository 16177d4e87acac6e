/// A minimal one-line text input for the palette and the prompt dialog.
/// Stand-in until the widgets' `TextField` is merged; used only in `CommandPalette` and `Dialogs`.
struct LineInput: Equatable, Sendable {
    private(set) var characters: [Character] = []
    /// Cursor position as an index into `characters` (0...count).
    private(set) var cursor = 0

    init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    var text: String { String(characters) }

    mutating func insert(_ c: Character) {
        characters.insert(c, at: cursor)
        cursor += 1
    }

    /// Pasted text goes in literally; line breaks and tabs become spaces (this is one line).
    mutating func paste(_ s: String) {
        for c in s {
            insert(c == "\n" || c == "\r\n" || c == "\r" || c == "\t" ? " " : c)
        }
    }

    mutating func backspace() {
        guard cursor > 0 else { return }
        cursor -= 1
        characters.remove(at: cursor)
    }

    mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    mutating func left() { cursor = max(0, cursor - 1) }
    mutating func right() { cursor = min(characters.count, cursor + 1) }
    mutating func home() { cursor = 0 }
    mutating func end() { cursor = characters.count }

    /// Applies an editing key; false when the key is not an editing key.
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(c)
        case .backspace: backspace()
        case .delete: deleteForward()
        case .left: left()
        case .right: right()
        case .home, .ctrl("a"): home()
        case .end, .ctrl("e"): end()
        case .ctrl("u"): characters.removeAll(); cursor = 0
        default: return false
        }
        return true
    }

    /// Draws the text in `width` columns from (x, y), scrolled so the cursor stays visible,
    /// and places the terminal cursor.
    func render(into frame: inout Frame, x: Int, y: Int, width: Int, role: StyleRole) {
        guard width > 0 else { return }
        frame.fill(Rect(x: x, y: y, width: width, height: 1), role: role)
        var start = 0
        while DisplayWidth.of(String(characters[start..<cursor])) > width - 1 && start < cursor { start += 1 }
        frame.put(String(characters[start...]), x: x, y: y, role: role, maxWidth: width)
        let col = x + DisplayWidth.of(String(characters[start..<cursor]))
        frame.cursor = (min(col, x + width - 1), y)
    }
}
