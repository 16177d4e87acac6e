import Foundation

/// The bodies of the meetings pane and their members.
enum DemoBodies {
    struct Body {
        let id: Int64
        let kind: String
        var members: [(member: Int64, person: Int64, role: String)]
    }

    static let partnershipTables = ["Ikäihmisten kumppanuuspöytä", "Lasten, nuorten ja perheiden kumppanuuspöytä",
                                    "Mielenterveys- ja päihdetyön kumppanuuspöytä", "Vammaisjärjestöjen kumppanuuspöytä",
                                    "Liikunnan kumppanuuspöytä", "Kotoutumisen kumppanuuspöytä", "Kylien ja lähiöiden kumppanuuspöytä",
                                    "Osallisuuden kumppanuuspöytä"]

    /// HYTE committee and NGO advisory board always; partnership tables too for a large region.
    static func generate(_ c: DemoContext) throws -> [Body] {
        let n = DemoNames.person(&c.rng)
        c.coordinatorID = try c.insertPerson(first: n.first, last: n.last, title: "järjestökoordinaattori", domain: "phhyky.example")
        var bodies: [Body] = []
        let hyte = try insertBody(c, name: "Hyvinvoinnin ja terveyden edistämisen lautakunta", kind: "hyte_committee", seats: 11, fromAssociations: false)
        c.hyteBodyID = hyte.id
        bodies.append(hyte)
        let board = try insertBody(c, name: "Järjestöneuvottelukunta", kind: "ngo_advisory_board", seats: 13, fromAssociations: true)
        c.advisoryBodyID = board.id
        bodies.append(board)
        if c.scale >= 10_000 {
            for name in partnershipTables {
                let body = try insertBody(c, name: name, kind: "partnership_table", seats: 9, fromAssociations: true)
                c.partnershipBodyIDs.append(body.id)
                bodies.append(body)
            }
        }
        return bodies
    }

    static func insertBody(_ c: DemoContext, name: String, kind: String, seats: Int, fromAssociations: Bool) throws -> Body {
        let id = c.rng.id()
        try c.db.run("INSERT INTO bodies(id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)", id, name, kind, c.createdAt, c.createdAt)
        var body = Body(id: id, kind: kind, members: [])
        var seated = Set<Int64>()
        let termStart = DemoDay(year: c.today.year - (c.today.year % 2 == 0 ? 1 : 0) - 2, month: 6, day: 1)
        let termEnd = DemoDay(year: termStart.year + 4, month: 5, day: 31)
        for seat in 0..<seats {
            let role = seat == 0 ? "chair" : (seat == 1 ? "vice_chair" : "member")
            let member = try insertMember(c, bodyID: id, role: role, deputyFor: nil, fromAssociations: fromAssociations, term: (termStart, termEnd), seated: &seated)
            body.members.append(member)
            // Every ordinary member has a personal deputy.
            if role == "member" {
                let deputy = try insertMember(c, bodyID: id, role: "deputy", deputyFor: member.member,
                                              fromAssociations: fromAssociations, term: (termStart, termEnd), seated: &seated)
                body.members.append(deputy)
            }
        }
        return body
    }

    static func insertMember(_ c: DemoContext, bodyID: Int64, role: String, deputyFor: Int64?, fromAssociations: Bool,
                             term: (DemoDay, DemoDay), seated: inout Set<Int64>) throws -> (member: Int64, person: Int64, role: String) {
        var person: Int64
        var represents = ""
        var association: Int64?
        var candidate: (person: Int64, association: Int64)?
        for _ in 0..<20 where fromAssociations && !c.boardPeople.isEmpty && candidate == nil {
            let pick = c.boardPeople[c.rng.below(c.boardPeople.count)]
            if !seated.contains(pick.person) { candidate = pick }
        }
        if let pick = candidate {
            person = pick.person
            association = pick.association
            represents = c.associations.first(where: { $0.id == pick.association })?.name ?? ""
        } else {
            let n = DemoNames.person(&c.rng)
            person = try c.insertPerson(first: n.first, last: n.last, title: "valtuutettu", domain: "luottamus.example")
            represents = c.rng.pick(["Kok.", "SDP", "PS", "Kesk.", "Vihr.", "Vas.", "KD", "RKP"])
        }
        seated.insert(person)
        let id = c.rng.id()
        try c.db.run("""
            INSERT INTO members(id, body_id, person_id, represents, represents_association_id, role, deputy_for_member_id, term_start_on, term_end_on, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, bodyID, person, represents, association, role, deputyFor, term.0.iso, term.1.iso, c.createdAt])
        return (id, person, role)
    }
}
