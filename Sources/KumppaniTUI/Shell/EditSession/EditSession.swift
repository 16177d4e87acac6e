import Kumppani

/// One form's edit of one record: the form, the record as the form opened it (`base`, nil for
/// a new record) and a refused save waiting for the user's answer in the conflict dialog.
///
/// Every form that can meet another window's save goes through this: the save passes `base`
/// to the store as `expecting:` (the store refuses when the file no longer holds it), a
/// refusal is kept here and shown as the one `ConflictDialog`, and the answer comes back as a
/// `ConflictStep` the pane carries out the same way for every form (`EditSessionHost`).
struct EditSession<Record: ConflictComparable> {
    var form: Form
    var base: Record?
    /// The refused save waiting for the user's choice.
    var conflict: EditConflict<Record>?
    /// How the form is built again and how its values read in the dialog, when the form
    /// declared it with the session (then the session answers on its own, as a `FormSession`).
    var declaration: EditForm<Record>?
    /// Whether the dialog offers "back to the form". A one-field prompt that has closed (the
    /// meetings pane's details and memberships, the minutes autosave) has none to go back to.
    var offersBack = true

    init(form: Form, base: Record?, declaration: EditForm<Record>? = nil) {
        self.form = form; self.base = base; self.declaration = declaration
    }

    /// The choices the pending conflict's dialog offers, in its order (the answer is an index).
    var choices: [ConflictChoice] {
        guard let conflict else { return [] }
        return offersBack ? ConflictDialog.choices(for: conflict) : [.keepMine, .takeTheirs]
    }

    var isChanged: Bool { form.isChanged }

    /// A signal-time draft put back: this session is the form as the file holds the record
    /// now; `typed` holds what was typed and `opened` the values the form had opened with. The
    /// fields the user had changed come back as typed, every other field stays as stored (so
    /// another window's later edits stay), and the form starts from the stored values, so it
    /// shows as changed, Esc asks and the save keeps its conflict check.
    mutating func restore(typed: Form, opened: [FormValue]) {
        var mine = typed
        mine.initialValues = opened
        mine.rebase(onto: form)
        form = mine
    }

    /// Runs the store call with `expecting: base`. A conflict is kept for the dialog and
    /// returns nil; any other refusal is thrown to the caller.
    mutating func save<T>(_ store: (Record?) throws -> T) throws -> T? {
        do {
            return try store(base)
        } catch {
            if keep(error) { return nil }
            throw error
        }
    }

    /// Keeps a save's refusal for the dialog when it is this record's conflict.
    mutating func keep(_ error: Error) -> Bool {
        guard let refused = error as? EditConflict<Record> else { return false }
        conflict = refused
        return true
    }

    /// The dialog for the pending conflict; `display` shows a stored value as the form does
    /// (a code as its name), `label` reads a label key that carries an argument.
    func conflictDialog(l: L, action: ActionID, display: @escaping (String, String) -> String = { _, value in value },
                        label: ((String) -> String)? = nil) -> DialogRequest? {
        conflict.map { ConflictDialog.request($0, l: l, action: action, choices: choices, display: display, label: label) }
    }

    /// Takes the dialog's answer. Keep mine saves over exactly the version the user was shown
    /// (a third change asks again); take theirs closes the form; back to the form keeps every
    /// field the user changed on top of the stored version (`fresh` builds the form from it).
    /// A deleted record is never brought back: its form stays until the user discards it.
    mutating func answer(_ answer: String?, fresh: (Record) throws -> Form) -> ConflictStep {
        guard let pending = conflict else { return .stay(message: nil) }
        let offered = choices
        conflict = nil
        switch ConflictDialog.choice(answer: answer, choices: offered) {
        case .keepMine?:
            base = pending.stored
            return .saveAgain
        case .takeTheirs?:
            return .close(deleted: pending.stored == nil)
        case .backToForm?:
            if let stored = pending.stored, let storedForm = try? fresh(stored) {
                form.rebase(onto: storedForm)
                base = stored
            }
            return .stay(message: pending.stored == nil ? "sync.deleted_kept" : "sync.back_to_form")
        case nil:
            return .stay(message: nil)   // the dialog was cancelled: the form stays as typed
        }
    }
}

/// What a form declares once for its conflicts: the form built from a stored record (back to
/// the form), and how a stored value and a label read in the dialog (a code as its name).
struct EditForm<Record> {
    var build: (Record) throws -> Form
    var display: (String, String) -> String = { _, value in value }
    var label: ((String) -> String)? = nil
}

/// A form's session as a pane holding forms of several records sees it (the grant forms).
protocol FormSession {
    var form: Form { get set }
    var hasConflict: Bool { get }
    /// Keeps a save's refusal when it is this session's conflict.
    mutating func keep(_ error: Error) -> Bool
    /// The dialog for the pending conflict.
    func pendingDialog(l: L, action: ActionID) -> DialogRequest?
    /// Takes the dialog's answer.
    mutating func answerPending(_ answer: String?) -> ConflictStep
}

extension EditSession: FormSession {
    var hasConflict: Bool { conflict != nil }

    func pendingDialog(l: L, action: ActionID) -> DialogRequest? {
        conflictDialog(l: l, action: action, display: declaration?.display ?? { _, value in value }, label: declaration?.label)
    }

    mutating func answerPending(_ answer: String?) -> ConflictStep {
        let build = declaration?.build
        return self.answer(answer) { stored in
            guard let build else { throw EditFormUndeclared() }
            return try build(stored)
        }
    }
}

/// A form's state that edits through one session: its `form` is the session's, so the form
/// structs (association, activity, room, body settings…) need not each forward it.
protocol SessionForm {
    associatedtype Session: FormSession
    var session: Session { get set }
}

extension SessionForm {
    var form: Form {
        get { session.form }
        set { session.form = newValue }
    }
}

/// A session without a declaration goes back to the form as typed.
private struct EditFormUndeclared: Error {}

/// A form that adds a new row (a decision, a payment): nothing another window can have changed.
struct NewRowSession: FormSession {
    var form: Form
    var hasConflict: Bool { false }
    func keep(_ error: Error) -> Bool { false }
    func pendingDialog(l: L, action: ActionID) -> DialogRequest? { nil }
    func answerPending(_ answer: String?) -> ConflictStep { .stay(message: nil) }
}

/// What the pane does with the user's answer to the conflict dialog.
enum ConflictStep: Equatable {
    /// Save again (base is now the stored version); say "kept" when the form closed.
    case saveAgain
    /// Close the form without saving and show the file; `deleted` tells which message.
    case close(deleted: Bool)
    /// The form stays open; the catalog key of the status line, if any.
    case stay(message: String?)

    /// The status line after the step, when it is decided by the step alone (after a save
    /// again the pane says "kept" only when the save went through).
    func message(_ l: L) -> String? {
        switch self {
        case .saveAgain: return nil
        case .close(let deleted): return l[deleted ? "sync.discarded" : "sync.took_theirs"]
        case .stay(let key): return key.map { l[$0] }
        }
    }
}
