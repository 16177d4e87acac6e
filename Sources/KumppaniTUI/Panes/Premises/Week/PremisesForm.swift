import Kumppani

/// The form for a room of the premises register, new or changed: name, owner, address,
/// capacity, accessibility, equipment, contact, the price per hour (0 = free) and the hourly
/// value for the benefit report. A change goes through an `EditSession`, so a save over
/// another window's change asks first.
struct PremisesForm: SessionForm {
    var session: EditSession<Premises>
    /// The room as opened (nil for a new one): its id and the municipality the form does not edit.
    let editing: Premises?
    var problem: String?

    init(editing: Premises? = nil, language: Language) {
        self.editing = editing
        session = EditSession(form: Self.fields(editing, language), base: editing,
                              declaration: EditForm(build: { stored in Self.fields(stored, language) }))
    }

    static func fields(_ p: Premises?, _ language: Language) -> Form {
        let l = L(language)
        func label(_ key: String) -> String { l["premises.form.\(key)"] }
        func money(_ c: Int64?) -> String { c.map { $0 == 0 ? "" : Money(cents: $0).editable(language) } ?? "" }
        return Form(fields: [
            .text("name", label: label("name"), text: p?.name ?? ""),
            .text("owner", label: label("owner"), text: p?.owner ?? "", placeholder: l["premises.form.owner_hint"]),
            .text("address", label: label("address"), text: p?.address ?? ""),
            .text("capacity", label: label("capacity"), text: p?.capacity.map(String.init) ?? ""),
            .text("accessibility", label: label("accessibility"), text: p?.accessibility ?? ""),
            .text("equipment", label: label("equipment"), text: p?.equipment ?? ""),
            .text("contact", label: label("contact"), text: p?.contact ?? ""),
            .text("price", label: label("price"), text: money(p?.priceCentsPerHour), placeholder: l["premises.form.price_hint"]),
            .text("value", label: label("value"), text: money(p?.hourlyValueCents)),
        ], language: language)
    }

    func premises(language: Language) throws -> Premises {
        let l = L(language)
        func t(_ key: String) -> String { (form[key]?.text ?? "").trimmingCharacters(in: .whitespaces) }
        func money(_ key: String) throws -> Int64 {
            guard !t(key).isEmpty else { return 0 }
            switch Money.parse(t(key), language: language) {
            case .success(let m): return m.cents
            case .failure(let p): throw FormProblem(message: l["premises.form.\(key)"] + ": " + p.message(language))
            }
        }
        var capacity: Int?
        if !t("capacity").isEmpty {
            guard let n = Int(t("capacity")), n >= 0 else { throw FormProblem(message: l["premises.form.capacity_number"]) }
            capacity = n
        }
        return Premises(id: editing?.id ?? 0, name: t("name"), owner: t("owner"), address: t("address"),
                        municipalityCode: editing?.municipalityCode, capacity: capacity, accessibility: t("accessibility"),
                        equipment: t("equipment"), contact: t("contact"), priceCentsPerHour: try money("price"), hourlyValueCents: try money("value"))
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let title = editing.map { context.l["premises.form.edit_premises", $0.name] } ?? context.l["premises.form.new_premises"]
        FormBox.render(form, title: title, problem: problem, into: &frame, in: area, context: context)
    }
}
