import Foundation

/// An activity as typed into its form. Codes are category codes; places are municipality
/// names (Finnish or Swedish) or codes separated by commas.
public struct ActivityDraft: Equatable, Sendable {
    public var title = ""
    public var kindCode: String?
    public var description = ""
    public var targetGroups: [String] = []
    public var municipalities = ""
    public var schedule = ""
    public var place = ""
    /// `fi`, `sv` or `en`: the language the activity is held in.
    public var language = "fi"
    public var cost = ""
    public var accessibility = ""
    /// A person with a role in the association, shown with their phone and e-mail.
    public var contactPersonID: Int64?
    /// Free-text contact (a phone line, "ilmoittautuminen ...").
    public var contactText = ""

    public static let languages = ["fi", "sv", "en"]

    public init() {}
}

/// The activity form's fields that can carry a message.
public enum ActivityField: String, Sendable {
    case title, kind, targetGroups, municipalities, language, contactPerson
}

/// One problem of an activity draft, shown next to its field.
public struct ActivityIssue: Equatable, Sendable {
    public let field: ActivityField
    public let key: String
    public let args: [String]

    public init(_ field: ActivityField, _ key: String, _ args: [String] = []) {
        self.field = field; self.key = key; self.args = args
    }

    public func message(_ language: Language) -> String { Catalog.text(key, language, args) }
}

public enum ActivitySaveResult: Equatable, Sendable {
    case saved(id: Int64)
    case refused([ActivityIssue])
}

extension ActivityDraft {
    /// Municipality codes of `municipalities`, and the parts that name no municipality.
    public func municipalityCodes() -> (codes: [String], unknown: [String]) {
        var codes: [String] = [], unknown: [String] = []
        for part in municipalities.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            if let m = Municipality.find(name) {
                if !codes.contains(m.code) { codes.append(m.code) }
            } else {
                unknown.append(name)
            }
        }
        return (codes, unknown)
    }

    /// The rules that need no database.
    func check() -> [ActivityIssue] {
        var issues: [ActivityIssue] = []
        let title = self.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { issues.append(ActivityIssue(.title, "directory.activity.title_required")) }
        if title.count > 200 { issues.append(ActivityIssue(.title, "directory.activity.title_too_long")) }
        let unknown = municipalityCodes().unknown
        if !unknown.isEmpty {
            issues.append(ActivityIssue(.municipalities, "directory.field.municipality_unknown", [unknown.joined(separator: ", ")]))
        }
        if !Self.languages.contains(language) { issues.append(ActivityIssue(.language, "directory.activity.language_unknown", [language])) }
        return issues
    }
}
