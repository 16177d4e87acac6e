import Foundation
import XCTest
@testable import Kumppani

/// A clock the test moves forward, for arrival and departure stamps.
final class SteppingClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ iso: String) { current = MeetingFormat.instant(iso) ?? Date(timeIntervalSince1970: 0) }
    func now() -> Date { lock.lock(); defer { lock.unlock() }; return current }
    func advance(minutes: Int) { lock.lock(); current += TimeInterval(minutes * 60); lock.unlock() }
}

/// A body with a chair, three members and a deputy for the first member.
struct MeetingFixture {
    let clock: SteppingClock
    let store: Store
    let meetings: MeetingStore
    let bodyID: Int64
    var people: [String: Int64] = [:]
    var memberIDs: [String: Int64] = [:]

    init(now: String = "2026-11-23T12:00:00.000Z") throws {
        clock = SteppingClock(now)
        store = try Store.inMemory(clock: clock)
        meetings = MeetingStore(store: store)
        bodyID = try meetings.createBody(name: "Päijät-Hämeen kumppanuuspöytä", kind: .partnershipTable)
        for (name, role) in [("Aino Aalto", MemberRole.chair), ("Eero Esko", .member), ("Liisa Laine", .member), ("Matti Mäki", .member)] {
            let p = try meetings.createPerson(name: name)
            people[name] = p
            memberIDs[name] = try meetings.addMember(bodyID: bodyID, personID: p, role: role, represents: "Yhdistys \(name.prefix(1))")
        }
        let deputy = try meetings.createPerson(name: "Ville Vara")
        people["Ville Vara"] = deputy
        memberIDs["Ville Vara"] = try meetings.addMember(bodyID: bodyID, personID: deputy, role: .deputy, deputyFor: memberIDs["Eero Esko"])
    }

    func person(_ name: String) -> Int64 { people[name] ?? -1 }
}
