/// The value of one form field, as validators and the caller see it.
public enum FormValue: Equatable, Sendable {
    case text(String)
    case choice(Int)
    case checkbox(Bool)
    /// The chosen options' indices, ascending.
    case choices([Int])

    public var text: String? { if case .text(let s) = self { return s }; return nil }
    public var choiceIndex: Int? { if case .choice(let i) = self { return i }; return nil }
    public var isOn: Bool? { if case .checkbox(let b) = self { return b }; return nil }
    public var chosenIndices: [Int]? { if case .choices(let c) = self { return c }; return nil }
}

/// What kind of input a field is, with its state.
public enum FormInput {
    case text(TextField)
    /// Long free text: Enter inserts a line break, the field shows `FormField.multilineRows` lines
    /// and scrolls; its value is `.text` with the line breaks kept.
    case multiline(TextEditor)
    /// One of `options`; Left/Right/Space cycle.
    case choice(options: [String], selected: Int)
    case checkbox(Bool)
    /// Any number of `options`: the line lists the chosen ones; Space opens a checklist under
    /// it (see `Form`). `placeholder` shows while nothing is chosen.
    case multiChoice(options: [String], chosen: Set<Int>, placeholder: String?)
}

/// One labelled row of a `Form`.
public struct FormField {
    /// A stable name the caller reads the value by.
    public var key: String
    public var label: String
    public var input: FormInput
    /// Returns an error message (from the catalog) or nil when the value is fine.
    public var validator: ((FormValue) -> String?)?
    /// Suggestions for what was typed so far (text fields); the top few show under the field.
    public var completions: ((String) -> [String])?

    public init(key: String, label: String, input: FormInput,
                validator: ((FormValue) -> String?)? = nil, completions: ((String) -> [String])? = nil) {
        self.key = key; self.label = label; self.input = input
        self.validator = validator; self.completions = completions
    }

    public static func text(_ key: String, label: String, text: String = "", placeholder: String? = nil,
                            maxLength: Int? = nil, validator: ((FormValue) -> String?)? = nil,
                            completions: ((String) -> [String])? = nil) -> FormField {
        FormField(key: key, label: label,
                  input: .text(TextField(text: text, placeholder: placeholder, maxLength: maxLength)),
                  validator: validator, completions: completions)
    }

    /// A long free-text field (a description, a reasoning, a note): see `FormInput.multiline`.
    public static func multiline(_ key: String, label: String, text: String = "", placeholder: String? = nil,
                                 validator: ((FormValue) -> String?)? = nil) -> FormField {
        var editor = TextEditor(text: text, placeholder: placeholder)
        editor.setViewport(width: FormField.multilineWrapWidth, height: FormField.multilineRows)
        return FormField(key: key, label: label, input: .multiline(editor), validator: validator)
    }

    /// Rows a multi-line field takes in the form, focused or not (a steady layout).
    public static let multilineRows = 4
    /// The editor's own wrap width for key handling: wide, so Up/Down move by paragraph (the
    /// form does not know its drawn width while handling keys; drawing wraps at the real width).
    static let multilineWrapWidth = 10_000

    /// The rows this field takes in the form.
    var rows: Int { isMultiline ? Self.multilineRows : 1 }
    var isMultiline: Bool { if case .multiline = input { return true }; return false }

    /// Puts a text into a text or multi-line field (a restored draft); other kinds are left alone.
    public mutating func setText(_ text: String) {
        switch input {
        case .text(var field): field.text = text; input = .text(field)
        case .multiline(var editor):
            editor.text = text
            editor.setViewport(width: Self.multilineWrapWidth, height: Self.multilineRows)
            input = .multiline(editor)
        default: break
        }
    }

    public static func choice(_ key: String, label: String, options: [String], selected: Int = 0,
                              validator: ((FormValue) -> String?)? = nil) -> FormField {
        FormField(key: key, label: label,
                  input: .choice(options: options, selected: options.isEmpty ? 0 : min(max(0, selected), options.count - 1)),
                  validator: validator)
    }

    public static func checkbox(_ key: String, label: String, isOn: Bool = false) -> FormField {
        FormField(key: key, label: label, input: .checkbox(isOn))
    }

    public static func multiChoice(_ key: String, label: String, options: [String], chosen: [Int] = [],
                                   placeholder: String? = nil, validator: ((FormValue) -> String?)? = nil) -> FormField {
        FormField(key: key, label: label,
                  input: .multiChoice(options: options, chosen: Set(chosen.filter { options.indices.contains($0) }), placeholder: placeholder),
                  validator: validator)
    }

    public var value: FormValue {
        switch input {
        case .text(let field): return .text(field.text)
        case .multiline(let editor): return .text(editor.text)
        case .choice(_, let selected): return .choice(selected)
        case .checkbox(let on): return .checkbox(on)
        case .multiChoice(_, let chosen, _): return .choices(chosen.sorted())
        }
    }

    /// True for a multi-choice field (its checklist is driven by `Form`).
    var isMultiChoice: Bool { if case .multiChoice = input { return true }; return false }

    /// Flips one option of a multi-choice field.
    mutating func toggleOption(_ index: Int) {
        guard case .multiChoice(let options, var chosen, let placeholder) = input, options.indices.contains(index) else { return }
        if chosen.contains(index) { chosen.remove(index) } else { chosen.insert(index) }
        input = .multiChoice(options: options, chosen: chosen, placeholder: placeholder)
    }

    var options: [String] {
        switch input {
        case .choice(let options, _), .multiChoice(let options, _, _): return options
        default: return []
        }
    }

    /// The validator's message for the current value, if any.
    public var error: String? { validator?(value) }

    /// Handles a key meant for the input itself (not navigation).
    mutating func handleInput(_ event: Event) -> WidgetResult {
        switch input {
        case .text(var field):
            let result = field.handle(event)
            input = .text(field)
            return result
        case .multiline(var editor):
            let before = editor.revision
            let result = editor.handle(event)
            input = .multiline(editor)
            if result == .ignored { return .ignored }
            return editor.revision != before ? .changed : .handled
        case .choice(let options, let selected):
            guard !options.isEmpty, case .key(let key) = event else { return .ignored }
            switch key {
            case .right, .char(" "): input = .choice(options: options, selected: (selected + 1) % options.count)
            case .left: input = .choice(options: options, selected: (selected + options.count - 1) % options.count)
            case .char(let c) where c.isLetter || c.isNumber:
                // A letter jumps to the next option that begins with it, as in a list.
                let letter = String(c).lowercased()
                let order = (1...options.count).map { (selected + $0) % options.count }
                guard let next = order.first(where: { options[$0].lowercased().hasPrefix(letter) }) else { return .handled }
                input = .choice(options: options, selected: next)
            default: return .ignored
            }
            return .changed
        case .checkbox(let on):
            guard case .key(.char(" ")) = event else { return .ignored }
            input = .checkbox(!on)
            return .changed
        case .multiChoice:
            return .ignored   // the form opens the checklist
        }
    }
}

/// Yes/no keys for inline confirms: y or k (kyllä) for yes, n or e (ei) for no, in both languages.
enum YesNoKey {
    static func answer(_ key: Key) -> Bool? {
        guard case .char(let c) = key else { return nil }
        switch c {
        case "y", "Y", "k", "K", "j", "J": return true  // yes, kyllä, ja
        case "n", "N", "e", "E": return false
        default: return nil
        }
    }
}
