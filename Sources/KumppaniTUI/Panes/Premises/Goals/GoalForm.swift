import Kumppani

/// The form for a strategy goal, new or changed: code, title, the period (years), the
/// description, the indicators (one a line), and the Swedish title and description. A change goes through an `EditSession`.
struct GoalForm: SessionForm {
    var session: EditSession<StrategyGoal>
    let editing: StrategyGoal?
    var problem: String?

    init(editing: StrategyGoal? = nil, language: Language) {
        self.editing = editing
        session = EditSession(form: Self.fields(editing, language), base: editing,
                              declaration: EditForm(build: { stored in Self.fields(stored, language) }))
    }

    static func fields(_ g: StrategyGoal?, _ language: Language) -> Form {
        let l = L(language)
        func label(_ key: String) -> String { l["strategy.form.\(key)"] }
        return Form(fields: [
            .text("code", label: label("code"), text: g?.code ?? "", placeholder: "H1"),
            .text("title", label: label("title"), text: g?.title ?? ""),
            .text("period_from", label: label("period_from"), text: g?.periodFrom.map(String.init) ?? "", placeholder: "2026"),
            .text("period_to", label: label("period_to"), text: g?.periodTo.map(String.init) ?? "", placeholder: "2029"),
            .multiline("description", label: label("description"), text: g?.description ?? ""),
            .multiline("indicators", label: label("indicators"), text: g?.indicators ?? "", placeholder: l["strategy.form.indicators_hint"]),
            // The Swedish texts last, so the Finnish form reads as before (issue 17).
            .text("title_sv", label: label("title_sv"), text: g?.titleSV ?? ""),
            .multiline("description_sv", label: label("description_sv"), text: g?.descriptionSV ?? ""),
        ], language: language)
    }

    func goal(language: Language) throws -> StrategyGoal {
        let l = L(language)
        func t(_ key: String) -> String { (form[key]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func year(_ key: String) throws -> Int? {
            guard !t(key).isEmpty else { return nil }
            guard let y = Int(t(key)), (2000...2100).contains(y) else { throw FormProblem(message: l["strategy.form.year_number", l["strategy.form.\(key)"]]) }
            return y
        }
        let from = try year("period_from"), to = try year("period_to")
        if let from, let to, to < from { throw FormProblem(message: l["strategy.form.period_order"]) }
        return StrategyGoal(id: editing?.id ?? 0, code: t("code"), title: t("title"), description: t("description"),
                            periodFrom: from, periodTo: to, indicators: t("indicators"),
                            titleSV: t("title_sv"), descriptionSV: t("description_sv"))
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let title = editing.map { context.l["strategy.form.edit", $0.code] } ?? context.l["strategy.form.new"]
        FormBox.render(form, title: title, problem: problem, into: &frame, in: area, context: context)
    }
}
