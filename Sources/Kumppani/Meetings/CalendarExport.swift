import Foundation

/// Meetings, action due dates and grant deadlines as one iCalendar file.
extension MeetingStore {
    public func calendarEvents(language: Language = .fi) throws -> [ICalendar.Event] {
        let l = L(language)
        var events: [ICalendar.Event] = []
        try db.read {
            let allBodies = try bodies()
            let bodyNames = Dictionary(allBodies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            let bodyByID = Dictionary(allBodies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for m in try meetings().reversed() {
                let name = bodyNames[m.bodyID] ?? ""
                // A meeting's event speaks its body's document language (issue 17); a body left at
                // Finnish, the default, follows the calendar's language as before.
                let body = bodyByID[m.bodyID]
                let kind = m.kind == .annualNegotiation ? " – " + Self.calendarText(body, language) { L($0)["meetings.meeting_kind.annual_negotiation"] } : ""
                let agenda = try items(meetingID: m.id).map { item in
                    (item.section.map { "§ \($0) " } ?? "") + Self.calendarText(body, language) { Self.itemTitle(item, $0, bilingual: body?.bilingual == true) }
                }.joined(separator: "\n")
                let updated = try db.scalarString("SELECT updated_at FROM meetings WHERE id = ?", m.id) ?? ""
                let when: ICalendar.When = m.startsAt.map { .local(date: m.heldOn, start: $0, end: m.endsAt) } ?? .day(m.heldOn)
                events.append(ICalendar.Event(uid: "meeting-\(m.id)@kumppani", stamp: updated, when: when,
                                              summary: "\(name) \(m.numberText)\(kind)", location: m.place.isEmpty ? m.link : m.place,
                                              description: agenda, url: m.link))
            }
            for a in try actions(ActionFilter(scope: .open)) {
                guard let due = a.dueOn else { continue }
                let updated = try db.scalarString("SELECT updated_at FROM actions WHERE id = ?", a.id) ?? a.createdAt
                var summary = l["meetings.calendar.action", a.text]
                if !a.owner.isEmpty { summary += " (\(a.owner))" }
                events.append(ICalendar.Event(uid: "action-\(a.id)@kumppani", stamp: updated, when: .day(due),
                                              summary: summary, description: bodyNames[a.bodyID] ?? ""))
            }
            for r in try db.query("SELECT id, name, closes_on, report_due_on, updated_at FROM grant_rounds ORDER BY year, name") {
                let id = r.int64("id") ?? 0, name = r.string("name") ?? "", updated = r.string("updated_at") ?? ""
                if let closes = r.string("closes_on") {
                    events.append(.init(uid: "round-\(id)-closes@kumppani", stamp: updated, when: .day(closes),
                                        summary: l["meetings.calendar.round_closes", name]))
                }
                if let due = r.string("report_due_on") {
                    events.append(.init(uid: "round-\(id)-report@kumppani", stamp: updated, when: .day(due),
                                        summary: l["meetings.calendar.reports_due", name]))
                }
            }
            for r in try db.query("""
                SELECT gr.id, gr.due_on, gr.updated_at, a.name FROM grant_reports gr
                JOIN grant_applications g ON g.id = gr.application_id JOIN associations a ON a.id = g.association_id
                WHERE gr.due_on IS NOT NULL AND gr.received_on IS NULL ORDER BY gr.due_on
                """) {
                guard let due = r.string("due_on") else { continue }
                events.append(.init(uid: "report-\(r.int64("id") ?? 0)@kumppani", stamp: r.string("updated_at") ?? "", when: .day(due),
                                    summary: l["meetings.calendar.report_due", r.string("name") ?? ""]))
            }
        }
        return events + (try PremisesStore(store: store).calendarEvents(language: language))
    }

    public func exportCalendar(language: Language = .fi) throws -> String {
        ICalendar.write(try calendarEvents(language: language))
    }

    /// A text of a meeting's event in its body's language: both, Finnish first, for a bilingual body.
    static func calendarText(_ body: Body?, _ fallback: Language, _ text: (Language) -> String) -> String {
        guard let body else { return text(fallback) }
        if body.bilingual { return BilingualDocument.pair(text(.fi), text(.sv)) }
        return text(body.documentLanguage == .fi ? fallback : body.documentLanguage)
    }

    static func itemTitle(_ item: AgendaItem, _ language: Language, bilingual: Bool) -> String {
        let texts: DocumentTexts = bilingual ? (language == .sv ? .bilingualSwedish : .bilingualFinnish) : .single(language)
        return texts.text(item, .title)
    }
}
