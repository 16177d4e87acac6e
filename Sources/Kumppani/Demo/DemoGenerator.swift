import Foundation

/// Writes a realistic, deterministic demo database: Päijät-Häme's associations, their
/// activities and people, grant rounds with applications in every stage, and the two bodies'
/// meetings with minutes. The same seed always gives the same data.
public enum DemoGenerator {
    public struct Summary: Equatable, Sendable {
        public var associations = 0
        public var activities = 0
        public var people = 0
        public var grantRounds = 0
        public var applications = 0
        public var meetings = 0
        public var agendaItems = 0
    }

    public static let defaultAssociationCount = 600

    /// Generates into `store` in one transaction (search index rebuilt once at the end).
    /// `today` defaults to the store's clock; `progress` gets 0...1.
    @discardableResult
    public static func generate(into store: Store, associations: Int = defaultAssociationCount, seed: UInt64 = 1,
                                today: Date? = nil, progress: ((Double) -> Void)? = nil) throws -> Summary {
        let now = store.clock.now()
        let context = DemoContext(db: store.database, seed: seed, today: DemoDay(today ?? now),
                                  createdAt: Timestamp.iso(now), scale: max(0, associations))
        // The demo's decisions, payments and minutes enter the audit trail as user "demo", each at
        // the time its record says it was made.
        try SearchIndex.bulkLoad(on: store.database) { try AuditSession.write(on: store.database, osUser: "demo", at: nil) {
            try DemoDirectory.generate(context, count: max(0, associations)) { progress?(0.65 * $0) }
            progress?(0.65)
            context.bodies = try DemoBodies.generate(context)
            try DemoGrants.generate(context)
            progress?(0.8)
            try DemoMeetings.generate(context)
            try DemoBilingual.generate(context)
            try DemoPremises.generate(context)
            progress?(0.9)
        } }
        progress?(1)
        return context.summary
    }

    /// The sort key stored in `name_key` columns.
    static func nameKey(_ name: String) -> String { FinnishCollation.sortKey(name) }
}

/// Shared state while generating: the random stream, the database, and what earlier steps made.
final class DemoContext {
    let db: Database
    var rng: SeededRandom
    let today: DemoDay
    let createdAt: String
    let scale: Int
    var summary = DemoGenerator.Summary()

    /// (id, name, place index) of every association, and of the active ones.
    var associations: [(id: Int64, name: String, place: Int)] = []
    var activeAssociations: [Int] = []
    /// People who sit on boards, for body members.
    var boardPeople: [(person: Int64, association: Int64)] = []
    /// The county's own staff.
    var coordinatorID: Int64 = 0
    var hyteBodyID: Int64 = 0
    var advisoryBodyID: Int64 = 0
    var partnershipBodyIDs: [Int64] = []
    var bodies: [DemoBodies.Body] = []
    /// The hyte committee's meeting days per year: grant rounds are decided in these meetings.
    var hyteSchedule: [(year: Int, days: [DemoDay])] = []
    /// Decisions made in a § of the committee: written when the meeting's agenda is.
    var pendingDecisions: [DemoDecisions.Pending] = []
    var caseSequence = 5100

    init(db: Database, seed: UInt64, today: DemoDay, createdAt: String, scale: Int) {
        self.db = db
        self.rng = SeededRandom(seed: seed)
        self.today = today
        self.createdAt = createdAt
        self.scale = scale
    }

    /// Years of grant and meeting history: three, or ten for a large region.
    var historyYears: Int { scale >= 50_000 ? 10 : 3 }

    /// Inserts a person and returns the id.
    func insertPerson(first: String, last: String, title: String, domain: String) throws -> Int64 {
        let id = rng.id()
        let name = "\(first) \(last)"
        let email = DemoNames.emailLocal(name) + "@" + domain
        let phone = DemoContact.phone(&rng, mobile: true)
        try db.run("INSERT INTO people(id, name, name_key, email, phone, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   id, name, DemoGenerator.nameKey(name), email, phone, title, createdAt, createdAt)
        summary.people += 1
        return id
    }
}

/// Phone numbers in the stored (normalised) form.
enum DemoContact {
    static func phone(_ rng: inout SeededRandom, mobile: Bool, areaCode: String = "03") -> String {
        let raw: String
        if mobile {
            raw = rng.pick(["040", "044", "045", "050"]) + DemoIdentifiers.padded(rng.below(10_000_000), 7)
        } else {
            raw = areaCode + DemoIdentifiers.padded(rng.below(10_000_000), 7)
        }
        return PhoneFormat.normalise(raw) ?? raw
    }
}
