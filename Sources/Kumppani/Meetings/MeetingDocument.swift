import Foundation

/// Everything the agenda and the minutes of one meeting print, gathered in one read.
public struct MeetingDocument: Sendable {
    public struct Person: Sendable, Equatable {
        public var name: String
        /// Role in the body (`chair`...), or `deputy`/`other`.
        public var role: String
        public var represents: String
        /// For a deputy: whose seat they fill.
        public var deputyFor: String
        public var arrived: String
        public var left: String
        public var note: String
    }

    public struct Item: Sendable {
        public var item: AgendaItem
        public var attachments: [Attachment]
        public var associations: [String]
        public var counterProposals: [CounterProposal]
        public var disqualifications: [Disqualification]
        public var actions: [MeetingAction]
        /// Only on the follow-up item: the body's actions from earlier meetings.
        public var followUp: [MeetingAction]
        public var amendments: [Amendment]
        /// The grant decisions made in this § (the same rows the grant view reads).
        public var grantDecisions: [SectionDecisionLine] = []
    }

    public var body: Body
    public var meeting: Meeting
    public var chair: String
    public var secretary: String
    public var checkers: [String]
    public var members: [Person]
    public var present: [Person]
    public var absent: [Person]
    public var others: [Person]
    public var items: [Item]
    /// Amendments not tied to one item.
    public var amendments: [Amendment]
    public var goals: [NegotiationGoal]
    /// The county whose record this is (its name and business ID head every document).
    public var county = CountySettings()

    /// What every printed page carries.
    public func printHeader(_ documentType: String) -> PrintHeader {
        PrintHeader(county: county, body: body.name, documentType: documentType, number: meeting.numberText,
                    date: MeetingFormat.date(meeting.heldOn))
    }

    /// The time line of the header: actual start and end when stamped, else the planned ones.
    public var timeRange: (start: String, end: String) {
        let start = meeting.startedAt.map { MeetingFormat.localTime(ofInstant: $0) } ?? MeetingFormat.time(meeting.startsAt)
        let end = meeting.endedAt.map { MeetingFormat.localTime(ofInstant: $0) } ?? MeetingFormat.time(meeting.endsAt)
        return (start, end)
    }
}

extension MeetingStore {
    /// Reads one meeting's whole document in a single snapshot.
    public func document(meetingID: Int64) throws -> MeetingDocument {
        try db.read {
            let m = try requireMeeting(meetingID)
            guard let body = try body(m.bodyID) else { throw MeetingError.notFound }
            let members = try self.members(bodyID: m.bodyID).filter { $0.serves(on: m.heldOn) }
            let attendance = try self.attendance(meetingID: meetingID).filter(\.isRecorded)
            let names = Dictionary((members.map { ($0.personID, $0.personName) } + attendance.map { ($0.personID, $0.personName) }),
                                   uniquingKeysWith: { a, _ in a })
            let memberByPerson = Dictionary(members.map { ($0.personID, $0) }, uniquingKeysWith: { a, _ in a })
            func name(_ id: Int64?) throws -> String {
                guard let id else { return "" }
                return try names[id] ?? personName(id) ?? ""
            }
            let startedAt = m.startedAt
            func person(_ a: Attendance) throws -> MeetingDocument.Person {
                let member = memberByPerson[a.personID]
                // Arrival is worth printing only when it was after the start.
                let late = a.arrivedAt != nil && (a.arrivedAt ?? "") > (startedAt ?? "~")
                return MeetingDocument.Person(
                    name: a.personName, role: a.role == .member ? (member?.role.rawValue ?? "member") : a.role.rawValue,
                    represents: member?.represents ?? "", deputyFor: try name(a.deputyForPersonID),
                    arrived: late ? MeetingFormat.localTime(ofInstant: a.arrivedAt) : "",
                    left: MeetingFormat.localTime(ofInstant: a.leftAt), note: a.note)
            }
            let cameIDs = Set(attendance.map(\.personID))
            let present = try attendance.filter { $0.role != .other }.map(person)
            let others = try attendance.filter { $0.role == .other }.map(person)
            let absent = members.filter { $0.role.holdsSeat && !cameIDs.contains($0.personID) }.map {
                MeetingDocument.Person(name: $0.personName, role: $0.role.rawValue, represents: $0.represents,
                                       deputyFor: "", arrived: "", left: "", note: "")
            }
            let memberList = members.map { mem in
                MeetingDocument.Person(name: mem.personName, role: mem.role.rawValue, represents: mem.represents,
                                       deputyFor: members.first { $0.id == mem.deputyForMemberID }?.personName ?? "",
                                       arrived: "", left: "", note: "")
            }
            let allAmendments = try amendments(meetingID: meetingID)
            let meetingActions = try actions(meetingID: meetingID)
            var items: [MeetingDocument.Item] = []
            let grants = GrantStore(store: store)
            for item in try self.items(meetingID: meetingID) {
                items.append(MeetingDocument.Item(
                    item: item, attachments: try attachments(itemID: item.id),
                    associations: try linkedAssociations(itemID: item.id).map(\.name),
                    counterProposals: try counterProposals(itemID: item.id),
                    disqualifications: try disqualifications(itemID: item.id),
                    actions: meetingActions.filter { $0.itemID == item.id },
                    followUp: AgendaTemplate.isFollowUp(item) ? try followUpActions(meetingID: meetingID) : [],
                    amendments: allAmendments.filter { $0.itemID == item.id },
                    grantDecisions: item.section == nil ? [] : try grants.sectionDecisions(itemID: item.id)))
            }
            return MeetingDocument(
                body: body, meeting: m, chair: try name(m.chairPersonID), secretary: try name(m.secretaryPersonID),
                checkers: try [m.checker1PersonID, m.checker2PersonID].map(name).filter { !$0.isEmpty },
                members: memberList, present: present, absent: absent, others: others, items: items,
                amendments: allAmendments.filter { $0.itemID == nil },
                goals: m.kind == .annualNegotiation ? try goals(bodyID: m.bodyID, year: m.year) : [],
                county: try store.countySettings())
        }
    }
}
