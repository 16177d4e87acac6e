import Kumppani

/// The form for a booking of the chosen room, new or changed: who (an association by name),
/// which of its activities (a choice that follows the association typed), what, when (one date,
/// or weekly on the first date's weekday up to the last date), the times and the dates left
/// out. A change goes through an `EditSession`: a save over another window's change asks first.
struct BookingForm: SessionForm {
    var session: EditSession<Booking>
    let premisesID: Int64
    let roomName: String
    /// The booking as opened; nil for a new one.
    let editing: Booking?
    /// The association whose activities the activity choice lists, and their ids in its order
    /// (after "none").
    private(set) var activitiesOf: Int64?
    private(set) var activityIDs: [Int64] = []
    /// The store's refusal (a clash names the other booking), shown inside the form.
    var problem: String?

    init(premisesID: Int64, roomName: String, firstDate: CivilDate, editing: Booking? = nil, store: Store, language: Language) {
        self.premisesID = premisesID
        self.roomName = roomName
        self.editing = editing
        let form = Self.fields(editing, firstDate: firstDate, store: store, language: language)
        session = EditSession(form: form, base: editing, declaration: Self.declaration(premisesID: premisesID, roomName: roomName, store: store, language: language))
        refreshActivities(store: store, language: language)
    }

    static func fields(_ b: Booking?, firstDate: CivilDate, store: Store, language: Language) -> Form {
        let l = L(language)
        func label(_ key: String) -> String { l["premises.form.\(key)"] }
        let name = b.flatMap { try? store.database.scalarString("SELECT name FROM associations WHERE id = ?", $0.associationID) } ?? ""
        return Form(fields: [
            .text("association", label: label("association"), text: name, placeholder: l["premises.form.association_hint"]),
            .choice("activity", label: label("activity"), options: [l["premises.form.no_activity"]]),
            .text("title", label: label("title_field"), text: b?.title ?? ""),
            .text("first", label: label("first"), text: (b?.startsOn ?? firstDate).formatted(language)),
            .text("last", label: label("last"), text: b.flatMap { $0.isRecurring ? $0.endsOn.formatted(language) : nil } ?? "",
                  placeholder: l["premises.form.last_hint"]),
            // The example written as the week view writes times in this language (13.00, 13:00).
            .text("start", label: label("start"), text: b?.start.formatted(language) ?? "", placeholder: ClockTime(hour: 13, minute: 0)?.formatted(language) ?? ""),
            .text("end", label: label("end"), text: b?.end.formatted(language) ?? "", placeholder: ClockTime(hour: 15, minute: 0)?.formatted(language) ?? ""),
            .text("exceptions", label: label("exceptions"), text: b?.exceptions.sorted().map { $0.formatted(language) }.joined(separator: ", ") ?? "",
                  placeholder: l["premises.form.exceptions_hint"]),
        ], language: language)
    }

    /// How the form is built again from the stored booking (back to the form), and the
    /// association and activity shown by name in the conflict dialog.
    static func declaration(premisesID: Int64, roomName: String, store: Store, language: Language) -> EditForm<Booking> {
        EditForm(build: { stored in
            BookingForm(premisesID: premisesID, roomName: roomName, firstDate: stored.startsOn, editing: stored, store: store, language: language).form
        }, display: { label, value in
            guard let id = Int64(value.dropFirst()) else { return value }
            switch label {
            case Booking.associationField: return (try? store.database.scalarString("SELECT name FROM associations WHERE id = ?", id)) ?? value
            case Booking.activityField: return (try? store.database.scalarString("SELECT title FROM activities WHERE id = ?", id)) ?? value
            default: return value
            }
        })
    }

    /// After each key: when the association typed names one association, the activity choice
    /// lists its activities (keeping the chosen one when it is still there; on opening, the
    /// booking's own).
    mutating func refreshActivities(store: Store, language: Language) {
        let text = (form["association"]?.text ?? "").trimmingCharacters(in: .whitespaces)
        let id = try? Self.association(named: text, store: store, language: language)
        guard id != activitiesOf, let index = form.fields.firstIndex(where: { $0.key == "activity" }) else { return }
        let chosen = chosenActivity ?? (activitiesOf == nil ? editing?.activityID : nil)
        let activities = id.flatMap { try? PremisesStore(store: store).activities(associationID: $0) } ?? []
        activitiesOf = id
        activityIDs = activities.map(\.id)
        let selected = chosen.flatMap { activityIDs.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let opening = !form.isChanged
        form.fields[index].input = .choice(options: [L(language)["premises.form.no_activity"]] + activities.map(\.title), selected: selected)
        // Filling the choice when the form opens is not a change the user made.
        if opening { form.markSaved() }
    }

    var chosenActivity: Int64? {
        let i = (form["activity"]?.choiceIndex ?? 0) - 1
        return activityIDs.indices.contains(i) ? activityIDs[i] : nil
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
        // The activity chosen belongs to the association typed (the choice follows it).
        let activity = activitiesOf == association ? chosenActivity : nil
        let title = t("title").isEmpty ? (activity.flatMap { id in try? store.database.scalarString("SELECT title FROM activities WHERE id = ?", id) } ?? "") : t("title")
        return Booking(id: editing?.id ?? 0, premisesID: premisesID, associationID: association, activityID: activity, title: title,
                       startsOn: first, endsOn: last, weekday: last == nil ? nil : first.weekday, start: try time("start"), end: try time("end"),
                       note: editing?.note ?? "", exceptions: exceptions)
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

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let title = context.l[editing == nil ? "premises.form.title" : "premises.form.edit_title", roomName]
        FormBox.render(form, title: title, problem: problem, into: &frame, in: area, context: context)
    }
}
