import Kumppani

extension Form {
    /// After another window saved the record: the form as built from the stored version
    /// (`stored`), with every field the user changed (its value differs from the one the form
    /// opened with) kept as typed. The stored values become the new starting values, so
    /// Esc still asks before discarding the user's changes. Fields are matched by key.
    public mutating func rebase(onto stored: Form) {
        var next = stored
        for (i, field) in next.fields.enumerated() {
            guard let mine = fields.firstIndex(where: { $0.key == field.key }) else { continue }
            let changed = initialValues.indices.contains(mine) && fields[mine].value != initialValues[mine]
            if changed { next.fields[i] = fields[mine] }
        }
        next.initialValues = stored.initialValues
        next.focus(on: focus)
        self = next
    }
}
