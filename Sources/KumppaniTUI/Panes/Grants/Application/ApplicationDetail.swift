import Kumppani

/// Everything the application view shows, loaded at once.
struct ApplicationDetail {
    var summary: ApplicationSummary
    var application: GrantApplication
    var round: GrantRound
    var snapshot: ApplicationSnapshot
    var decisions: [GrantDecision]
    var payments: [GrantPayment]
    var report: GrantReport?
    var recoveries: [GrantRecovery]
    var appeals: [GrantAppeal]
    var history: [StageHistoryEntry]
    var warnings: [ContinuityWarning]
    var conflicts: [Conflict]
    var criteria: [RoundCriterion]
    var scores: [Int64: Int]
    var bodyNames: [Int64: String]
    var targetGroupLabels: [String: String]

    static func load(store: Store, applicationID id: Int64, today: CivilDate, language: Language) throws -> ApplicationDetail {
        let grants = GrantStore(store: store)
        let app = try grants.application(id: id)
        guard let summary = try grants.applications(roundID: app.roundID).first(where: { $0.id == id }) else { throw GrantProblem.notFound }
        let groups = try grants.categories("target_group", language: language)
        return ApplicationDetail(
            summary: summary, application: app, round: try grants.round(id: app.roundID),
            snapshot: try grants.snapshot(applicationID: id), decisions: try grants.decisions(applicationID: id),
            payments: try grants.payments(applicationID: id), report: try grants.report(applicationID: id),
            recoveries: try grants.recoveries(applicationID: id), appeals: try grants.appeals(applicationID: id),
            history: try grants.history(applicationID: id),
            warnings: try ContinuityCheck(store: store).warnings(applicationID: id, today: today),
            conflicts: try DisqualificationCheck(store: store).conflicts(roundID: app.roundID, on: today, language: language)
                .filter { $0.applicationID == id },
            criteria: try grants.criteria(roundID: app.roundID), scores: try grants.scores(applicationID: id),
            bodyNames: Dictionary(try grants.bodies().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
            targetGroupLabels: Dictionary(groups.map { ($0.code, $0.label) }, uniquingKeysWith: { a, _ in a }))
    }
}

/// A line of text with its look, for the scrolling views.
struct StyledLine: Equatable {
    var text: String
    var role: StyleRole
    var indent: Int
    init(_ text: String, _ role: StyleRole = .normal, indent: Int = 0) { self.text = text; self.role = role; self.indent = indent }

    /// The line as screen rows `width` columns wide (indent included), so a long refusal or
    /// warning is read in full instead of being cut at the edge. A continuation row lines up
    /// under the text after a leading `! ` or `· ` mark.
    func wrapped(width: Int) -> [StyledLine] {
        let room = max(8, width - indent)
        let rows = TextLayout.wrap(text, width: room)
        guard rows.count > 1 else { return [self] }
        let hang = text.hasPrefix("! ") || text.hasPrefix("· ") ? 2 : 0
        var out = [StyledLine(rows[0], role, indent: indent)]
        // Re-wrap the rest in the narrower hanging room.
        let rest = TextLayout.wrap(rows.dropFirst().joined(separator: " "), width: max(8, room - hang))
        out += rest.map { StyledLine($0, role, indent: indent + hang) }
        return out
    }
}

extension Array where Element == StyledLine {
    /// Every line wrapped to `width` columns.
    func wrapped(width: Int) -> [StyledLine] { flatMap { $0.wrapped(width: width) } }
}

/// Small formatting helpers shared by the grant views.
enum GrantFormat {
    static func money(_ cents: Int64?, _ language: Language) -> String {
        cents.map { Money(cents: $0).formatted(language) } ?? "–"
    }
    static func date(_ d: CivilDate?, _ language: Language) -> String { d?.formatted(language) ?? "–" }

    /// A count with grouped thousands: `9 527` (fi), `9,527` (en).
    static func count(_ n: Int, _ language: Language) -> String {
        let digits = Array(String(n.magnitude))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(language.usesNordicFormats ? " " : ",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// `2026-11-23T10:00:00.000Z` shown as Helsinki wall-clock `23.11.2026 12.00`.
    static func instant(_ iso: String, _ language: Language) -> String {
        guard let date = UTCTimestamp.parse(iso) else { return iso }
        let local = HelsinkiTime.civilDate(of: date)
        return local.formatted(language) + " " + HelsinkiTime.clockTime(of: date).formatted(language)
    }
}
