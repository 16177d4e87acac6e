import Foundation

/// How Finnish bodies number: meetings `n/yyyy` per body and year, and agenda sections (§)
/// running through the year — the first § of a meeting continues from the body's previous
/// meeting that year.
public enum Numbering {
    /// One meeting as numbering sees it: started or not, its items in agenda order.
    public struct MeetingItems: Sendable, Equatable {
        public var started: Bool
        /// Item ids with their current §, in agenda order.
        public var items: [(id: Int64, section: Int?)]
        public init(started: Bool, items: [(id: Int64, section: Int?)]) { self.started = started; self.items = items }
        public static func == (a: Self, b: Self) -> Bool {
            a.started == b.started && a.items.map(\.id) == b.items.map(\.id) && a.items.map(\.section) == b.items.map(\.section)
        }
    }

    /// Meeting numbers of a body's year, meetings given in date order: a started meeting keeps
    /// its number; the others are numbered on from the previous one, skipping numbers that
    /// started meetings hold.
    public static func meetingNumbers(_ meetings: [(id: Int64, number: Int, started: Bool)]) -> [Int64: Int] {
        let fixed = Set(meetings.filter(\.started).map(\.number))
        var result: [Int64: Int] = [:]
        var last = 0
        for m in meetings {
            if m.started {
                result[m.id] = m.number
                last = max(last, m.number)
            } else {
                var n = last + 1
                while fixed.contains(n) { n += 1 }
                result[m.id] = n
                last = n
            }
        }
        return result
    }

    /// The next meeting number of a body in a year.
    public static func nextMeetingNumber(existing: [Int]) -> Int { (existing.max() ?? 0) + 1 }

    /// The § every item should have, for a body's meetings of one year in meeting order.
    /// Meetings not yet started are numbered afresh in agenda order; a started meeting keeps its
    /// numbers (they are in the minutes already), and an item added during it gets the next one.
    public static func assign(_ meetings: [MeetingItems]) -> [Int64: Int] {
        var result: [Int64: Int] = [:]
        var last = 0
        for meeting in meetings {
            if meeting.started {
                let fixed = meeting.items.compactMap(\.section)
                last = max(last, fixed.max() ?? last)
                for item in meeting.items {
                    if let s = item.section {
                        result[item.id] = s
                    } else {
                        last += 1
                        result[item.id] = last
                    }
                }
            } else {
                for item in meeting.items {
                    last += 1
                    result[item.id] = last
                }
            }
        }
        return result
    }
}
