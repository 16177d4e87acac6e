import Kumppani

/// A record edited through one-field prompts instead of a form (the meetings pane's details,
/// memberships and item headings, and the minutes autosave): an `EditSession` with no fields.
///
/// What the prompts gathered is `mine`. A refused save keeps, as the dialog's "yours", the stored
/// version with only the fields the user changed on top (`merge`): a prompt edits one field and
/// only shows the rest, so keep mine never overwrites what another window saved in those.
struct PromptSession<Record: ConflictComparable> {
    private(set) var session: EditSession<Record>
    var mine: Record
    let merge: RecordMerge<Record>

    /// `offersBack`: whether the dialog offers going back to the prompt with what was typed.
    init(base: Record, mine: Record? = nil, offersBack: Bool = false, merge: RecordMerge<Record>) {
        session = EditSession(form: Form(fields: [], language: .fi), base: base)
        session.offersBack = offersBack
        self.mine = mine ?? base
        self.merge = merge
    }

    var base: Record? { session.base }
    var conflict: EditConflict<Record>? { session.conflict }
    var isChanged: Bool { base != mine }

    /// Deleted meanwhile with no prompt to go back to: nothing to save into and nowhere to keep
    /// the input, so the pane says so plainly instead of asking.
    var isGoneWithNothingToAsk: Bool { conflict.map { $0.stored == nil && !session.offersBack } ?? false }

    /// Runs `write(mine, expecting: base)`. True when written; a conflict is kept for the dialog
    /// (false); any other refusal is thrown.
    mutating func save(_ write: (Record, Record?) throws -> Void) throws -> Bool {
        do {
            try write(mine, session.base)
            return true
        } catch let found as EditConflict<Record> {
            let merged = found.stored.map { merge.apply(base: found.base, stored: $0, mine: found.mine) } ?? found.mine
            _ = session.keep(EditConflict(recordID: found.recordID, base: found.base, stored: found.stored, mine: merged))
            return false
        }
    }

    /// The dialog of the pending conflict, the same one every form shows.
    func dialog(l: L, action: ActionID, display: @escaping (String, String) -> String = { _, value in value }) -> DialogRequest? {
        session.conflictDialog(l: l, action: action, display: display)
    }

    /// Takes the dialog's answer (`EditSession.answer`). After keep mine the next save writes
    /// "yours" over exactly the version shown; back to the prompt starts from the stored one.
    mutating func answer(_ answer: String?) -> ConflictStep {
        // No valid choice (not a row of the dialog): the conflict stays pending, nothing changes.
        guard let pending = session.conflict, ConflictDialog.choice(answer: answer, choices: session.choices) != nil else {
            return .stay(message: nil)
        }
        let step = session.answer(answer) { _ in Form(fields: [], language: .fi) }
        if step == .saveAgain || step == .stay(message: "sync.back_to_form") || step == .stay(message: "sync.deleted_kept") {
            mine = pending.mine
        }
        return step
    }
}

/// The fields a prompt edit writes, declared once per record: how "mine" goes over a stored
/// version (each field the user changed from the base replaces the stored one).
struct RecordMerge<Record> {
    private var steps: [(inout Record, Record, Record) -> Void] = []

    init<each Value: Equatable>(_ paths: repeat WritableKeyPath<Record, each Value>) {
        repeat steps.append(Self.step(each paths))
    }

    private static func step<Value: Equatable>(_ path: WritableKeyPath<Record, Value>) -> (inout Record, Record, Record) -> Void {
        { out, base, mine in if mine[keyPath: path] != base[keyPath: path] { out[keyPath: path] = mine[keyPath: path] } }
    }

    /// `stored` with the fields where `mine` differs from `base`.
    func apply(base: Record, stored: Record, mine: Record) -> Record {
        var out = stored
        for step in steps { step(&out, base, mine) }
        return out
    }
}
