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
