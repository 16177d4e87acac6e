import Foundation

/// The kinds of role a person can have in an association, in the order the form offers them.
public enum RoleKind {
    public static let all = ["board_chair", "board_member", "board_deputy", "employee", "representative", "contact", "member"]

    public static func label(_ kind: String, _ language: Language) -> String { L(language)["directory.role.\(kind)"] }
}

/// A person's role in one association as typed into the form. The person is either an existing
/// one (`personID`) or created from `name`, `email` and `phone`. Dates are ISO `YYYY-MM-DD`.
public struct PersonRoleDraft: Equatable, Sendable {
    public var personID: Int64?
    public var name = ""
    public var email = ""
    public var phone = ""
    public var kind = "contact"
    public var title = ""
    public var startOn: String?
    public var endOn: String?

    public init() {}
}

public enum PersonRoleField: String, Sendable {
    case name, email, phone, kind, startOn, endOn
}

/// One problem of a role draft, shown next to its field.
public struct PersonRoleIssue: Equatable, Sendable {
    public let field: PersonRoleField
    public let key: String
    public let args: [String]
    public let contactProblem: ContactProblem?

    public init(_ field: PersonRoleField, _ key: String, _ args: [String] = []) {
        self.field = field; self.key = key; self.args = args; contactProblem = nil
    }

    init(_ field: PersonRoleField, _ problem: ContactProblem) {
        self.field = field; key = "directory.field.contact"; args = []; contactProblem = problem
    }

    public func message(_ language: Language) -> String {
        contactProblem?.message(language) ?? Catalog.text(key, language, args)
    }
}

public enum PersonRoleSaveResult: Equatable, Sendable {
    /// The affiliation's id and the person's.
    case saved(affiliationID: Int64, personID: Int64)
    case refused([PersonRoleIssue])
}

/// Someone already in the register whose name is close to the one typed.
public struct PersonMatch: Equatable, Sendable {
    public let id: Int64
    public let name: String
    public let email: String
    public let phone: String
    /// The associations the person has roles in, by name.
    public let associations: [String]
}

extension PersonRoleDraft {
    /// The rules that need no database; returns the normalised e-mail and phone too.
    func check() -> (issues: [PersonRoleIssue], email: String, phone: String) {
        var issues: [PersonRoleIssue] = []
        let trim = { (s: String) in s.trimmingCharacters(in: .whitespacesAndNewlines) }
        if personID == nil, trim(name).isEmpty { issues.append(PersonRoleIssue(.name, "directory.person.name_required")) }
        if !RoleKind.all.contains(kind) { issues.append(PersonRoleIssue(.kind, "directory.person.kind_unknown", [kind])) }
        func contact(_ field: PersonRoleField, _ text: String, _ rule: (String) -> Result<String, ContactProblem>) -> String {
            let t = trim(text)
            guard !t.isEmpty else { return "" }
            switch rule(t) {
            case .success(let normal): return normal
            case .failure(let problem): issues.append(PersonRoleIssue(field, problem)); return t
            }
        }
        let mail = contact(.email, email, ContactFormats.email)
        let tel = contact(.phone, phone, ContactFormats.phone)
        for (field, date) in [(PersonRoleField.startOn, startOn), (.endOn, endOn)] {
            if let date, CivilDate(iso: date) == nil { issues.append(PersonRoleIssue(field, "directory.person.bad_date_example", [date])) }
        }
        if let s = startOn.flatMap(CivilDate.init(iso:)), let e = endOn.flatMap(CivilDate.init(iso:)), e < s {
            issues.append(PersonRoleIssue(.endOn, "directory.person.end_before_start"))
        }
        return (issues, mail, tel)
    }
}
