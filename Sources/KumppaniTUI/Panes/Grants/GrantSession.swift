import Kumppani

/// What a grant form edits: a new row only (a decision, a payment: nothing another window can
/// have changed), or a record as opened, in an `EditSession` that checks for another window's save.
enum GrantSession {
    case newRow(Form)
    case application(EditSession<GrantApplication>)
    case round(EditSession<GrantRound>)
    case report(EditSession<GrantReport>)
    case appeal(EditSession<GrantAppeal>)

    var form: Form {
        get {
            switch self {
            case .newRow(let form): return form
            case .application(let s): return s.form
            case .round(let s): return s.form
            case .report(let s): return s.form
            case .appeal(let s): return s.form
            }
        }
        set {
            switch self {
            case .newRow: self = .newRow(newValue)
            case .application(var s): s.form = newValue; self = .application(s)
            case .round(var s): s.form = newValue; self = .round(s)
            case .report(var s): s.form = newValue; self = .report(s)
            case .appeal(var s): s.form = newValue; self = .appeal(s)
            }
        }
    }

    /// Keeps a save's refusal when it is this session's conflict; false for any other error.
    mutating func keep(_ error: Error) -> Bool {
        switch self {
        case .newRow: return false
        case .application(var s): defer { self = .application(s) }; return s.keep(error)
        case .round(var s): defer { self = .round(s) }; return s.keep(error)
        case .report(var s): defer { self = .report(s) }; return s.keep(error)
        case .appeal(var s): defer { self = .appeal(s) }; return s.keep(error)
        }
    }

    var hasConflict: Bool {
        switch self {
        case .newRow: return false
        case .application(let s): return s.conflict != nil
        case .round(let s): return s.conflict != nil
        case .report(let s): return s.conflict != nil
        case .appeal(let s): return s.conflict != nil
        }
    }

    // What each form's save passes as `expecting:`.
    var applicationBase: GrantApplication? { if case .application(let s) = self { return s.base }; return nil }
    var roundBase: GrantRound? { if case .round(let s) = self { return s.base }; return nil }
    var reportBase: GrantReport? { if case .report(let s) = self { return s.base }; return nil }
    var appealBase: GrantAppeal? { if case .appeal(let s) = self { return s.base }; return nil }
}
