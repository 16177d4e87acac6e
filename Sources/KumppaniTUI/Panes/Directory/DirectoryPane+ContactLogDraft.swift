import Kumppani

/// What putting a signal's contact-log draft back into the log form achieved.
enum ContactLogDraftRestore: Equatable {
    /// The log form is open over the association with every value as typed.
    case restored
    /// The association is no longer in the register: there is nothing to attach the entry to.
    case associationGone
    /// The file could not be read; the value is the store's message.
    case failed(String)
}

extension ContactLogFormState {
    /// The values as typed, for the restore file. A valid date is kept as the day it meant when
    /// typed (a relative "+7" must not move to the restore day); other text stays as typed.
    func typedFields(associationName: String, today: CivilDate) -> DraftSidecar.ContactLogFields {
        func text(_ key: String) -> String { form[key]?.text ?? "" }
        func day(_ key: String) -> String {
            let typed = text(key)
            let trimmed = typed.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, case .success(let d) = CivilDate.parse(trimmed, today: today) else { return typed }
            return d.formatted(form.language)
        }
        let kind = Self.kinds[min(max(0, form["kind"]?.choiceIndex ?? 0), Self.kinds.count - 1)]
        return .init(associationID: associationID, associationName: associationName,
                     date: day("date"), note: text("note"), followUp: day("follow_up"), kind: kind.rawValue)
    }

    /// Puts typed values into the form's fields; the form's starting values stay those of a
    /// fresh entry, so it shows as changed and Esc asks before discarding.
    mutating func fill(with typed: DraftSidecar.ContactLogFields) {
        let texts = ["date": typed.date, "note": typed.note, "follow_up": typed.followUp]
        for i in form.fields.indices {
            switch form.fields[i].input {
            case .text, .multiline:
                guard let value = texts[form.fields[i].key] else { continue }
                form.fields[i].setText(value)
            case .choice(let options, let selected) where form.fields[i].key == "kind":
                let index = ContactKind(rawValue: typed.kind).flatMap { Self.kinds.firstIndex(of: $0) } ?? selected
                form.fields[i].input = .choice(options: options, selected: index)
            default:
                continue
            }
        }
    }
}

extension DirectoryPane {
    /// Opens the contact-log form for the association the draft belongs to, with every value
    /// as typed. An entry is new input, so nothing is merged: the user reviews and saves it
    /// with the normal save. When the association is gone nothing opens (the caller says so).
    func restoreContactLogForm(_ typed: DraftSidecar.ContactLogFields, context: inout PaneContext) -> ContactLogDraftRestore {
        let dir = directory(context)
        let exists: Bool
        do {
            exists = try dir.association(typed.associationID) != nil
        } catch {
            return .failed((error as? StoreError)?.message(context.language) ?? String(describing: error))
        }
        guard exists else { return .associationGone }
        showWholeList()   // the association's row, with the form over it
        reload(context: context, keeping: typed.associationID)
        var state = ContactLogFormState(associationID: typed.associationID, today: context.today, language: context.language)
        state.fill(with: typed)
        overlay = .log(state)
        return .restored
    }
}
