import Kumppani

/// The add/edit form: fields with messages next to them, checked by the same rules as the store.
struct AssociationFormState: SessionForm {
    /// The form, the association as opened and a refused save waiting for an answer.
    var session: EditSession<AssociationDraft>
    /// nil when adding.
    let editingID: Int64?
    /// The classification lists the two multi-choice fields offer, in their own order.
    let targetGroupList: [CategoryLabel]
    let activityKindList: [CategoryLabel]
    /// Set once a similar-name warning was shown: the next save accepts it.
    var warningShown = false
    /// Why the last save was refused, or the similar-name warning, shown in full inside the form
    /// (the line beside a field and the status line are too short for a long association name).
    var notice: Notice?

    struct Notice: Equatable {
        var text: String
        var isError: Bool
    }

    static let statuses = AssociationStatus.allCases
    static let correspondenceLanguages: [Language] = [.fi, .sv, .en]

    init(draft: AssociationDraft, editingID: Int64?, directory: DirectoryStore, language: Language) {
        let l = L(language)
        self.editingID = editingID
        targetGroupList = (try? directory.categories("target_group")) ?? []
        activityKindList = (try? directory.categories("activity_kind")) ?? []
        // Each validator checks its own value with the store's rules (the Y-tunnus also against the others).
        func check(_ field: AssociationField, _ set: @escaping (inout AssociationDraft, String) -> Void) -> (FormValue) -> String? {
            { value in
                var d = AssociationDraft()
                d.name = "-"
                set(&d, value.text ?? "")
                let issues = (try? directory.validate(d, editing: editingID))?.issues(for: field) ?? []
                return issues.first { $0.severity == .error }?.message(language)
            }
        }
        func text(_ key: String, _ value: String, _ field: AssociationField?, _ set: @escaping (inout AssociationDraft, String) -> Void,
                  completions: ((String) -> [String])? = nil) -> FormField {
            .text(key, label: l["directory.field.\(key)"], text: value, validator: field.map { check($0, set) }, completions: completions)
        }
        let nameField = FormField.text("name", label: l["directory.field.name"], text: draft.name, validator: { value in
            (value.text ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? l["directory.field.name_required"] : nil
        })
        let form = Form(fields: [
            nameField,
            text("business_id", draft.businessID, .businessID) { $0.businessID = $1 },
            text("municipality", draft.municipality, .municipality, { $0.municipality = $1 },
                 completions: MunicipalityCompletion.names),
            text("street", draft.street, nil) { $0.street = $1 },
            text("postal_code", draft.postalCode, .postalCode) { $0.postalCode = $1 },
            text("city", draft.city, nil) { $0.city = $1 },
            text("phone", draft.phone, .phone) { $0.phone = $1 },
            text("email", draft.email, .email) { $0.email = $1 },
            text("website", draft.website, .website) { $0.website = $1 },
            text("founded_year", draft.foundedYear, .foundedYear) { $0.foundedYear = $1 },
            text("register_number", draft.registerNumber, nil) { $0.registerNumber = $1 },
            .choice("status", label: l["directory.field.status"], options: Self.statuses.map { $0.label(language) },
                    selected: Self.statuses.firstIndex(of: draft.status) ?? 0),
            .checkbox("lahella", label: l["directory.field.lahella"], isOn: draft.lahellaListed),
            Self.categoryField("target_groups", targetGroupList, chosen: draft.targetGroups, language: language),
            Self.categoryField("activity_kinds", activityKindList, chosen: draft.activityKinds, language: language),
            .multiline("description", label: l["directory.field.description"], text: draft.description),
            // Last, so the fields before it keep their places (issue 17).
            .choice("correspondence_language", label: l["directory.field.correspondence_language"],
                    options: Self.correspondenceLanguages.map { l["referral.slip.language.\($0.rawValue)"] },
                    selected: Self.correspondenceLanguages.firstIndex(of: draft.correspondenceLanguage) ?? 0),
        ], language: language)
        session = EditSession(form: form, base: editingID == nil ? nil : draft, declaration: EditForm(build: { stored in
            AssociationFormState(draft: stored, editingID: editingID, directory: directory, language: language).form
        }))
    }

    /// The draft as typed.
    var draft: AssociationDraft { draft { form[$0] } }

    /// The draft as the form opened it (through the form, so a category code the list no longer
    /// has is dropped on both sides and does not count as a change): a signal's draft keeps it.
    var openedDraft: AssociationDraft {
        let keys = form.fields.map(\.key)
        return draft { key in keys.firstIndex(of: key).flatMap { form.initialValues.indices.contains($0) ? form.initialValues[$0] : nil } }
    }

    private func draft(_ form: (String) -> FormValue?) -> AssociationDraft {
        var d = AssociationDraft()
        func t(_ key: String) -> String { form(key)?.text ?? "" }
        d.name = t("name"); d.businessID = t("business_id"); d.municipality = t("municipality")
        d.street = t("street"); d.postalCode = t("postal_code"); d.city = t("city"); d.phone = t("phone")
        d.email = t("email"); d.website = t("website"); d.foundedYear = t("founded_year")
        d.registerNumber = t("register_number"); d.description = t("description")
        d.status = Self.statuses[min(form("status")?.choiceIndex ?? 0, Self.statuses.count - 1)]
        d.lahellaListed = form("lahella")?.isOn ?? false
        d.correspondenceLanguage = Self.correspondenceLanguages[min(form("correspondence_language")?.choiceIndex ?? 0, Self.correspondenceLanguages.count - 1)]
        d.targetGroups = Self.codes(form("target_groups"), targetGroupList)
        d.activityKinds = Self.codes(form("activity_kinds"), activityKindList)
        return d
    }

    /// A checklist of one classification list; codes the list no longer has are dropped.
    static func categoryField(_ key: String, _ list: [CategoryLabel], chosen codes: [String], language: Language) -> FormField {
        .multiChoice(key, label: L(language)["directory.field.\(key)"], options: list.map { $0.label(language) },
                     chosen: codes.compactMap { code in list.firstIndex { $0.code == code } },
                     placeholder: L(language)["directory.field.choose_hint"])
    }

    static func codes(_ value: FormValue?, _ list: [CategoryLabel]) -> [String] {
        (value?.chosenIndices ?? []).filter { list.indices.contains($0) }.map { list[$0].code }
    }
}

/// Municipality names for completion: Finnish and Swedish names that start with the typed text.
enum MunicipalityCompletion {
    static func names(_ typed: String) -> [String] {
        let key = SearchFolding.fold(typed.trimmingCharacters(in: .whitespaces))
        guard !key.isEmpty else { return [] }
        var out: [String] = []
        for m in Municipality.all where SearchFolding.fold(m.nameFI).hasPrefix(key) { out.append(m.nameFI) }
        for m in Municipality.all where m.nameSV != m.nameFI && SearchFolding.fold(m.nameSV).hasPrefix(key) { out.append(m.nameSV) }
        if out.isEmpty {
            let loose = SearchFolding.foldAll(typed)
            out = Municipality.all.filter { SearchFolding.foldAll($0.nameFI).hasPrefix(loose) }.map(\.nameFI)
        }
        return out.sorted { FinnishCollation.areInIncreasingOrder($0, $1) }
    }
}
