import Kumppani

/// The form for a person's role in the association: who (name, e-mail, phone), which role and when.
struct PersonFormState: SessionForm {
    /// The form, the role as opened and a refused save waiting for an answer.
    var session: EditSession<PersonRoleDraft>
    let associationID: Int64
    /// The affiliation being edited; nil when adding.
    let editingID: Int64?
    /// The person the role belongs to: the edited one, or the one picked from similar names.
    var personID: Int64?
    /// People with a similar name offered in the picker, and the picker's lines (the last one creates a new person).
    var offered: [PersonMatch] = []
    var offeredLines: [String] = []

    init(draft: PersonRoleDraft, associationID: Int64, editingID: Int64?, today: CivilDate, language: Language) {
        let l = L(language)
        self.associationID = associationID
        self.editingID = editingID
        personID = draft.personID
        func label(_ key: String) -> String { l["directory.person.\(key)"] }
        func date(_ value: FormValue) -> String? {
            let s = (value.text ?? "").trimmingCharacters(in: .whitespaces)
            guard !s.isEmpty else { return nil }
            if case .failure(let problem) = CivilDate.parse(s, today: today) { return problem.message(language) }
            return nil
        }
        func contact(_ rule: @escaping (String) -> Result<String, ContactProblem>) -> (FormValue) -> String? {
            { value in
                let s = (value.text ?? "").trimmingCharacters(in: .whitespaces)
                guard !s.isEmpty, case .failure(let problem) = rule(s) else { return nil }
                return problem.message(language)
            }
        }
        func shown(_ iso: String?) -> String { iso.flatMap(CivilDate.init(iso:))?.formatted(language) ?? "" }
        let form = Form(fields: [
            .text("name", label: label("name"), text: draft.name, validator: { value in
                (value.text ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? l["directory.person.name_required"] : nil
            }),
            .choice("kind", label: label("kind"), options: RoleKind.all.map { RoleKind.label($0, language) },
                    selected: RoleKind.all.firstIndex(of: draft.kind) ?? 0),
            .text("title", label: label("title"), text: draft.title, placeholder: l["directory.person.title_hint"]),
            .text("start", label: label("start"), text: shown(draft.startOn), validator: date),
            .text("end", label: label("end"), text: shown(draft.endOn), placeholder: l["directory.person.end_hint"], validator: date),
            .text("email", label: label("email"), text: draft.email, validator: contact(ContactFormats.email)),
            .text("phone", label: label("phone"), text: draft.phone, validator: contact(ContactFormats.phone)),
        ], language: language)
        session = EditSession(form: form, base: editingID == nil ? nil : draft, declaration: EditForm(build: { stored in
            PersonFormState(draft: stored, associationID: associationID, editingID: editingID, today: today, language: language).form
        }))
    }

    func draft(today: CivilDate) -> PersonRoleDraft {
        func t(_ key: String) -> String { (form[key]?.text ?? "").trimmingCharacters(in: .whitespaces) }
        func date(_ key: String) -> String? {
            guard !t(key).isEmpty, case .success(let d) = CivilDate.parse(t(key), today: today) else { return nil }
            return d.iso
        }
        var d = PersonRoleDraft()
        d.personID = personID
        d.name = t("name"); d.email = t("email"); d.phone = t("phone"); d.title = t("title")
        d.kind = RoleKind.all[min(form["kind"]?.choiceIndex ?? 0, RoleKind.all.count - 1)]
        d.startOn = date("start"); d.endOn = date("end")
        return d
    }

    /// One picker line per similar person: name, contact details and where they already have roles.
    static func line(_ m: PersonMatch, language: Language) -> String {
        var parts = [m.name]
        let contact = [m.phone, m.email].filter { !$0.isEmpty }.joined(separator: ", ")
        if !contact.isEmpty { parts.append(contact) }
        if !m.associations.isEmpty { parts.append(m.associations.prefix(2).joined(separator: ", ") + (m.associations.count > 2 ? " …" : "")) }
        return parts.joined(separator: " · ")
    }
}
