import Kumppani

/// The form for a new booking of the chosen room: who (an association by name), what, when
/// (one date, or weekly from the first to the last date), the times and the dates left out.
/// A new row: nothing another window can have changed, so a `NewRowSession`.
struct BookingForm {
    var session: NewRowSession
    var form: Form {
        get { session.form }
        set { session.form = newValue }
    }
    let premisesID: Int64
    let roomName: String
    /// The store's refusal (a clash names the other booking), shown inside the form.
    var problem: String?

    init(premisesID: Int64, roomName: String, firstDate: CivilDate, language: Language) {
        let l = L(language)
        func label(_ key: String) -> String { l["premises.form.\(key)"] }
        self.premisesID = premisesID
        self.roomName = roomName
        session = NewRowSession(form: Form(fields: [
            .text("association", label: label("association"), placeholder: l["premises.form.association_hint"]),
            .text("title", label: label("title_field")),
            .text("first", label: label("first"), text: firstDate.formatted(language)),
            .text("last", label: label("last"), placeholder: l["premises.form.last_hint"]),
            .text("start", label: label("start"), placeholder: "13.00"),
            .text("end", label: label("end"), placeholder: "15.00"),
            .text("exceptions", label: label("exceptions"), placeholder: l["premises.form.exceptions_hint"]),
        ], language: language))
    }

    /// Reads the form into a booking; a field that does not read gives the message to show.
    func booking(store: Store, today: CivilDate, language: Language) throws -> Booking {
        let l = L(language)
        func t(_ key: String) -> String { (form[key]?.text ?? "").trimmingCharacters(in: .whitespaces) }
        func date(_ text: String) throws -> CivilDate {
            switch CivilDate.parse(text, today: today) {
            case .success(let d): return d
            case .failure(let p): throw FormProblem(message: p.message(language))
            }
        }
        func time(_ key: String) throws -> ClockTime {
            switch ClockTime.parse(t(key)) {
            case .success(let c): return c
            case .failure(let p): throw FormProblem(message: l["premises.form.\(key)"] + ": " + p.message(language))
            }
        }
        let association = try Self.association(named: t("association"), store: store, language: language)
        let first = try date(t("first"))
        let last = t("last").isEmpty ? nil : try date(t("last"))
        let exceptions = try Set(t("exceptions").split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map { try date(String($0)) })
        return Booking(premisesID: premisesID, associationID: association, title: t("title"), startsOn: first, endsOn: last,
                       weekday: last == nil ? nil : first.weekday, start: try time("start"), end: try time("end"), exceptions: exceptions)
    }

    /// The one association whose name is or contains the text (case and accents as typed).
    static func association(named text: String, store: Store, language: Language) throws -> Int64 {
        let l = L(language)
        guard !text.isEmpty else { throw FormProblem(message: l["premises.form.association_required"]) }
        let rows = try store.database.query("SELECT id, name FROM associations WHERE name = ?1 COLLATE NOCASE UNION ALL SELECT id, name FROM associations WHERE instr(lower(name), lower(?1)) > 0 AND name <> ?1 COLLATE NOCASE LIMIT 4", text)
        guard let first = rows.first else { throw FormProblem(message: l["premises.form.association_unknown", text]) }
        if first.string("name")?.lowercased() == text.lowercased() || rows.count == 1 { return first.int64("id") ?? 0 }
        throw FormProblem(message: l["premises.form.association_ambiguous", text, rows.prefix(3).compactMap { $0.string("name") }.joined(separator: ", ")])
    }

    func render(into frame: inout Frame, in area: Rect, context: PaneContext) {
        let width = min(area.width, max(60, min(90, area.width - 4)))
        let problemRows = problem.map { StyledLine("! " + $0, .error).wrapped(width: max(8, width - 4)) } ?? []
        let height = min(area.height, form.rowCount + 5 + problemRows.count)
        let outer = area.centered(width: width, height: height)
        frame.fill(outer, role: .dialog)
        let inner = context.boxStyle.draw(in: &frame, rect: outer, title: context.l["premises.form.title", roomName])
        let shown = Array(problemRows.prefix(max(0, inner.height - 3)))
        let formRect = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: max(0, inner.height - 1 - shown.count))
        form.render(into: &frame, in: formRect, focused: true)
        for (i, row) in shown.enumerated() {
            frame.put(row.text, x: inner.x + 1 + row.indent, y: formRect.maxY + i, role: .error, maxWidth: inner.width - 2 - row.indent)
        }
        frame.put(context.l["text.form.hint"], x: inner.x + 1, y: inner.maxY - 1, role: .dim, maxWidth: inner.width - 2)
    }
}
