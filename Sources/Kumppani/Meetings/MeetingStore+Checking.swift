import Foundation

/// Draft → checked → approved: checking records who checked and when; approval is followed by
/// the date the minutes were put up for public viewing.
extension MeetingStore {
    /// The secretary records the checkers' confirmation: their names and the date they checked.
    /// The minutes are then locked: any change is an amendment with a reason.
    public func checkMinutes(meetingID: Int64, checkedOn: String, checkers: String) throws {
        let m = try requireMeeting(meetingID)
        guard MeetingFormat.isValidDate(checkedOn) else { throw MeetingError.invalidDate(checkedOn) }
        let names = checkers.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !names.isEmpty else { throw MeetingError.checkersMissing }
        guard m.status == .minutesDraft else { throw MeetingError.transitionNotAllowed(from: m.status, to: .checked) }
        try db.write {
            try db.run("UPDATE meetings SET checked_on = ?, checked_by = ? WHERE id = ?", checkedOn, names, meetingID)
            try setStatus(meetingID: meetingID, to: .checked)
        }
    }

    /// The date approved minutes were put up for public viewing (*yleisesti nähtävillä*).
    public func publish(meetingID: Int64, on date: String) throws {
        let m = try requireMeeting(meetingID)
        guard m.status == .approved else { throw MeetingError.notApproved }
        guard MeetingFormat.isValidDate(date) else { throw MeetingError.invalidDate(date) }
        try db.write { try db.run("UPDATE meetings SET published_on = ? WHERE id = ?", date, meetingID) }
    }

    /// The status as every exported document states it on its first lines: LUONNOS,
    /// "Tarkastettu 12.3.2026: …", "Hyväksytty …" and the publication date.
    public static func statusLine(_ m: Meeting, language: Language) -> String {
        let l = L(language)
        switch m.status {
        case .checked:
            return l["decisions.status.checked", m.checkedOn.map(MeetingFormat.date) ?? "", m.checkedBy].trimmingCharacters(in: .whitespaces)
        case .approved:
            var text = l["decisions.status.approved", m.approvedOn.map(MeetingFormat.date) ?? ""].trimmingCharacters(in: .whitespaces)
            if let on = m.checkedOn { text = l["decisions.status.checked", MeetingFormat.date(on), m.checkedBy] + " · " + text }
            if let published = m.publishedOn { text += " · " + l["decisions.status.published", MeetingFormat.date(published)] }
            return text
        default:
            return l["decisions.status.draft"]
        }
    }

    /// How many may vote at an item: members present, and deputies acting for absent members,
    /// its disqualified members left out. Guests never vote.
    public func votingPresent(meetingID: Int64, itemID: Int64) throws -> Int {
        try quorum(meetingID: meetingID, itemID: itemID).filled
    }
}
