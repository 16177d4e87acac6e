import Kumppani

/// What the user chose when their save met another window's change.
public enum ConflictChoice: String, Sendable, CaseIterable {
    /// Overwrite the other window's version with mine (only after this explicit choice).
    case keepMine = "0"
    /// Discard my edit; the other window's version stays.
    case takeTheirs = "1"
    /// Back to my form to edit further.
    case backToForm = "2"
}

/// The dialog shown when a save finds the record changed by another window: which fields,
/// as they were at the start, as stored now and as typed, and the choices.
public enum ConflictDialog {
    /// At most this many fields are listed; the dialog must leave room for its choices.
    static let maxFields = 4
    static let maxValueWidth = 48

    /// `display` shows a stored value as the form does (a code as its name); `label` reads a
    /// label key that carries an argument (a report figure's target group), default the catalog.
    public static func request<R>(_ conflict: EditConflict<R>, l: L, action: ActionID,
                                  choices: [ConflictChoice] = ConflictChoice.allCases,
                                  display: (String, String) -> String = { _, value in value },
                                  label: ((String) -> String)? = nil) -> DialogRequest {
        var lines = [l[conflict.stored == nil ? "sync.conflict.deleted" : "sync.conflict.intro"]]
        let fields = conflict.fields(l.language)
        for field in fields.prefix(maxFields) {
            let base = display(field.labelKey, field.base), stored = display(field.labelKey, field.stored)
            let mine = display(field.labelKey, field.mine)
            let skip = sharedStart(conflict.stored == nil ? [base, mine] : [base, stored, mine])
            lines.append(l["sync.conflict.field", label?(field.labelKey) ?? l[field.labelKey]])
            lines.append(l["sync.conflict.base", shown(base, l, skipping: skip)])
            if conflict.stored != nil { lines.append(l["sync.conflict.stored", shown(stored, l, skipping: skip)]) }
            lines.append(l["sync.conflict.mine", shown(mine, l, skipping: skip)])
        }
        if fields.count > maxFields { lines.append(l["sync.conflict.more", fields.count - maxFields]) }
        let labels = choices.map { choice -> String in
            switch choice {
            case .keepMine: return l["sync.choice.keep_mine"]
            case .takeTheirs: return l[conflict.stored == nil ? "sync.choice.discard" : "sync.choice.take_theirs"]
            case .backToForm: return l["sync.choice.back"]
            }
        }
        // The answer is an index into `choices`: read it back with `choice(answer:choices:)`.
        return DialogRequest(title: l["sync.conflict.title"], kind: .options(message: lines.joined(separator: "\n"), options: labels, selected: 0),
                             action: action)
    }

    /// The choices a form offers: a deleted record can only be left (discarding the edit) or
    /// returned to, so what was typed is not lost before the user says so.
    public static func choices<R>(for conflict: EditConflict<R>) -> [ConflictChoice] {
        conflict.stored == nil ? [.takeTheirs, .backToForm] : ConflictChoice.allCases
    }

    /// The status line after a choice that closes the form without saving.
    public static func closedMessage<R>(_ conflict: EditConflict<R>, l: L) -> String {
        l[conflict.stored == nil ? "sync.discarded" : "sync.took_theirs"]
    }

    /// The status line when the user goes back to the form.
    public static func backMessage<R>(_ conflict: EditConflict<R>, l: L) -> String {
        l[conflict.stored == nil ? "sync.deleted_kept" : "sync.back_to_form"]
    }

    /// The choice from a dialog answer (the option index), given the `choices` the request offered.
    public static func choice(answer: String?, choices: [ConflictChoice] = ConflictChoice.allCases) -> ConflictChoice? {
        guard let index = answer.flatMap(Int.init), choices.indices.contains(index) else { return nil }
        return choices[index]
    }

    /// How many leading characters to leave out of long values that start alike, so the lines
    /// show where they differ (two windows adding to the same minutes share most of the text).
    static func sharedStart(_ values: [String]) -> Int {
        let flats = values.map { Array(flatten($0)) }
        guard let first = flats.first, flats.contains(where: { DisplayWidth.of(String($0)) > maxValueWidth }) else { return 0 }
        var n = 0
        while flats.allSatisfy({ n < $0.count && $0[n] == first[n] }) { n += 1 }
        return max(0, n - 16)   // keep a few words before the difference for context
    }

    static func flatten(_ value: String) -> String { value.replacingOccurrences(of: "\n", with: " ⏎ ") }

    /// One line, cut to a readable width: long values show their start, or with `skipping` the
    /// part from just before the first difference.
    static func shown(_ value: String, _ l: L, skipping: Int = 0) -> String {
        var flat = flatten(value)
        if flat.isEmpty { return l["sync.conflict.empty"] }
        if skipping > 0 { flat = "…" + String(flat.dropFirst(skipping)) }
        guard DisplayWidth.of(flat) > maxValueWidth else { return flat }
        var out = ""
        for ch in flat {
            if DisplayWidth.of(out + String(ch)) > maxValueWidth - 1 { break }
            out.append(ch)
        }
        return out + "…"
    }
}

extension DialogState {
    /// Keys of the `.options` dialog: Up/Down, Home/End, the digit of an option, Enter.
    mutating func handleOptions(_ key: Key, count: Int) -> Outcome {
        switch key {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(count - 1, selected + 1)
        case .home: selected = 0
        case .end: selected = max(0, count - 1)
        case .char(let c):
            if let n = Int(String(c)), (1...count).contains(n) { return .accept(.choice(n - 1)) }
        case .enter: return (0..<count).contains(selected) ? .accept(.choice(selected)) : .cancel
        default: break
        }
        return .stay
    }
}
