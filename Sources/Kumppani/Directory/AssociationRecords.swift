import Foundation

/// An association's own columns.
public struct Association: Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var businessID: String?
    public var registerNumber: String?
    public var municipalityCode: String?
    public var street: String
    public var postalCode: String
    public var city: String
    public var email: String
    public var phone: String
    public var website: String
    public var description: String
    public var foundedYear: Int?
    public var status: AssociationStatus
    public var lahellaListed: Bool
    /// The language letters and referral slips to it are written in (issue 17): fi, sv or en.
    public var correspondenceLanguage: Language = .fi
    public var createdAt: String
    public var updatedAt: String

    init(row r: Row) {
        id = r.int64("id") ?? 0
        name = r.string("name") ?? ""
        businessID = r.string("business_id")
        registerNumber = r.string("register_number")
        municipalityCode = r.string("municipality_code")
        street = r.string("street") ?? ""
        postalCode = r.string("postal_code") ?? ""
        city = r.string("city") ?? ""
        email = r.string("email") ?? ""
        phone = r.string("phone") ?? ""
        website = r.string("website") ?? ""
        description = r.string("description") ?? ""
        foundedYear = r.int("founded_year")
        status = AssociationStatus(rawValue: r.string("status") ?? "") ?? .active
        lahellaListed = r.bool("lahella_listed")
        correspondenceLanguage = r.string("correspondence_language").flatMap(Language.init(rawValue:)) ?? .fi
        createdAt = r.string("created_at") ?? ""
        updatedAt = r.string("updated_at") ?? ""
    }
}

/// An entry of a classification list (target group, activity kind ...) with its labels.
public struct CategoryLabel: Equatable, Hashable, Sendable {
    public let code: String
    public let fi: String
    public let sv: String
    public let en: String

    public init(code: String, fi: String, sv: String = "", en: String) {
        self.code = code; self.fi = fi; self.sv = sv; self.en = en
    }

    public func label(_ language: Language) -> String {
        switch language {
        case .fi: return fi
        case .sv: return sv.isEmpty ? fi : sv  // an unnamed Swedish label shows the Finnish source
        case .en: return en
        }
    }
}

/// A person's role in an association: board seat, employee, representative, contact.
public struct PersonRole: Equatable, Sendable {
    public let affiliationID: Int64
    public let personID: Int64
    public let name: String
    public let email: String
    public let phone: String
    /// `board_chair`, `board_member`, `board_deputy`, `employee`, `representative`, `contact`, `member`.
    public let kind: String
    public let title: String
    public let startOn: String?
    public let endOn: String?

    public func kindLabel(_ language: Language) -> String { L(language)["directory.role.\(kind)"] }
}

/// An activity with what a referral needs.
public struct ActivityInfo: Equatable, Sendable {
    public let id: Int64
    public let title: String
    public let kind: CategoryLabel?
    public let description: String
    public let schedule: String
    public let place: String
    public let language: String
    public let cost: String
    public let accessibility: String
    /// The contact person's name and phone/e-mail, or the free-text contact.
    public let contact: String
    public let targetGroups: [CategoryLabel]
    public let municipalities: [String]

    /// The place with the municipalities it is held in, each named once: the place often ends
    /// with its municipality already ("…, Heinola").
    public var placeWithMunicipalities: String {
        let placeWords = Set(SearchPlan.tokens(place).map { $0.lowercased() })
        let extra = municipalities.filter { !SearchPlan.tokens($0).allSatisfy { placeWords.contains($0.lowercased()) } }
        return ([place] + extra).filter { !$0.isEmpty }.joined(separator: ", ")
    }
}

/// One grant application of the association.
public struct GrantSummary: Equatable, Sendable {
    public let applicationID: Int64
    public let roundName: String
    public let year: Int
    public let requestedCents: Int64
    /// The latest decision's amount (corrections replace the decision they correct), or nil.
    public let grantedCents: Int64?
    /// `received`, `in_review`, `proposed`, `decided`, `paid`, `reported`, `closed`, `withdrawn`, `recovery`.
    public let stage: String

    public func stageLabel(_ language: Language) -> String { L(language)["directory.stage.\(stage)"] }
}

/// An agenda item that concerns the association.
public struct MeetingItemRef: Equatable, Sendable {
    public let itemID: Int64
    public let meetingID: Int64
    public let bodyName: String
    public let heldOn: String
    public let sectionNumber: Int?
    public let title: String
    public let decision: String
}

/// Everything the county knows about one association, for the detail view.
public struct AssociationDetail: Equatable, Sendable {
    public let association: Association
    public let municipality: Municipality?
    public let targetGroups: [CategoryLabel]
    public let activityKinds: [CategoryLabel]
    /// Named contacts and representatives first, then the board and employees.
    public let people: [PersonRole]
    public let activities: [ActivityInfo]
    public let contactLog: [ContactLogEntry]
    public let grants: [GrantSummary]
    public let meetingItems: [MeetingItemRef]
    /// The association's tags, alphabetically (`Tags.swift`).
    public var tags: [String] = []

    /// The people whose role is `contact` or `representative`.
    public var contacts: [PersonRole] { people.filter { $0.kind == "contact" || $0.kind == "representative" } }
    public var hasGrants: Bool { !grants.isEmpty }
    public func followUpsDue(today: String) -> [ContactLogEntry] { contactLog.filter { $0.isDue(today: today) } }
}
