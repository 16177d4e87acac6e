import Kumppani

/// A vertical list of labelled fields with validation, completion and a discard confirm.
///
/// Keys: Tab/Down and S-Tab/Up move between fields, and so does Enter in a single-line field:
/// nothing is ever saved by Enter or by moving (issue 13). Ctrl-S or F2, from any field, returns
/// `.submitted` only when every validator passes, else focus jumps to the first bad field; Esc returns `.cancelled` at once when nothing changed, otherwise asks
/// "Discard changes? (y/n)" inline first. With a completion list open, Down/Up choose a
/// suggestion and Enter/Tab accept it (Enter also takes a lone suggestion when the typed text is
/// not valid); Esc closes the list. On a multi-choice field Space (or
/// Right) opens a checklist under it: Up/Down move, Space toggles, a letter jumps to the next
/// option starting with it, Enter/Esc close it and Tab closes it and moves on.
public struct Form {
    public var fields: [FormField]
    public var language: Language
    /// The focused field's index.
    public private(set) var focus = 0
    /// True while the inline "discard changes?" question is shown.
    public private(set) var isConfirmingDiscard = false
    /// Error messages being shown, by field index: set when a field is left or a save is tried.
    public private(set) var shownErrors: [Int: String] = [:]
    /// True after a refused save until the next edit: a line at the bottom says why.
    public private(set) var saveRefused = false
    var initialValues: [FormValue]
    var suggestions: [String] = []
    var suggestionIndex: Int?
    /// The highlighted option while a multi-choice field's checklist is open.
    public private(set) var checklistCursor: Int?
    static let maxSuggestions = 5

    public init(fields: [FormField], language: Language) {
        self.fields = fields
        self.language = language
        initialValues = fields.map(\.value)
    }

    /// Rows the form needs to show every field at once (multi-line fields take several), for
    /// sizing the box it is drawn in.
    public var rowCount: Int { fields.reduce(0) { $0 + $1.rows } }

    /// True when any value differs from the one the form opened with.
    public var isChanged: Bool { fields.map(\.value) != initialValues }

    public subscript(key: String) -> FormValue? { fields.first { $0.key == key }?.value }

    /// Treats the current values as saved (after the caller stored them).
    public mutating func markSaved() { initialValues = fields.map(\.value) }

    public mutating func focus(on index: Int) {
        guard !fields.isEmpty else { return }
        leaveField()
        focus = min(max(0, index), fields.count - 1)
        selectFocusedText()
    }

    public mutating func handle(_ event: Event) -> WidgetResult {
        guard case .key(let key) = event else {
            if case .paste = event { return editFocused(event) }
            return .ignored
        }
        if isConfirmingDiscard {
            switch YesNoKey.answer(key) {
            case true?: isConfirmingDiscard = false; return .cancelled
            case false?: isConfirmingDiscard = false; return .handled
            case nil:
                if key == .escape { isConfirmingDiscard = false }
                return .handled   // the question is modal: nothing else happens meanwhile
            }
        }
        if checklistCursor != nil { return handleChecklist(key) }
        if !suggestions.isEmpty, let result = handleCompletion(key) { return result }
        if fields.indices.contains(focus), fields[focus].isMultiChoice, key == .char(" ") || key == .right {
            checklistCursor = fields[focus].value.chosenIndices?.first ?? 0
            return .handled
        }
        if case .multiline(let editor) = fields.indices.contains(focus) ? fields[focus].input : nil {
            switch key {
            // Enter is a line break; Up/Down move inside and leave at the first / last line.
            case .enter: return editFocused(event)
            case .up where editor.cursor.paragraph > 0: return editFocused(event)
            case .down where editor.cursor.paragraph < editor.paragraphCount - 1: return editFocused(event)
            default: break
            }
        }
        switch key {
        case .tab, .down: move(by: 1); return .handled
        case .backTab, .up: move(by: -1); return .handled
        case .enter:
            move(by: 1); return .handled   // never saves, also on the last field
        case .ctrl("s"), .function(2):
            return submit()
        case .escape:
            if !isChanged { return .cancelled }
            isConfirmingDiscard = true
            return .handled
        default:
            return editFocused(event)
        }
    }

    /// Validates everything; `.submitted` when all pass, else shows the errors and focuses the first.
    public mutating func submit() -> WidgetResult {
        closeSuggestions()
        checklistCursor = nil
        shownErrors = [:]
        for (i, field) in fields.enumerated() {
            if let message = field.error { shownErrors[i] = message }
        }
        if let firstBad = shownErrors.keys.min() {
            focus = firstBad
            saveRefused = true
            return .handled
        }
        return .submitted
    }

