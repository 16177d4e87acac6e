import Foundation

/// An association's standing. Dissolved ones stay for their financial records.
public enum AssociationStatus: String, CaseIterable, Sendable {
    case active, dormant, dissolved

    public func label(_ language: Language) -> String { L(language)["directory.status.\(rawValue)"] }
}

/// The order of the association list.
public enum DirectorySort: String, CaseIterable, Sendable {
    /// Finnish collation (… z, å, ä, ö); with a search, name matches come first.
    case name
    /// Municipality name in Finnish collation, then name.
    case municipality
    /// Most recent contact first; never contacted last.
    case lastContact

    /// The next order for the `s` toggle.
    public var next: DirectorySort {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    public func label(_ language: Language) -> String { L(language)["directory.sort.\(rawValue)"] }
}

/// The filters of the `f` overlay. `nil` means "any"; all set filters must hold.
public struct DirectoryFilter: Equatable, Sendable {
    public var municipalityCode: String?
    /// A `target_group` category code, matched on the association or any of its activities.
    public var targetGroup: String?
    /// An `activity_kind` category code, matched on the association or any of its activities.
    public var activityKind: String?
    public var status: AssociationStatus?
    /// true: has an application that is not closed or withdrawn; false: has none.
    public var hasOpenGrant: Bool?
    public var lahellaListed: Bool?
    /// A wellbeing services county's Finnish name (`Päijät-Hämeen hyvinvointialue`): its municipalities.
    public var wellbeingCounty: String?
    /// A tag's key (`TagName.key`): the associations carrying that tag.
    public var tag: String?

    public init(municipalityCode: String? = nil, targetGroup: String? = nil, activityKind: String? = nil,
                status: AssociationStatus? = nil, hasOpenGrant: Bool? = nil, lahellaListed: Bool? = nil,
                wellbeingCounty: String? = nil, tag: String? = nil) {
        self.wellbeingCounty = wellbeingCounty
        self.tag = tag
        self.municipalityCode = municipalityCode
        self.targetGroup = targetGroup
        self.activityKind = activityKind
        self.status = status
        self.hasOpenGrant = hasOpenGrant
        self.lahellaListed = lahellaListed
    }

    public var isEmpty: Bool { self == DirectoryFilter() }

    /// Grant stages that still need the coordinator's attention.
    static let openGrantStages = "('received', 'in_review', 'proposed', 'decided', 'paid', 'reported', 'recovery')"

    /// SQL conditions on `a` (associations) with their arguments.
    func conditions() -> [(sql: String, args: [DatabaseValueConvertible?])] {
        var out: [(String, [DatabaseValueConvertible?])] = []
        if let code = municipalityCode {
            out.append(("a.municipality_code = ?", [code]))
        }
        if let county = wellbeingCounty {
            // The county's municipality codes are fixed data: listed inline, they use the index.
            let codes = Municipality.all.filter { $0.wellbeingCountyFI == county }.map(\.code)
            if codes.isEmpty {
                out.append(("0", []))   // not a county name: nothing matches
            } else {
                out.append(("a.municipality_code IN (\(codes.map { _ in "?" }.joined(separator: ", ")))", codes))
            }
        }
        if let group = targetGroup {
            out.append(("""
                (EXISTS (SELECT 1 FROM association_categories c WHERE c.association_id = a.id AND c.list = 'target_group' AND c.code = ?)
                 OR EXISTS (SELECT 1 FROM activities t JOIN activity_target_groups g ON g.activity_id = t.id WHERE t.association_id = a.id AND g.code = ?))
                """, [group, group]))
        }
        if let kind = activityKind {
            out.append(("""
                (EXISTS (SELECT 1 FROM association_categories c WHERE c.association_id = a.id AND c.list = 'activity_kind' AND c.code = ?)
                 OR EXISTS (SELECT 1 FROM activities t WHERE t.association_id = a.id AND t.kind_code = ?))
                """, [kind, kind]))
        }
        if let status {
            out.append(("a.status = ?", [status.rawValue]))
        }
        if let open = hasOpenGrant {
            out.append(("\(open ? "" : "NOT ")EXISTS (SELECT 1 FROM grant_applications g WHERE g.association_id = a.id AND g.stage IN \(Self.openGrantStages))", []))
        }
        if let listed = lahellaListed {
            out.append(("a.lahella_listed = ?", [listed]))
        }
        if let tag {
            out.append(("EXISTS (SELECT 1 FROM association_tags x WHERE x.association_id = a.id AND x.tag_key = ?)", [tag]))
        }
        return out
    }
}

/// What the list shows: search text, filters and order.
public struct DirectoryQuery: Equatable, Sendable {
    public var search: String
    public var filter: DirectoryFilter
    public var sort: DirectorySort

    public init(search: String = "", filter: DirectoryFilter = DirectoryFilter(), sort: DirectorySort = .name) {
        self.search = search
        self.filter = filter
        self.sort = sort
    }
}

/// One line of the association list.
public struct AssociationRow: Equatable, Sendable {
    public let id: Int64
    public let name: String
    public let municipalityCode: String?
    /// Finnish name of the municipality, empty when none.
    public let municipalityName: String
    public let status: AssociationStatus
    /// ISO date of the latest contact-log entry.
    public let lastContactOn: String?
    /// A follow-up is due today or overdue and not done.
    public let followUpDue: Bool
    /// Which search tier found the row (`.exact` outside a search).
    public var matchTier: SearchTier = .exact
}

extension AssociationRow {
    /// The municipality as the list shows it: Borgå in Swedish, Porvoo otherwise.
    public func municipalityName(_ language: Language) -> String {
        municipalityCode.flatMap(Municipality.named(code:))?.name(language) ?? municipalityName
    }
}
