import Foundation

/// The columns of an association CSV file: Finnish names first (what export writes), English aliases.
public enum AssociationColumn: String, CaseIterable, Sendable {
    case name, businessID, municipality, street, postalCode, city, email, phone, website, description, targetGroups, activityKinds
    /// fi, sv or en: the language of letters and slips to the association (issue 17).
    case correspondenceLanguage

    public var finnishName: String {
        switch self {
        case .name: "nimi"
        case .businessID: "y_tunnus"
        case .municipality: "kunta"
        case .street: "lahiosoite"
        case .postalCode: "postinumero"
        case .city: "postitoimipaikka"
        case .email: "sahkoposti"
        case .phone: "puhelin"
        case .website: "verkkosivu"
        case .description: "kuvaus"
        case .targetGroups: "kohderyhmat"
        case .activityKinds: "toimintamuodot"
        case .correspondenceLanguage: "asiointikieli"
        }
    }

    public var englishName: String {
        switch self {
        case .name: "name"
        case .businessID: "business_id"
        case .municipality: "municipality"
        case .street: "street"
        case .postalCode: "postal_code"
        case .city: "city"
        case .email: "email"
        case .phone: "phone"
        case .website: "website"
        case .description: "description"
        case .targetGroups: "target_groups"
        case .activityKinds: "activity_kinds"
        case .correspondenceLanguage: "correspondence_language"
        }
    }

    /// The name shown in messages, in the user's language.
    /// Swedish users see the Finnish header: import files accept Finnish and English headers only.
    public func displayName(_ language: Language) -> String { language == .en ? englishName : finnishName }

    /// The category list a `|`-separated column is matched against.
    var categoryList: String? {
        switch self {
        case .targetGroups: "target_group"
        case .activityKinds: "activity_kind"
        default: nil
        }
    }

    /// Matches a header cell: case-insensitive, ä/ö folded, `-` and space treated as `_` (so `Y-tunnus` works).
    public static func match(_ header: String) -> AssociationColumn? {
        foldedNames[fold(header)]
    }

    /// Folded Finnish and English names, computed once (matching is per header cell and per JSON key).
    static let foldedNames: [String: AssociationColumn] = {
        var map: [String: AssociationColumn] = [:]
        for column in allCases.reversed() { map[fold(column.englishName)] = column; map[fold(column.finnishName)] = column }
        return map
    }()

    static func fold(_ text: String) -> String {
        var out = ""
        for ch in text.trimmingCharacters(in: .whitespaces).lowercased() {
            switch ch {
            case "ä", "å": out.append("a")
            case "ö": out.append("o")
            case "-", " ": out.append("_")
            default: out.append(ch)
            }
        }
        return out
    }

    /// "nimi/name, y_tunnus/business_id, ..." for the unknown-column message.
    public static var acceptedNames: String {
        allCases.map { "\($0.finnishName)/\($0.englishName)" }.joined(separator: ", ")
    }
}
