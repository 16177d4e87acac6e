import Kumppani

/// A contact-log entry's draft: its values as typed (an entry is new input: nothing to merge).
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

    /// The form holding the typed values (the kind by its code, so a reordered list cannot change it).
    func typedForm(_ typed: DraftSidecar.ContactLogFields) -> Form {
        var out = form.applying(["date": .init(text: typed.date), "note": .init(text: typed.note), "follow_up": .init(text: typed.followUp)])
        if let i = out.fields.firstIndex(where: { $0.key == "kind" }), case .choice(let options, let selected) = out.fields[i].input {
            let index = ContactKind(rawValue: typed.kind).flatMap { Self.kinds.firstIndex(of: $0) } ?? selected
            out.fields[i].input = .choice(options: options, selected: index)
        }
        return out
    }
}
