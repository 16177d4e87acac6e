import Kumppani

/// The settings of one body (a HYTE committee, an NGO advisory board, a partnership table): its
/// name, kind, quorum rule, agenda template, document language and appeal instructions. The
/// edit goes through an `EditSession`, so a save over another window's change asks first, and
/// a signal's draft comes back with `:draft` like every other form.
struct BodySettingsForm: SessionForm {
    var session: EditSession<Body>
    /// The body as opened: its id, and the name in the title.
    let editing: Body
    /// Seats held today: the most a fixed quorum can ask for (0: no members yet, any number ≥ 1).
    let seats: Int
    /// The store's refusal, shown inside the box.
    var problem: String?

    /// The document languages in the order the choice offers them, as `Body.documentLanguageCode` stores them.
    static let languageCodes = [Language.fi.rawValue, Language.sv.rawValue, Language.en.rawValue, Body.bilingualCode]

    init(editing: Body, seats: Int, language: Language) {
        self.editing = editing
        self.seats = seats
        session = EditSession(form: Self.fields(editing, seats: seats, language), base: editing,
                              declaration: EditForm(build: { stored in Self.fields(stored, seats: seats, language) }))
    }

    static func fields(_ b: Body, seats: Int, _ language: Language) -> Form {
        let l = L(language)
        func label(_ key: String) -> String { l["bodies.form.\(key)"] }
        let kinds = BodyKind.allCases
        let languages = languageCodes.map { l["bodies.form.language.\($0 == Body.bilingualCode ? "bilingual" : $0)"] }
        return Form(fields: [
            .text("name", label: label("name"), text: b.name,
                  validator: { $0.text?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false ? nil : l["bodies.form.name_empty"] }),
            .choice("kind", label: label("kind"), options: kinds.map { l["meetings.body_kind.\($0.rawValue)"] },
                    selected: kinds.firstIndex(of: b.kind) ?? 0),
            .text("quorum", label: label("quorum"), text: quorumText(b.quorumRule, l), placeholder: l["bodies.form.quorum_hint"],
                  validator: { value in
                      guard case .failure(let message) = parseQuorum(value.text ?? "", seats: seats, language) else { return nil }
                      return message.message
                  }),
            .choice("language", label: label("language"), options: languages,
                    selected: languageCodes.firstIndex(of: b.documentLanguageCode) ?? 0),
            .multiline("agenda_template", label: label("agenda_template"), text: b.agendaTemplate,
                       placeholder: l["bodies.form.agenda_template_hint"]),
            .multiline("appeal", label: label("appeal"), text: b.appealInstructions, placeholder: l["bodies.form.appeal_hint"]),
        ], language: language)
    }

    /// The quorum as the field shows it: the word for a majority, or the number.
    static func quorumText(_ rule: QuorumRule, _ l: L) -> String {
        switch rule {
        case .majority: return l["bodies.quorum.majority"]
        case .atLeast(let n): return String(n)
        }
    }

    /// "enemmistö" / "majority" / "majoritet" (any of the three, any case, or empty) is a
    /// majority; a whole number from 1 to the seats held (any number ≥ 1 while none are) is a
    /// fixed quorum. Anything else is the message shown under the field.
    static func parseQuorum(_ typed: String, seats: Int, _ language: Language) -> Result<QuorumRule, QuorumProblem> {
        let text = typed.trimmingCharacters(in: .whitespaces).lowercased()
        let majorityWords = Language.allCases.map { L($0)["bodies.quorum.majority"].lowercased() }
        if text.isEmpty || majorityWords.contains(text) { return .success(.majority) }
        let l = L(language)
        let problem = seats > 0 ? l["bodies.form.quorum_invalid", seats] : l["bodies.form.quorum_invalid_any"]
        guard let n = Int(text), n >= 1, seats == 0 || n <= seats else { return .failure(QuorumProblem(message: problem)) }
        return .success(.atLeast(n))
    }

    struct QuorumProblem: Error, Equatable { let message: String }

    /// The body as the form now reads; a field that does not read throws its message.
    func body(language: Language) throws -> Body {
        func t(_ key: String) -> String { (form[key]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func choice(_ key: String) -> Int { if case .choice(let i)? = form[key] { return i }; return 0 }
        let rule: QuorumRule
        switch Self.parseQuorum(form["quorum"]?.text ?? "", seats: seats, language) {
        case .success(let r): rule = r
        case .failure(let p): throw FormProblem(message: p.message)
        }
        let code = Self.languageCodes.indices.contains(choice("language")) ? Self.languageCodes[choice("language")] : Language.fi.rawValue
        let kinds = BodyKind.allCases
        var out = editing
        out.name = t("name")
        out.kind = kinds.indices.contains(choice("kind")) ? kinds[choice("kind")] : editing.kind
        out.quorumRule = rule
        // The template keeps its lines as typed (its items are one a line); only the ends are trimmed.
        out.agendaTemplate = t("agenda_template")
        out.bilingual = code == Body.bilingualCode
        out.documentLanguage = out.bilingual ? .fi : (Language(rawValue: code) ?? .fi)
        out.appealInstructions = t("appeal")
        return out
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        FormBox.render(form, title: context.l["bodies.form.title", editing.name], problem: problem,
                               into: &frame, in: area, context: context)
    }

    /// One line under the meetings' header: the body's kind, quorum and document language.
    static func summary(_ b: Body, _ l: L) -> String {
        let quorum: String
        switch b.quorumRule {
        case .majority: quorum = l["bodies.quorum.majority"]
        case .atLeast(let n): quorum = l["bodies.quorum.at_least", n]
        }
        let code = b.documentLanguageCode
        return l["bodies.summary", l["meetings.body_kind.\(b.kind.rawValue)"], quorum,
                 l["bodies.form.language.\(code == Body.bilingualCode ? "bilingual" : code)"]]
    }
}
