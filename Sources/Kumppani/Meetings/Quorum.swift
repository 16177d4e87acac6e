import Foundation

/// When a body can decide: more than half of its seats by default, or a fixed number.
public enum QuorumRule: Sendable, Equatable {
    case majority
    case atLeast(Int)

    /// Stored as `majority` or `at_least:N`; anything unreadable falls back to the legal default.
    public init(stored: String) {
        let s = stored.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("at_least:"), let n = Int(s.dropFirst("at_least:".count)), n > 0 {
            self = .atLeast(n)
        } else {
            self = .majority
        }
    }

    public var stored: String {
        switch self {
        case .majority: return "majority"
        case .atLeast(let n): return "at_least:\(n)"
        }
    }

    /// How many filled seats a body of `seats` needs.
    public func required(seats: Int) -> Int {
        switch self {
        case .majority: return seats / 2 + 1
        case .atLeast(let n): return n
        }
    }
}

/// A seat, held by its principal, that one of the deputies may fill.
public struct QuorumSeat: Sendable, Equatable {
    public var principal: Int64
    public var deputies: [Int64]
    public init(principal: Int64, deputies: [Int64] = []) { self.principal = principal; self.deputies = deputies }
}

public struct QuorumResult: Sendable, Equatable {
    public var filled: Int
    public var seats: Int
    public var required: Int
    public var hasQuorum: Bool { seats > 0 && filled >= required }
}

/// The quorum count. A disqualified member is absent for that item; their deputy may step in.
public enum Quorum {
    /// Seats of the body on a date: chair, vice-chair and members whose term covers it,
    /// with the deputies named for each.
    public static func seats(members: [Member], on date: String) -> [QuorumSeat] {
        let serving = members.filter { $0.serves(on: date) }
        return serving.filter { $0.role.holdsSeat }.map { seat in
            QuorumSeat(principal: seat.personID,
                       deputies: serving.filter { $0.role == .deputy && $0.deputyForMemberID == seat.id }.map(\.personID))
        }
    }

    /// Counts filled seats. `deputyFor` adds deputies named at the meeting (attendance rows)
    /// to those named in the body's membership. A person fills at most one seat.
    public static func evaluate(seats: [QuorumSeat], present: Set<Int64>, disqualified: Set<Int64> = [],
                                deputyFor: [Int64: Int64] = [:], rule: QuorumRule) -> QuorumResult {
        let able = present.subtracting(disqualified)
        var used = Set<Int64>()
        var filled = 0
        // Principals first, so a principal is never "used up" as someone else's deputy.
        var open: [QuorumSeat] = []
        for seat in seats {
            if able.contains(seat.principal) {
                filled += 1
                used.insert(seat.principal)
            } else {
                open.append(seat)
            }
        }
        for seat in open {
            let named = seat.deputies + deputyFor.filter { $0.value == seat.principal }.map(\.key).sorted()
            if let deputy = named.first(where: { able.contains($0) && !used.contains($0) }) {
                filled += 1
                used.insert(deputy)
            }
        }
        return QuorumResult(filled: filled, seats: seats.count, required: rule.required(seats: seats.count))
    }
}
