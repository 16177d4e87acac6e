import Foundation
import XCTest
@testable import Kumppani

/// A small directory: a few associations with activities, people, log entries and grants.
struct DirectoryFixture {
    let store: Store
    let directory: DirectoryStore

    /// 23.11.2026 12.00 in Helsinki.
    static let now = ISO8601DateFormatter().date(from: "2026-11-23T10:00:00Z") ?? Date()

    init(date: Date = DirectoryFixture.now) throws {
        store = try Store.inMemory(clock: FixedClock(date))
        directory = DirectoryStore(store: store)
    }

    var db: Database { store.database }

    @discardableResult
    func add(_ name: String, municipality: String = "Lahti", businessID: String = "", description: String = "",
             status: AssociationStatus = .active, lahella: Bool = false, targetGroups: [String] = [],
             file: StaticString = #filePath, line: UInt = #line) throws -> Int64 {
        var d = AssociationDraft()
        d.name = name
        d.municipality = municipality
        d.businessID = businessID
        d.description = description
        d.status = status
        d.lahellaListed = lahella
        d.targetGroups = targetGroups
        switch try directory.save(d) {
        case .saved(let id, _): return id
        case .refused(let v):
            XCTFail("not saved: \(v.issues.map { $0.message(.en) })", file: file, line: line)
            return 0
        }
    }

    @discardableResult
    func activity(_ association: Int64, _ title: String, kind: String? = nil, groups: [String] = [], places: [String] = [],
                  schedule: String = "", place: String = "", cost: String = "", contact: String = "") throws -> Int64 {
        let id = Store.newID()
        try db.write {
            try db.run("""
                INSERT INTO activities(id, association_id, title, kind_code, schedule, place, cost, contact_text, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'x', 'x')
                """, id, association, title, kind, schedule, place, cost, contact)
            for g in groups { try db.run("INSERT INTO activity_target_groups(activity_id, code) VALUES (?, ?)", id, g) }
            for p in places { try db.run("INSERT INTO activity_municipalities(activity_id, municipality_code) VALUES (?, ?)", id, p) }
        }
        return id
    }

    @discardableResult
    func person(_ name: String, in association: Int64, kind: String, phone: String = "") throws -> Int64 {
        let id = Store.newID()
        try db.write {
            try db.run("INSERT INTO people(id, name, name_key, phone, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')",
                       id, name, name.lowercased(), phone)
            try db.run("INSERT INTO affiliations(id, person_id, association_id, kind, created_at) VALUES (?, ?, ?, ?, 'x')",
                       Store.newID(), id, association, kind)
        }
        return id
    }

    @discardableResult
    func grant(_ association: Int64, stage: String = "received", requested: Int64 = 500_000, granted: Int64? = nil) throws -> Int64 {
        let round = Store.newID(), app = Store.newID()
        try db.write {
            try db.run("""
                INSERT INTO grant_rounds(id, name, year, grant_type_code, appropriation_cents, created_at, updated_at)
                VALUES (?, 'Yleisavustukset 2026', 2026, 'general', 10000000, 'x', 'x')
                """, round)
            try db.run("""
                INSERT INTO grant_applications(id, round_id, association_id, requested_cents, stage, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'x', 'x')
                """, app, round, association, requested, stage)
            if let granted {
                try db.run("""
                    INSERT INTO grant_decisions(id, application_id, outcome, granted_cents, decided_on, created_at, created_by)
                    VALUES (?, ?, 'granted', ?, '2026-03-01', 'x', 'x')
                    """, Store.newID(), app, granted)
            }
        }
        return app
    }

    func names(_ query: DirectoryQuery) throws -> [String] {
        let listing = try directory.listing(query)
        return try directory.rows(listing, offset: 0, limit: 1000).map(\.name)
    }

    func names(search: String, filter: DirectoryFilter = DirectoryFilter(), sort: DirectorySort = .name) throws -> [String] {
        try names(DirectoryQuery(search: search, filter: filter, sort: sort))
    }
}