    private mutating func move(by step: Int) {
        guard !fields.isEmpty else { return }
        leaveField()
        focus = min(max(0, focus + step), fields.count - 1)
        selectFocusedText()
    }

    /// Entering a text field selects its text, so typing replaces a prefilled value
    /// (an amount, a date) instead of appending to it, as office users expect.
    private mutating func selectFocusedText() {
        // A long text is entered at its end, to go on writing (a description is rarely replaced).
        if fields.indices.contains(focus), case .multiline(var editor) = fields[focus].input {
            editor.moveCursor(to: TextPosition(paragraph: Int.max / 2, offset: Int.max / 2))
            fields[focus].input = .multiline(editor)
            return
        }
        guard fields.indices.contains(focus), case .text(var field) = fields[focus].input else { return }
        field.replacesOnType = !field.isEmpty
        fields[focus].input = .text(field)
    }

    /// Leaving a field shows (or clears) its error and closes its suggestions.
    private mutating func leaveField() {
        guard fields.indices.contains(focus) else { return }
        shownErrors[focus] = fields[focus].error
        closeSuggestions()
        checklistCursor = nil
    }

    private mutating func editFocused(_ event: Event) -> WidgetResult {
        guard fields.indices.contains(focus) else { return .ignored }
        let result = fields[focus].handleInput(event)
        if result == .changed {
            saveRefused = false
            // A shown error follows the value live, so it disappears as soon as it is fixed.
            if shownErrors[focus] != nil { shownErrors[focus] = fields[focus].error }
            updateSuggestions()
        }
        return result == .ignored ? .ignored : result
    }

    // MARK: Checklist

    /// Keys while a checklist is open: it is modal until closed, except Ctrl-S saves.
    private mutating func handleChecklist(_ key: Key) -> WidgetResult {
        guard let cursor = checklistCursor else { return .ignored }
        let options = fields[focus].options
        switch key {
        case .up: checklistCursor = max(0, cursor - 1)
        case .down: checklistCursor = min(max(0, options.count - 1), cursor + 1)
        case .home: checklistCursor = 0
        case .end: checklistCursor = max(0, options.count - 1)
        case .char(" "):
            fields[focus].toggleOption(cursor)
            saveRefused = false
            if shownErrors[focus] != nil { shownErrors[focus] = fields[focus].error }
            return .changed
        case .enter, .escape, .left: checklistCursor = nil
        case .tab: move(by: 1)
        case .backTab: move(by: -1)
        case .ctrl("s"), .function(2): return submit()
        case .char(let c):
            // Jump to the next option that starts with the letter, wrapping around.
            let letter = String(c).lowercased()
            let order = options.indices.map { (cursor + 1 + $0) % max(1, options.count) }
            if let next = order.first(where: { options[$0].lowercased().hasPrefix(letter) }) { checklistCursor = next }
        default: break
        }
        return .handled
    }

    // MARK: Completion

    private mutating func updateSuggestions() {
        suggestionIndex = nil
        guard let complete = fields[focus].completions, let typed = fields[focus].value.text, !typed.isEmpty else {
            suggestions = []; return
        }
        suggestions = Array(complete(typed).filter { $0 != typed }.prefix(Self.maxSuggestions))
    }

    private mutating func closeSuggestions() {
        suggestions = []; suggestionIndex = nil
    }

    /// Keys while suggestions show; nil lets the key through to the form.
    private mutating func handleCompletion(_ key: Key) -> WidgetResult? {
        switch key {
        case .down:
            suggestionIndex = min((suggestionIndex ?? -1) + 1, suggestions.count - 1); return .handled
        case .up:
            guard let index = suggestionIndex else { return nil }
            suggestionIndex = index > 0 ? index - 1 : nil; return .handled
        case .enter, .tab:
            // Enter on "Heino" with "Heinola" the only suggestion takes it, but only when the typed
            // text is not valid itself ("Ii" stays Ii even with "Iisalmi" suggested).
            let onlyFix = key == .enter && suggestions.count == 1 && fields[focus].error != nil ? 0 : nil
            guard let index = suggestionIndex ?? onlyFix, case .text(var field) = fields[focus].input else { return nil }
            field.text = suggestions[index]
            fields[focus].input = .text(field)
            if shownErrors[focus] != nil { shownErrors[focus] = fields[focus].error }
            closeSuggestions()
            return .changed
        case .escape:
            closeSuggestions(); return .handled
        default:
            return nil
        }
    }
}
