/// What kind of edit is running; a change of kind starts a new undo step.
enum EditKind: Sendable {
    case typing, deleteChar, deleteWord, structure
}

/// The document as it was before an undo step. Paragraph arrays are shared copy-on-write, so a
/// snapshot costs one reference per paragraph, not a copy of the text.
struct EditorSnapshot: Sendable {
    var paragraphs: Paragraphs
    var wraps: [[Int]]
    var wrapWidth: Int
    var cursor: TextPosition
}

extension TextEditor {
    var snapshot: EditorSnapshot {
        EditorSnapshot(paragraphs: paragraphs, wraps: wraps, wrapWidth: wrapWidth, cursor: cursor)
    }

    /// Starts a new undo step: remembers the document before the coming edit.
    mutating func beginGroup(_ kind: EditKind) {
        undoStack.append(snapshot)
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
        redoStack.removeAll()
        openGroup = kind
    }

    /// Ends the running step (a cursor move, a pause): the next edit starts a new one.
    mutating func closeGroup() {
        openGroup = nil
        lastTypedWasSpace = false
    }

    mutating func restore(_ s: EditorSnapshot) {
        paragraphs = s.paragraphs
        wraps = s.wrapWidth == wrapWidth ? s.wraps : Array(repeating: [], count: s.paragraphs.count)
        cursor = s.cursor
        goalColumn = nil
        revision &+= 1
    }

    /// Ctrl-Z. Returns false when there is nothing to undo.
    mutating func undo() -> Bool {
        closeGroup()
        guard let previous = undoStack.popLast() else { return false }
        redoStack.append(snapshot)
        restore(previous)
        return true
    }

    /// Ctrl-Y. Returns false when there is nothing to redo.
    mutating func redo() -> Bool {
        closeGroup()
        guard let next = redoStack.popLast() else { return false }
        undoStack.append(snapshot)
        restore(next)
        return true
    }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }
}
