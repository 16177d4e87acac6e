import Foundation

/// What the county gave and what it got, per target group or per strategy goal, for a year and
/// the one before it (the welfare report's table).
///
/// The year of a grant is its round's year: "paid" is what was paid (corrections included) on
/// applications of that year's rounds, and their use-of-grant reports give people reached and
/// volunteer hours. Premises hours are the bookings that take place in the calendar year.
/// A report not received is counted as missing, never as zero: people reached stay unknown
/// (`nil`) while no report of the group is in, and cost per person uses only the grants whose
/// report is in. By target group a grant is split evenly between its groups (totals add up);
/// by goal an item serving two goals counts for both (goal rows do not add up).
public struct BenefitReport: Sendable, Equatable {
    public enum Grouping: String, Sendable, CaseIterable {
        case targetGroup = "target-group"
        case goal
    }

    public struct Figures: Sendable, Equatable {
        public var paidCents: Int64 = 0
        public var premisesMinutes = 0
        public var premisesValueCents: Int64 = 0
        public var activities = 0
        /// nil: no report of this group is in.
        public var peopleReached: Int? = nil
        public var volunteerHours: Int? = nil
        public var reportsExpected = 0
        public var reportsReceived = 0
        /// Paid on the grants whose report is in: the base of cost per person.
        public var paidReportedCents: Int64 = 0

        public var reportsMissing: Int { max(0, reportsExpected - reportsReceived) }
        public var costPerPersonCents: Int64? {
            guard let people = peopleReached, people > 0 else { return nil }
            return paidReportedCents / Int64(people)
        }
        public var premisesHours: Double { Double(premisesMinutes) / 60 }
    }

    public struct Line: Sendable, Equatable {
        public var label: String
        public var current: Figures
        public var previous: Figures
        /// By goal: the goal's id (for its view of what serves it).
        public var goalID: Int64? = nil
    }

    public var year: Int
    public var grouping: Grouping
    public var lines: [Line]

    public static func build(store: Store, year: Int, by grouping: Grouping, language: Language) throws -> BenefitReport {
        try store.database.read {
            let current = try BenefitFigures(store: store, year: year, grouping: grouping, language: language).compute()
            let previous = try BenefitFigures(store: store, year: year - 1, grouping: grouping, language: language).compute()
            var labels = Set(current.keys).union(previous.keys).sorted { FinnishCollation.compare($0, $1) == .orderedAscending }
            // "No target group" last.
            let none = L(language)["grants.charts.no_target_group"]
            if let i = labels.firstIndex(of: none) { labels.append(labels.remove(at: i)) }
            let goals = grouping == .goal ? Dictionary(try StrategyStore(store: store).goals().map { ("\($0.code) \($0.title(in: language))", $0.id) }, uniquingKeysWith: { a, _ in a }) : [:]
            let lines = labels.map { Line(label: $0, current: current[$0] ?? Figures(), previous: previous[$0] ?? Figures(), goalID: goals[$0]) }
            return BenefitReport(year: year, grouping: grouping, lines: lines)
        }
    }
}
