import Kumppani

/// The contact-log entry form: date (today), type, note, optional follow-up date. The same form
/// adds a new entry (`editingID` nil) and edits one opened from the detail (`base` is the entry as
/// opened, so a change another window saved meanwhile gives the conflict dialog).
struct ContactLogFormState: SessionForm {
    var session: EditSession<ContactLogDraft>
    let associationID: Int64
    /// The entry being edited; nil for a new one.
    let editingID: Int64?
    static let kinds = ContactKind.allCases

    init(associationID: Int64, editingID: Int64? = nil, draft: ContactLogDraft? = nil, today: CivilDate, language: Language) {
        self.associationID = associationID
        self.editingID = editingID
        let build = { (d: ContactLogDraft) in Self.makeForm(d, today: today, language: language) }
        session = EditSession(form: build(draft ?? ContactLogDraft(contactedOn: today.iso)), base: editingID == nil ? nil : draft,
                              declaration: EditForm(build: build))
    }

    static func makeForm(_ d: ContactLogDraft, today: CivilDate, language: Language) -> Form {
        let l = L(language)
        func date(optional: Bool) -> (FormValue) -> String? {
            { value in
                let s = (value.text ?? "").trimmingCharacters(in: .whitespaces)
                if s.isEmpty { return optional ? nil : l["directory.log.date_required"] }
                if case .failure(let problem) = CivilDate.parse(s, today: today) { return problem.message(language) }
                return nil
            }
        }
        func day(_ iso: String?) -> String { iso.flatMap(CivilDate.init(iso:))?.formatted(language) ?? "" }
        return Form(fields: [
            .text("date", label: l["directory.log.date"], text: day(d.contactedOn ?? today.iso), validator: date(optional: false)),
            .choice("kind", label: l["directory.log.kind"], options: Self.kinds.map { $0.label(language) },
                    selected: Self.kinds.firstIndex(of: d.kind) ?? 0),
            .multiline("note", label: l["directory.log.note"], text: d.note),
            .text("follow_up", label: l["directory.log.follow_up"], text: day(d.followUpOn), placeholder: l["directory.log.follow_up_example"],
                  validator: date(optional: true)),
        ], language: language)
    }

    func draft(today: CivilDate) -> ContactLogDraft {
        func date(_ key: String) -> String? {
            let s = (form[key]?.text ?? "").trimmingCharacters(in: .whitespaces)
            guard !s.isEmpty, case .success(let d) = CivilDate.parse(s, today: today) else { return nil }
            return d.iso
        }
        return ContactLogDraft(contactedOn: date("date"), kind: Self.kinds[min(form["kind"]?.choiceIndex ?? 0, Self.kinds.count - 1)],
                               note: form["note"]?.text ?? "", followUpOn: date("follow_up"))
    }
}
