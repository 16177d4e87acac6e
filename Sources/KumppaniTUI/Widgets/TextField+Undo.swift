/// The text and cursor before one undo step of a `TextField`.
struct TextFieldSnapshot: Equatable, Sendable {
    var chars: [Character]
    var cursor: Int
}

/// Undo and redo for the single-line field, grouped like `TextEditor`'s: a typed word, a run of
/// Backspaces, a deleted word, a paste or a replaced selection is one step.
extension TextField {
    static let undoLimit = 200

    /// Starts a new undo step: remembers the text before the coming edit.
    mutating func beginGroup(_ kind: EditKind) {
        undoStack.append(TextFieldSnapshot(chars: chars, cursor: cursor))
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
        redoStack.removeAll()
        openGroup = kind
    }

    mutating func closeGroup() {
        openGroup = nil
        lastTypedWasSpace = false
    }

    /// A typed character: a new step begins with each word, at the first letter after a space.
    mutating func typing(_ c: Character) {
        let isSpace = c == " "
        if openGroup != .typing || (lastTypedWasSpace && !isSpace) { beginGroup(.typing) }
        lastTypedWasSpace = isSpace
    }

    /// Ctrl-Z. Returns false when there is nothing to undo.
    mutating func undo() -> Bool {
        closeGroup()
        guard let previous = undoStack.popLast() else { return false }
        redoStack.append(TextFieldSnapshot(chars: chars, cursor: cursor))
        chars = previous.chars
        cursor = min(previous.cursor, chars.count)
        return true
    }

    /// Ctrl-Y. Returns false when there is nothing to redo.
    mutating func redo() -> Bool {
        closeGroup()
        guard let next = redoStack.popLast() else { return false }
        undoStack.append(TextFieldSnapshot(chars: chars, cursor: cursor))
        chars = next.chars
        cursor = min(next.cursor, chars.count)
        return true
    }

    public var canUndo: Bool { !undoStack.isEmpty }
}
