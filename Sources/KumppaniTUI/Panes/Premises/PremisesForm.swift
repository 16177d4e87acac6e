import Kumppani

/// The form for a new room in the premises register: name, owner, address, capacity,
/// accessibility, equipment, contact, the price per hour (0 = free) and the hourly value for
/// the benefit report. A new row, so a `NewRowSession`.
struct PremisesForm {
    var session: NewRowSession
    var form: Form {
        get { session.form }
        set { session.form = newValue }
    }
    var problem: String?

    init(language: Language) {
        let l = L(language)
        func label(_ key: String) -> String { l["premises.form.\(key)"] }
        session = NewRowSession(form: Form(fields: [
            .text("name", label: label("name")),
            .text("owner", label: label("owner"), placeholder: l["premises.form.owner_hint"]),
            .text("address", label: label("address")),
            .text("capacity", label: label("capacity")),
            .text("accessibility", label: label("accessibility")),
            .text("equipment", label: label("equipment")),
            .text("contact", label: label("contact")),
            .text("price", label: label("price"), placeholder: l["premises.form.price_hint"]),
            .text("value", label: label("value")),
        ], language: language))
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
        return Premises(name: t("name"), owner: t("owner"), address: t("address"), capacity: capacity, accessibility: t("accessibility"),
                        equipment: t("equipment"), contact: t("contact"), priceCentsPerHour: try money("price"), hourlyValueCents: try money("value"))
    }

    func render(into frame: inout Frame, in area: Rect, context: PaneContext) {
        let width = min(area.width, max(60, min(90, area.width - 4)))
        let problemRows = problem.map { StyledLine("! " + $0, .error).wrapped(width: max(8, width - 4)) } ?? []
        let height = min(area.height, form.rowCount + 5 + problemRows.count)
        let outer = area.centered(width: width, height: height)
        frame.fill(outer, role: .dialog)
        let inner = context.boxStyle.draw(in: &frame, rect: outer, title: context.l["premises.form.new_premises"])
        let shown = Array(problemRows.prefix(max(0, inner.height - 3)))
        let formRect = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: max(0, inner.height - 1 - shown.count))
        form.render(into: &frame, in: formRect, focused: true)
        for (i, row) in shown.enumerated() {
            frame.put(row.text, x: inner.x + 1 + row.indent, y: formRect.maxY + i, role: .error, maxWidth: inner.width - 2 - row.indent)
        }
        frame.put(context.l["text.form.hint"], x: inner.x + 1, y: inner.maxY - 1, role: .dim, maxWidth: inner.width - 2)
    }
}
