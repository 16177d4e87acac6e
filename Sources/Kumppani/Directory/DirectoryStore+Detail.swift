import Foundation

extension DirectoryStore {
    static let associationColumns = """
        id, name, business_id, register_number, municipality_code, street, postal_code, city, email, phone,
        website, description, founded_year, status, lahella_listed, created_at, updated_at, correspondence_language
        """

    public func association(_ id: Int64) throws -> Association? {
        try db.queryOne("SELECT \(Self.associationColumns) FROM associations WHERE id = ?", id).map(Association.init(row:))
    }

    /// All sections of the detail view, read in one snapshot.
    public func detail(_ id: Int64) throws -> AssociationDetail? {
        try db.read {
            guard let association = try association(id) else { return nil }
            var detail = AssociationDetail(
                association: association,
                municipality: association.municipalityCode.flatMap(Municipality.named(code:)),
                targetGroups: try associationCategories(id, list: "target_group"),
                activityKinds: try associationCategories(id, list: "activity_kind"),
                people: try people(of: id),
                activities: try activities(of: id),
                contactLog: try contactLog(of: id),
                grants: try grants(of: id),
                meetingItems: try meetingItems(of: id))
            detail.tags = try tagNames(of: id)
            return detail
        }
    }

    static func category(_ r: Row, prefix: String = "") -> CategoryLabel? {
        guard let code = r.string(prefix + "code") else { return nil }
        return CategoryLabel(code: code, fi: r.string(prefix + "label_fi") ?? code, sv: r.string(prefix + "label_sv") ?? "",
                             en: r.string(prefix + "label_en") ?? code)
    }

    func associationCategories(_ id: Int64, list: String) throws -> [CategoryLabel] {
        try db.query("""
            SELECT c.code, c.label_fi, c.label_sv, c.label_en FROM association_categories ac
            JOIN categories c ON c.list = ac.list AND c.code = ac.code
            WHERE ac.association_id = ? AND ac.list = ? ORDER BY c.sort, c.code
            """, id, list).compactMap { Self.category($0) }
    }

    /// One classification list (`target_group`, `activity_kind` ...) in its own order.
    public func categories(_ list: String) throws -> [CategoryLabel] {
        try db.query("SELECT code, label_fi, label_sv, label_en FROM categories WHERE list = ? ORDER BY sort, code", list)
            .compactMap { Self.category($0) }
    }

    func people(of id: Int64) throws -> [PersonRole] {
        try db.query("""
            SELECT f.id AS affiliation_id, p.id AS person_id, p.name, p.email, p.phone, f.kind, f.title, f.start_on, f.end_on
            FROM affiliations f JOIN people p ON p.id = f.person_id
            WHERE f.association_id = ?
            ORDER BY CASE f.kind WHEN 'contact' THEN 0 WHEN 'representative' THEN 1 WHEN 'board_chair' THEN 2
                     WHEN 'board_member' THEN 3 WHEN 'board_deputy' THEN 4 WHEN 'employee' THEN 5 ELSE 6 END, p.name_key
            """, id).map { r in
            PersonRole(affiliationID: r.int64("affiliation_id") ?? 0, personID: r.int64("person_id") ?? 0,
                       name: r.string("name") ?? "", email: r.string("email") ?? "", phone: r.string("phone") ?? "",
                       kind: r.string("kind") ?? "member", title: r.string("title") ?? "",
                       startOn: r.string("start_on"), endOn: r.string("end_on"))
        }
    }

    static let activityColumns = """
        t.id, t.title, t.description, t.schedule, t.place, t.language, t.cost, t.accessibility, t.contact_text,
        k.code AS k_code, k.label_fi AS k_label_fi, k.label_sv AS k_label_sv, k.label_en AS k_label_en,
        p.name AS contact_name, p.phone AS contact_phone, p.email AS contact_email
        """

    static let activityJoins = """
        LEFT JOIN categories k ON k.list = 'activity_kind' AND k.code = t.kind_code
        LEFT JOIN people p ON p.id = t.contact_person_id
        """

    func activities(of id: Int64) throws -> [ActivityInfo] {
        try db.query("SELECT \(Self.activityColumns) FROM activities t \(Self.activityJoins) WHERE t.association_id = ? ORDER BY t.title",
                     id).map { try activity(from: $0) }
    }

    /// Builds an activity from a row of `activityColumns`, reading its target groups and places.
    func activity(from r: Row) throws -> ActivityInfo {
        let id = r.int64("id") ?? 0
        let groups = try db.query("""
            SELECT c.code, c.label_fi, c.label_sv, c.label_en FROM activity_target_groups g
            JOIN categories c ON c.list = g.list AND c.code = g.code WHERE g.activity_id = ? ORDER BY c.sort
            """, id).compactMap { Self.category($0) }
        let places = try db.query("""
            SELECT m.name_fi FROM activity_municipalities am JOIN municipalities m ON m.code = am.municipality_code
            WHERE am.activity_id = ? ORDER BY m.name_fi
            """, id).compactMap { $0.string("name_fi") }
        let contactParts = [r.string("contact_name"), r.string("contact_phone"), r.string("contact_email")]
            .compactMap { $0 }.filter { !$0.isEmpty }
        let free = r.string("contact_text") ?? ""
        let contact = ([contactParts.joined(separator: ", ")] + [free]).filter { !$0.isEmpty }.joined(separator: "; ")
        return ActivityInfo(
            id: id, title: r.string("title") ?? "", kind: Self.category(r, prefix: "k_"),
            description: r.string("description") ?? "", schedule: r.string("schedule") ?? "",
            place: r.string("place") ?? "", language: r.string("language") ?? "fi", cost: r.string("cost") ?? "",
            accessibility: r.string("accessibility") ?? "", contact: contact, targetGroups: groups, municipalities: places)
    }

    func grants(of id: Int64) throws -> [GrantSummary] {
        // The latest decision that no other decision corrects is the one in force.
        try db.query("""
            SELECT g.id, r.name AS round_name, r.year, g.requested_cents, g.stage,
                   (SELECT d.granted_cents FROM grant_decisions d WHERE d.application_id = g.id
                      AND NOT EXISTS (SELECT 1 FROM grant_decisions x WHERE x.corrects_id = d.id)
                    ORDER BY d.created_at DESC LIMIT 1) AS granted
            FROM grant_applications g JOIN grant_rounds r ON r.id = g.round_id
            WHERE g.association_id = ? ORDER BY r.year DESC, r.name
            """, id).map { r in
            GrantSummary(applicationID: r.int64("id") ?? 0, roundName: r.string("round_name") ?? "", year: r.int("year") ?? 0,
                         requestedCents: r.int64("requested_cents") ?? 0, grantedCents: r.int64("granted"),
                         stage: r.string("stage") ?? "received")
        }
    }

    func meetingItems(of id: Int64) throws -> [MeetingItemRef] {
        try db.query("""
            SELECT i.id AS item_id, m.id AS meeting_id, b.name AS body_name, m.held_on, i.section_number, i.title, i.decision
            FROM item_associations ia JOIN agenda_items i ON i.id = ia.item_id
            JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id
            WHERE ia.association_id = ? ORDER BY m.held_on DESC, i.position
            """, id).map { r in
            MeetingItemRef(itemID: r.int64("item_id") ?? 0, meetingID: r.int64("meeting_id") ?? 0,
                           bodyName: r.string("body_name") ?? "", heldOn: r.string("held_on") ?? "",
                           sectionNumber: r.int("section_number"), title: r.string("title") ?? "",
                           decision: r.string("decision") ?? "")
        }
    }
}
