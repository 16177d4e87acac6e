import Foundation

/// An association as typed into the add/edit form: text fields are raw until validated.
public struct AssociationDraft: Equatable, Sendable {
    public var name = ""
    public var businessID = ""
    public var registerNumber = ""
    /// A municipality name (Finnish or Swedish) or its code.
    public var municipality = ""
    public var street = ""
    public var postalCode = ""
    public var city = ""
    public var email = ""
    public var phone = ""
    public var website = ""
    public var description = ""
    public var foundedYear = ""
    public var status: AssociationStatus = .active
    public var lahellaListed = false
    /// fi, sv or en: the language of letters and slips to the association.
    public var correspondenceLanguage: Language = .fi
    public var targetGroups: [String] = []
    public var activityKinds: [String] = []

    public init() {}

    /// The form for editing an existing association.
    public init(_ a: Association, targetGroups: [String] = [], activityKinds: [String] = []) {
        name = a.name
        businessID = a.businessID ?? ""
        registerNumber = a.registerNumber ?? ""
        municipality = a.municipalityCode.flatMap(Municipality.named(code:))?.nameFI ?? ""
        street = a.street; postalCode = a.postalCode; city = a.city
        email = a.email; phone = a.phone; website = a.website; description = a.description
        foundedYear = a.foundedYear.map(String.init) ?? ""
        status = a.status
        lahellaListed = a.lahellaListed
        correspondenceLanguage = a.correspondenceLanguage
        self.targetGroups = targetGroups
        self.activityKinds = activityKinds
    }
}

/// The form fields that can carry a message.
public enum AssociationField: String, CaseIterable, Sendable {
    case name, businessID, registerNumber, municipality, postalCode, email, phone, website, foundedYear, targetGroups, activityKinds
}

/// A message shown next to one field. Errors block saving; warnings ask for a second look.
public struct FieldIssue: Equatable, Sendable {
    public enum Severity: Sendable { case error, warning }
    public let field: AssociationField
    public let severity: Severity
    public let key: String
    public let args: [String]
    /// Contact details carry the shared rule's own reason.
    public let contactProblem: ContactProblem?

    public init(_ field: AssociationField, _ severity: Severity, _ key: String, _ args: [String] = []) {
        self.field = field; self.severity = severity; self.key = key; self.args = args; contactProblem = nil
    }

    init(_ field: AssociationField, _ problem: ContactProblem) {
        self.field = field; severity = .error; key = "directory.field.contact"; args = []; contactProblem = problem
    }

    public func message(_ language: Language) -> String {
        contactProblem?.message(language) ?? Catalog.text(key, language, args)
    }
}

/// The draft's values after validation, ready to store.
struct CleanAssociation: Equatable {
    var name: String
    var businessID: String?
    var registerNumber: String?
    var municipalityCode: String?
    var street, postalCode, city, email, phone, website, description: String
    var foundedYear: Int?
    var status: AssociationStatus
    var lahellaListed: Bool
    var correspondenceLanguage: Language = .fi
    var targetGroups: [String]
    var activityKinds: [String]
}

/// The outcome of checking a draft: one message per problem, next to its field.
public struct DraftValidation: Equatable, Sendable {
    public var issues: [FieldIssue]
    public var hasErrors: Bool { issues.contains { $0.severity == .error } }
    public var hasWarnings: Bool { issues.contains { $0.severity == .warning } }
    public func issues(for field: AssociationField) -> [FieldIssue] { issues.filter { $0.field == field } }
    /// Values normalised for display back in the form (the phone number, the Y-tunnus).
    public var normalizedPhone: String?
    public var normalizedBusinessID: String?
}

extension AssociationDraft {
    /// The Finnish format rules, without looking at the database.
    func check() -> (DraftValidation, CleanAssociation) {
        var issues: [FieldIssue] = []
        let trim = { (s: String) in s.trimmingCharacters(in: .whitespacesAndNewlines) }
        let cleanName = trim(name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if cleanName.isEmpty { issues.append(FieldIssue(.name, .error, "directory.field.name_required")) }
        if cleanName.count > 200 { issues.append(FieldIssue(.name, .error, "directory.field.name_too_long")) }

        var bid: String?
        if !trim(businessID).isEmpty {
            switch BusinessID.parse(businessID) {
            case .success(let id): bid = id.formatted
            case .failure(.wrongCheckDigit):
                issues.append(FieldIssue(.businessID, .error, "directory.field.business_id_check", [trim(businessID)]))
            case .failure(.noValidCheckDigit):
                issues.append(FieldIssue(.businessID, .error, "directory.field.business_id_impossible", [trim(businessID)]))
            case .failure:
                issues.append(FieldIssue(.businessID, .error, "directory.field.business_id_shape", [trim(businessID)]))
            }
        }

        var municipalityCode: String?
        if !trim(municipality).isEmpty {
            if let m = Municipality.find(municipality) { municipalityCode = m.code }
            else { issues.append(FieldIssue(.municipality, .error, "directory.field.municipality_unknown", [trim(municipality)])) }
        }

        let postal = trim(postalCode)
        if !postal.isEmpty, !(postal.count == 5 && postal.allSatisfy { $0.isASCII && $0.isNumber }) {
            issues.append(FieldIssue(.postalCode, .error, "directory.field.postal_code_invalid"))
        }

        // Each contact detail is optional; when given it must pass the shared rule.
        func contact(_ field: AssociationField, _ text: String, _ rule: (String) -> Result<String, ContactProblem>) -> String {
            let t = trim(text)
            guard !t.isEmpty else { return "" }
            switch rule(t) {
            case .success(let normal): return normal
            case .failure(let problem): issues.append(FieldIssue(field, problem)); return t
            }
        }
        let mail = contact(.email, email, ContactFormats.email)
        let tel = contact(.phone, phone, ContactFormats.phone)
        let site = contact(.website, website, ContactFormats.website)

        var year: Int?
        let yearText = trim(foundedYear)
        if !yearText.isEmpty {
            if let y = Int(yearText), (1800...2100).contains(y) { year = y }
            else { issues.append(FieldIssue(.foundedYear, .error, "directory.field.founded_year_invalid")) }
        }

        let register = trim(registerNumber)
        var validation = DraftValidation(issues: issues)
        validation.normalizedPhone = tel.isEmpty ? nil : tel
        validation.normalizedBusinessID = bid
        let clean = CleanAssociation(
            name: cleanName, businessID: bid, registerNumber: register.isEmpty ? nil : register,
            municipalityCode: municipalityCode, street: trim(street), postalCode: postal, city: trim(city),
            email: mail, phone: tel, website: site, description: trim(description), foundedYear: year,
            status: status, lahellaListed: lahellaListed, correspondenceLanguage: correspondenceLanguage,
            targetGroups: Array(Set(targetGroups)).sorted(), activityKinds: Array(Set(activityKinds)).sorted())
        return (validation, clean)
    }
}

/// Names that a person would call the same: folded, spaces collapsed, within two edits.
enum SimilarNames {
    static func normalized(_ name: String) -> String {
        DirectoryRules.foldAll(name).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    static func areSimilar(_ a: String, _ b: String) -> Bool {
        let x = normalized(a), y = normalized(b)
        return x == y || editDistance(Array(x), Array(y), limit: 2) <= 2
    }

    /// Levenshtein distance, giving up once it must exceed `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
