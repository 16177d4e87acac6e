import Kumppani

/// A form open over the pane, and what saving it does.
struct GrantEditor {
    enum Kind: Equatable {
        case round(id: Int64?)
        case application(id: Int64?, roundID: Int64, associationID: Int64?)
        case decision(applicationID: Int64, correcting: Bool, sections: [DecisionSectionChoice])
        case payment(applicationID: Int64)
        case paymentCorrection(applicationID: Int64, paymentIDs: [Int64])
        case report(applicationID: Int64, groups: [String])
        case recovery(applicationID: Int64)
        case settle(recoveryID: Int64)
        case appeal(applicationID: Int64, id: Int64?)
        case criterion(roundID: Int64)
    }
    var kind: Kind
    var title: String
    /// The form, and for an edit the record as opened and a refused save waiting for an answer.
    var session: any FormSession
    var form: Form {
        get { session.form }
        set { session.form = newValue }
    }
    /// The store's refusal of the last save, shown in full inside the form (the status line is
    /// too narrow for "exceeded by … : appropriation …, already …, this one …").
    var problem: String?

    init(kind: Kind, title: String, form: Form, problem: String? = nil) {
        self.kind = kind; self.title = title; self.session = NewRowSession(form: form); self.problem = problem
    }

    /// The form edits `base` (nil: a new record): its save checks that the file still holds it.
    mutating func edit<R: ConflictComparable>(_ base: R?, _ declaration: EditForm<R>) {
        session = EditSession(form: form, base: base, declaration: declaration)
    }

    /// What the save passes as `expecting:`: the record as the form opened it.
    func base<R: ConflictComparable>(_ type: R.Type) -> R? { (session as? EditSession<R>)?.base }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let width = min(area.width, max(60, min(96, area.width - 4)))
        let problemRows = problem.map { StyledLine("! " + $0, .error).wrapped(width: max(8, width - 4)) } ?? []
        let height = min(area.height, form.rowCount + 5 + problemRows.count)
        let outer = area.centered(width: width, height: height)
        frame.fill(outer, role: .dialog)
        let inner = context.boxStyle.draw(in: &frame, rect: outer, title: title)
        let hint = context.l["text.form.hint"]
        // The refusal keeps its rows even when the form must scroll: it says what to change.
        let shown = Array(problemRows.prefix(max(0, inner.height - 3)))
        let formRect = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: max(0, inner.height - 1 - shown.count))
        form.render(into: &frame, in: formRect, focused: true)
        for (i, row) in shown.enumerated() {
            frame.put(row.text, x: inner.x + 1 + row.indent, y: formRect.maxY + i, role: .error, maxWidth: inner.width - 2 - row.indent)
        }
        frame.put(hint, x: inner.x + 1, y: inner.maxY - 1, role: .dim, maxWidth: inner.width - 2)
    }
}

/// The directory search for a new application's applicant.
struct ApplicantPicker {
    var roundID: Int64
    var applicants: [GrantStore.Applicant]
    var dialog: PickerDialog
}

/// A field that could not be read, with the message to show.
struct FormProblem: Error, Equatable { var message: String }

/// Reading what was typed: empty optional fields are nil; bad text gives the Finnish rules' message.
enum FormParse {
    static func money(_ text: String, _ language: Language) -> Result<Int64?, FormProblem> {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return .success(nil) }
        switch Money.parse(text, language: language) {
        case .success(let m): return .success(m.cents)
        case .failure(let p): return .failure(FormProblem(message: p.message(language)))
        }
    }

    static func date(_ text: String, today: CivilDate, _ language: Language) -> Result<CivilDate?, FormProblem> {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return .success(nil) }
        switch CivilDate.parse(text, today: today) {
        case .success(let d): return .success(d)
        case .failure(let p): return .failure(FormProblem(message: p.message(language)))
        }
    }

    static func int(_ text: String) -> Int? { Int(text.trimmingCharacters(in: .whitespaces)) }

    // Validators for form fields.
    static func moneyCheck(_ language: Language, required: Bool = false) -> (FormValue) -> String? {
        { value in
            let text = value.text ?? ""
            if required && text.trimmingCharacters(in: .whitespaces).isEmpty { return L(language)["grants.form.required"] }
            if case .failure(let why) = money(text, language) { return why.message }
            return nil
        }
    }

    static func dateCheck(_ language: Language, today: CivilDate, required: Bool = false) -> (FormValue) -> String? {
        { value in
            let text = value.text ?? ""
            if required && text.trimmingCharacters(in: .whitespaces).isEmpty { return L(language)["grants.form.required"] }
            if case .failure(let why) = date(text, today: today, language) { return why.message }
            return nil
        }
    }

    static func intCheck(_ language: Language, range: ClosedRange<Int>, required: Bool = false) -> (FormValue) -> String? {
        { value in
            let text = (value.text ?? "").trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return required ? L(language)["grants.form.required"] : nil }
            guard let n = Int(text), range.contains(n) else { return L(language)["grants.form.number_range", range.lowerBound, range.upperBound] }
            return nil
        }
    }

    static func requiredText(_ language: Language) -> (FormValue) -> String? {
        { ($0.text ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? L(language)["grants.form.required"] : nil }
    }

    static func moneyText(_ cents: Int64?, _ language: Language) -> String { cents.map { Money(cents: $0).editable(language) } ?? "" }
    static func dateText(_ d: CivilDate?, _ language: Language) -> String { d?.formatted(language) ?? "" }
}
