import Foundation

/// The figures behind the grant charts of one year.
public struct GrantCharts: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var cents: Int64
    }
    /// Money set against what it achieved, for one target group.
    public struct Benefit: Sendable, Equatable {
        public var targetGroup: String
        public var grantedCents: Int64
        public var peopleReached: Int
        public var volunteerHours: Int
        /// Euros per person reached, in cents (nil when nobody was reported).
        public var centsPerPerson: Int64? { peopleReached > 0 ? grantedCents / Int64(peopleReached) : nil }
    }

    public var year: Int
    public var byMunicipality: [Bar]
    public var byTargetGroup: [Bar]
    public var benefits: [Benefit]

    /// Grants in force of the rounds of `year`. An application with several target groups has its
    /// grant split evenly between them (the remainder cents to the first), so totals never double-count.
    public static func build(store: Store, year: Int, language: Language) throws -> GrantCharts {
        let db = store.database
        let noMunicipality = L(language)["grants.charts.no_municipality"]
        let noGroup = L(language)["grants.charts.no_target_group"]
        let grants = try db.query("""
            SELECT a.id, d.granted_cents, coalesce(\(language == .sv ? "nullif(m.name_sv, ''), " : "")m.name_fi, '') AS municipality FROM grant_applications a
            JOIN grant_rounds r ON r.id = a.round_id JOIN associations s ON s.id = a.association_id
            LEFT JOIN municipalities m ON m.code = s.municipality_code
            JOIN grant_decisions d ON d.application_id = a.id AND NOT EXISTS (SELECT 1 FROM grant_decisions c WHERE c.corrects_id = d.id)
            WHERE r.year = ? AND a.stage <> 'withdrawn' AND d.granted_cents > 0
            """, year)
        let labelColumn = Localized.column("label", language)
        var labels: [String: String] = [:]
        for row in try db.query("SELECT code, \(labelColumn) AS label FROM categories WHERE list = 'target_group'") {
            if let code = row.string("code") { labels[code] = row.string("label") ?? code }
        }
        var byMunicipality: [String: Int64] = [:]
        var byGroup: [String: Int64] = [:]
        for row in grants {
            guard let id = row.int64("id") else { continue }
            let cents = row.int64("granted_cents") ?? 0
            let town = row.string("municipality") ?? ""
            byMunicipality[town.isEmpty ? noMunicipality : town, default: 0] += cents
            let groups = try db.query("SELECT code FROM application_target_groups WHERE application_id = ? ORDER BY code", id)
                .compactMap { $0.string("code") }
            if groups.isEmpty { byGroup[noGroup, default: 0] += cents; continue }
            let share = cents / Int64(groups.count), remainder = cents % Int64(groups.count)
            for (i, code) in groups.enumerated() { byGroup[labels[code] ?? code, default: 0] += share + (i == 0 ? remainder : 0) }
        }
        var people: [String: (Int, Int)] = [:]
        for row in try db.query("""
            SELECT f.target_group_code, sum(f.people_reached) AS people, sum(f.volunteer_hours) AS hours
            FROM report_figures f JOIN grant_reports g ON g.id = f.report_id JOIN grant_applications a ON a.id = g.application_id
            JOIN grant_rounds r ON r.id = a.round_id WHERE r.year = ? GROUP BY f.target_group_code
            """, year) {
            guard let code = row.string("target_group_code") else { continue }
            people[labels[code] ?? code] = (row.int("people") ?? 0, row.int("hours") ?? 0)
        }
        func bars(_ d: [String: Int64]) -> [Bar] {
            d.map { Bar(label: $0.key, cents: $0.value) }.sorted {
                $0.cents != $1.cents ? $0.cents > $1.cents : FinnishCollation.compare($0.label, $1.label) == .orderedAscending
            }
        }
        let groupNames = Set(byGroup.keys).union(people.keys)
        let benefits = groupNames.map { name in
            Benefit(targetGroup: name, grantedCents: byGroup[name] ?? 0, peopleReached: people[name]?.0 ?? 0, volunteerHours: people[name]?.1 ?? 0)
        }.sorted { $0.grantedCents != $1.grantedCents ? $0.grantedCents > $1.grantedCents
                   : FinnishCollation.compare($0.targetGroup, $1.targetGroup) == .orderedAscending }
        return GrantCharts(year: year, byMunicipality: bars(byMunicipality), byTargetGroup: bars(byGroup), benefits: benefits)
    }
}
