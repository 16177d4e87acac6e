import Kumppani

/// The year and grouping chosen for the benefit report. They are the pane's, not the report
/// screen's: the goals' figures are for the same year, and both survive a visit to the week.
struct ReportChoice {
    /// Set on the pane's first activation to this year (nil until then).
    var year: Int?
    var grouping = BenefitReport.Grouping.targetGroup

    mutating func moveYear(by step: Int, today: CivilDate) {
        year = min(2100, max(2001, (year ?? today.year) + step))
    }

    mutating func toggleGrouping() { grouping = grouping == .targetGroup ? .goal : .targetGroup }
}
