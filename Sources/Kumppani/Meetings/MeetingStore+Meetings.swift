import Foundation

extension MeetingStore {
    /// A body's meetings (or all), newest first.
    public func meetings(bodyID: Int64? = nil) throws -> [Meeting] {
        if let bodyID {
            return try db.query("SELECT * FROM meetings WHERE body_id = ? ORDER BY held_on DESC, number DESC", bodyID).map(Self.meeting)
        }
        return try db.query("SELECT * FROM meetings ORDER BY held_on DESC, number DESC").map(Self.meeting)
    }

    public func meeting(_ id: Int64) throws -> Meeting? {
        try db.queryOne("SELECT * FROM meetings WHERE id = ?", id).map(Self.meeting)
    }

    func requireMeeting(_ id: Int64) throws -> Meeting {
        guard let m = try meeting(id) else { throw MeetingError.notFound }
        return m
    }

    /// A new meeting numbered `n/yyyy` after the body's others that year, with the standard
    /// opening and closing items (and the negotiation's structure for an annual negotiation).
    @discardableResult
    public func createMeeting(bodyID: Int64, kind: MeetingKind = .regular, heldOn: String, startsAt: String? = nil,
                              endsAt: String? = nil, place: String = "", link: String = "",
                              language: Language = .fi) throws -> Int64 {
        guard MeetingFormat.isValidDate(heldOn), let (year, _, _) = MeetingFormat.isoParts(heldOn) else {
            throw MeetingError.invalidDate(heldOn)
        }
        for t in [startsAt, endsAt].compactMap({ $0 }) where MeetingFormat.parseTime(t) != t {
            throw MeetingError.invalidTime(t)
        }
        guard let body = try body(bodyID) else { throw MeetingError.notFound }
        let id = Store.newID()
        try db.write {
            let existing = try db.query("SELECT number FROM meetings WHERE body_id = ? AND year = ?", bodyID, year).compactMap { $0.int("number") }
            let number = Numbering.nextMeetingNumber(existing: existing)
            try db.run("""
                INSERT INTO meetings (id, body_id, kind, number, year, held_on, starts_at, ends_at, place, link, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, bodyID, kind.rawValue, number, year, heldOn, startsAt, endsAt, place, link, now, now)
            // The previous meeting's officers are the likeliest ones again.
            if let prev = try db.queryOne("SELECT chair_person_id, secretary_person_id FROM meetings WHERE body_id = ? AND id != ? ORDER BY held_on DESC, year DESC, number DESC LIMIT 1", bodyID, id) {
                try db.run("UPDATE meetings SET chair_person_id = ?, secretary_person_id = ? WHERE id = ?",
                           prev.int64("chair_person_id"), prev.int64("secretary_person_id"), id)
            } else if let chair = try db.scalarInt("SELECT person_id FROM members WHERE body_id = ? AND role = 'chair' LIMIT 1", bodyID) {
                try db.run("UPDATE meetings SET chair_person_id = ? WHERE id = ?", chair, id)
            }
            // The standard items are the body's document: a Swedish (or English) body gets them in its
            // own language. 'fi' is every body's default, so there the caller's language still decides.
            // A bilingual body gets them in Finnish with the Swedish beside (issue 17).
            let templateLanguage = body.bilingual ? .fi : body.documentLanguage == .fi ? language : body.documentLanguage
            let items = AgendaTemplate.items(kind: kind, bodyTemplate: body.agendaTemplate, language: templateLanguage)
            let swedish = body.bilingual ? AgendaTemplate.items(kind: kind, bodyTemplate: body.agendaTemplate, language: .sv) : []
            for (i, item) in items.enumerated() {
                // Only a standard item has a known Swedish text; the body's own titles wait for one.
                let sv = swedish.indices.contains(i) && !item.key.isEmpty ? swedish[i] : nil
                try db.run("""
                    INSERT INTO agenda_items (id, meeting_id, position, kind, template_key, title, proposal, created_at, updated_at, title_sv, proposal_sv)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, Store.newID(), id, i + 1, item.kind.rawValue, item.key, item.title, item.proposal, now, now,
                    sv?.title ?? "", sv?.proposal ?? "")
            }
            try renumber(bodyID: bodyID, year: year)
        }
        if kind == .annualNegotiation { try carryOverGoals(bodyID: bodyID, toYear: year) }
        return id
    }

    /// Date, times, place and officers. A change of year before the meeting moves it into
    /// that year's numbering.
    /// With `base` (the meeting as the window showed it when the edit began) a change or
    /// deletion saved meanwhile by another window throws `MeetingConflict` and writes nothing.
    public func updateMeeting(_ m: Meeting, expecting base: Meeting? = nil) throws {
        if let base { try db.write { try MeetingConflict.check(id: m.id, base: base, stored: try meeting(m.id), mine: m) } }
        let old = try requireMeeting(m.id)
        if let locked = old.status.lockError { throw locked }   // officers too: editable until checked
        guard MeetingFormat.isValidDate(m.heldOn), let (year, _, _) = MeetingFormat.isoParts(m.heldOn) else {
            throw MeetingError.invalidDate(m.heldOn)
        }
        for t in [m.startsAt, m.endsAt].compactMap({ $0 }) where MeetingFormat.parseTime(t) != t {
            throw MeetingError.invalidTime(t)
        }
        if year != old.year && old.status.hasStarted { throw MeetingError.alreadyStarted }
        try db.write {
            // Again inside the writing transaction: nothing can change between this compare and the write.
            try MeetingConflict.check(id: m.id, base: base, stored: try meeting(m.id), mine: m)
            var number = old.number
            if year != old.year {
                let existing = try db.query("SELECT number FROM meetings WHERE body_id = ? AND year = ?", old.bodyID, year).compactMap { $0.int("number") }
                number = Numbering.nextMeetingNumber(existing: existing)
            }
            try db.run("""
                UPDATE meetings SET kind = ?, held_on = ?, year = ?, number = ?, starts_at = ?, ends_at = ?, place = ?, link = ?,
                    chair_person_id = ?, secretary_person_id = ?, checker1_person_id = ?, checker2_person_id = ?, updated_at = ?
                WHERE id = ?
                """, m.kind.rawValue, m.heldOn, year, number, m.startsAt, m.endsAt, m.place, m.link,
                   m.chairPersonID, m.secretaryPersonID, m.checker1PersonID, m.checker2PersonID, now, m.id)
            try renumber(bodyID: old.bodyID, year: old.year)
            if year != old.year { try renumber(bodyID: old.bodyID, year: year) }
        }
    }

    /// Moves the meeting along its lifecycle (see `Lifecycle.canMove`).
    public func setStatus(meetingID: Int64, to status: MeetingStatus) throws {
        let m = try requireMeeting(meetingID)
        if m.status == status { return }
        guard Lifecycle.canMove(from: m.status, to: status) else {
            throw MeetingError.transitionNotAllowed(from: m.status, to: status)
        }
        if status == .inSession { _ = try startMeeting(meetingID); return }
        // Audited: approving (or reopening) minutes enters the audit trail with the user and time.
        try store.auditedWrite {
            try db.run("UPDATE meetings SET status = ?, updated_at = ? WHERE id = ?", status.rawValue, now, meetingID)
            if status == .checked {
                // Who checked and when: the meeting's checkers, today, unless `checkMinutes` already said.
                let names = try [m.checker1PersonID, m.checker2PersonID].compactMap { try personName($0) }
                try db.run("""
                    UPDATE meetings SET checked_on = coalesce(checked_on, ?), checked_by = CASE WHEN checked_by = '' THEN ? ELSE checked_by END,
                        checked_at = ?, checked_os_user = ? WHERE id = ?
                    """, today, names.joined(separator: L(.fi)["grants.list.and"]), now, OSUser.current(), meetingID)
            }
            if status == .approved { try db.run("UPDATE meetings SET approved_on = ? WHERE id = ?", today, meetingID) }
            if status == .minutesDraft && m.endedAt == nil {
                try db.run("UPDATE meetings SET ended_at = ? WHERE id = ?", now, meetingID)
            }
        }
    }

    /// Only a meeting that has not been held may be deleted; its § numbers close up.
    public func deleteMeeting(_ id: Int64) throws {
        let m = try requireMeeting(id)
        guard !m.status.hasStarted else { throw MeetingError.alreadyStarted }
        try db.write {
            try db.run("UPDATE actions SET meeting_id = NULL, item_id = NULL WHERE meeting_id = ?", id)
            try db.run("DELETE FROM meetings WHERE id = ?", id)
            try renumber(bodyID: m.bodyID, year: m.year)
        }
    }

    /// Brings the meeting numbers and every § of a body's year up to date: both follow the
    /// meeting dates (see `Numbering.meetingNumbers` and `Numbering.assign`). Runs inside the
    /// caller's transaction.
    func renumber(bodyID: Int64, year: Int) throws {
        try renumberMeetings(bodyID: bodyID, year: year)
        let meetings = try db.query(
            "SELECT id, status FROM meetings WHERE body_id = ? AND year = ? ORDER BY held_on, coalesce(starts_at, ''), number", bodyID, year)
        var plan: [Numbering.MeetingItems] = []
        for m in meetings {
            let status = MeetingStatus(rawValue: m.string("status") ?? "") ?? .planned
            let items = try db.query("SELECT id, section_number FROM agenda_items WHERE meeting_id = ? ORDER BY position, id", m.int64("id") ?? 0)
            plan.append(.init(started: status.hasStarted, items: items.map { (id: $0.int64("id") ?? 0, section: $0.int("section_number")) }))
        }
        var current: [Int64: Int?] = [:]
        for item in plan.flatMap(\.items) { current[item.id] = item.section }
        for (id, section) in Numbering.assign(plan) {
            if current[id] ?? nil != section {
                try db.run("UPDATE agenda_items SET section_number = ? WHERE id = ?", section, id)
            }
        }
    }

    /// Meetings not yet started take the numbers n/yyyy in date order; a started meeting keeps
    /// its number (it is in the minutes already).
    func renumberMeetings(bodyID: Int64, year: Int) throws {
        let rows = try db.query(
            "SELECT id, number, status FROM meetings WHERE body_id = ? AND year = ? ORDER BY held_on, coalesce(starts_at, ''), number",
            bodyID, year)
        let plan = Numbering.meetingNumbers(rows.map { row in
            (id: row.int64("id") ?? 0, number: row.int("number") ?? 0,
             started: (MeetingStatus(rawValue: row.string("status") ?? "") ?? .planned).hasStarted)
        })
        let changed = rows.compactMap { row -> (Int64, Int)? in
            guard let id = row.int64("id"), let new = plan[id], new != row.int("number") else { return nil }
            return (id, new)
        }
        // Two steps, so no meeting ever holds a number another still has (UNIQUE body, year, number).
        for (id, _) in changed { try db.run("UPDATE meetings SET number = number + 1000000 WHERE id = ?", id) }
        for (id, number) in changed { try db.run("UPDATE meetings SET number = ? WHERE id = ?", number, id) }
    }

    static func meeting(_ r: Row) -> Meeting {
        Meeting(id: r.int64("id") ?? 0, bodyID: r.int64("body_id") ?? 0,
                kind: MeetingKind(rawValue: r.string("kind") ?? "") ?? .regular,
                number: r.int("number") ?? 0, year: r.int("year") ?? 0, heldOn: r.string("held_on") ?? "",
                startsAt: r.string("starts_at"), endsAt: r.string("ends_at"),
                place: r.string("place") ?? "", link: r.string("link") ?? "",
                status: MeetingStatus(rawValue: r.string("status") ?? "") ?? .planned,
                chairPersonID: r.int64("chair_person_id"), secretaryPersonID: r.int64("secretary_person_id"),
                checker1PersonID: r.int64("checker1_person_id"), checker2PersonID: r.int64("checker2_person_id"),
                startedAt: r.string("started_at"), endedAt: r.string("ended_at"),
                checkedOn: r.string("checked_on"), checkedBy: r.string("checked_by") ?? "",
                approvedOn: r.string("approved_on"), publishedOn: r.string("published_on"))
    }
}
