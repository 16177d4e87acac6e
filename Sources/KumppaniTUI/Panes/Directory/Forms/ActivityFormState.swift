import Kumppani

/// The activity form: what a referral needs to know, checked by the store's rules.
struct ActivityFormState: SessionForm {
    /// The form, the activity as opened and a refused save waiting for an answer.
    var session: EditSession<ActivityDraft>
    let associationID: Int64
    /// nil when adding.
    let editingID: Int64?
    let kinds: [CategoryLabel]
    let groups: [CategoryLabel]
    /// The association's people, once each, for the contact-person choice.
    let people: [(id: Int64, name: String)]

    init(draft: ActivityDraft, associationID: Int64, editingID: Int64?, people roles: [PersonRole],
         directory: DirectoryStore, language: Language) {
        let l = L(language)
        self.associationID = associationID
        self.editingID = editingID
        let kinds = (try? directory.categories("activity_kind")) ?? []
        let groups = (try? directory.categories("target_group")) ?? []
        var seen = Set<Int64>()
        let people = roles.filter { seen.insert($0.personID).inserted }.map { (id: $0.personID, name: $0.name) }
        self.kinds = kinds; self.groups = groups; self.people = people
        let none = l["directory.activity.none"]
        func label(_ key: String) -> String { l["directory.activity.\(key)"] }
        func text(_ key: String, _ value: String, validator: ((FormValue) -> String?)? = nil,
                  completions: ((String) -> [String])? = nil) -> FormField {
            .text(key, label: label(key), text: value, validator: validator, completions: completions)
        }
        let title = text("title", draft.title) { value in
            (value.text ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? l["directory.activity.title_required"] : nil
        }
        let places = text("municipalities", draft.municipalities, validator: { value in
            var d = ActivityDraft()
            d.municipalities = value.text ?? ""
            let unknown = d.municipalityCodes().unknown
            return unknown.isEmpty ? nil : l["directory.field.municipality_unknown", unknown.joined(separator: ", ")]
        }, completions: MunicipalityListCompletion.complete)
        let form = Form(fields: [
            title,
            .choice("kind", label: label("kind"), options: [none] + kinds.map { $0.label(language) },
                    selected: draft.kindCode.flatMap { code in kinds.firstIndex { $0.code == code } }.map { $0 + 1 } ?? 0),
            AssociationFormState.categoryField("target_groups", groups, chosen: draft.targetGroups, language: language),
            places,
            text("schedule", draft.schedule),
            text("place", draft.place),
            .choice("language", label: label("language"), options: ActivityDraft.languages.map { l["directory.activity.language.\($0)"] },
                    selected: ActivityDraft.languages.firstIndex(of: draft.language) ?? 0),
            text("cost", draft.cost),
            text("accessibility", draft.accessibility),
            .choice("contact_person", label: label("contact_person"), options: [none] + people.map(\.name),
                    selected: draft.contactPersonID.flatMap { id in people.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0),
            text("contact_text", draft.contactText),
            .multiline("description", label: label("description"), text: draft.description),
        ], language: language)
        session = EditSession(form: form, base: editingID == nil ? nil : draft, declaration: EditForm(build: { stored in
            ActivityFormState(draft: stored, associationID: associationID, editingID: editingID, people: roles,
                              directory: directory, language: language).form
        }))
    }

    /// The draft as typed.
    var draft: ActivityDraft {
        var d = ActivityDraft()
        func t(_ key: String) -> String { form[key]?.text ?? "" }
        d.title = t("title"); d.municipalities = t("municipalities"); d.schedule = t("schedule"); d.place = t("place")
        d.cost = t("cost"); d.accessibility = t("accessibility"); d.contactText = t("contact_text"); d.description = t("description")
        let kind = (form["kind"]?.choiceIndex ?? 0) - 1
        d.kindCode = kinds.indices.contains(kind) ? kinds[kind].code : nil
        d.targetGroups = AssociationFormState.codes(form["target_groups"], groups)
        d.language = ActivityDraft.languages[min(form["language"]?.choiceIndex ?? 0, ActivityDraft.languages.count - 1)]
        let person = (form["contact_person"]?.choiceIndex ?? 0) - 1
        d.contactPersonID = people.indices.contains(person) ? people[person].id : nil
        return d
    }
}

/// Completion for a comma-separated list of municipalities: completes the last name typed.
enum MunicipalityListCompletion {
    static func complete(_ typed: String) -> [String] {
        let parts = typed.split(separator: ",", omittingEmptySubsequences: false)
        guard let last = parts.last else { return [] }
        let head = parts.dropLast().map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
        let prefix = head.isEmpty ? "" : head + ", "
        return MunicipalityCompletion.names(String(last)).map { prefix + $0 }
    }
}
