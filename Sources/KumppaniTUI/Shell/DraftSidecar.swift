import Foundation
import Kumppani

/// The machine-readable twin of the text draft (`<db>.luonnos.json`), written on a signal for an
/// open, changed form that `:draft` can put back: the association form, a new contact-log
/// entry or the grant application form. The text draft stays the human-readable copy; this file only adds what a restore
/// needs, per form (`payload`), plus what tells whether the text draft holds anything else.
///
/// The layout is flat: `version`, `kind`, the text fields and the payload's keys. An association
/// payload keeps the keys version 1 always had (`associationID`, `base`, `typed`), so files
/// written before other kinds existed still read; an older Kumppani reads a kind it does not
/// know as "text only", so adding a kind needs no new version.
struct DraftSidecar: Equatable {
    /// Bumped when the layout changes in a way an older Kumppani cannot read.
    static let currentVersion = 1

    var version = DraftSidecar.currentVersion
    /// Which form, with what it needs to open again.
    var payload: Payload
    /// The text draft's size right after this was written, and whether it held this form only:
    /// a restore deletes the text draft only when nothing else is in it.
    var textBytes: Int
    var textHoldsOnlyThis: Bool

    enum Payload: Equatable {
        /// The association form: which association (nil for a new one), what the form opened
        /// with (to know which fields the user changed) and what was typed.
        case association(id: Int64?, base: AssociationFields, typed: AssociationFields)
        /// A new contact-log entry for an association: every value as typed.
        case contactLog(ContactLogFields)
        /// The grant application form: which application (or round and applicant for a new one)
        /// and the values by field key, as opened and as typed.
        case grantApplication(GrantApplicationFields)
        /// Any other edit-session form (an activity, a role): which form and record, and the
        /// values by field key, as opened and as typed.
        /// A one-line prompt of the meetings pane (a meeting's place, a membership answer, an
        /// item's title) is a form too: `form` is `meetings_prompt` and `prompt` holds the rest.
        case form(FormFields)

        /// The `kind` written to the file.
        var kind: String {
            switch self {
            case .association: return DraftSidecar.associationKind
            case .contactLog: return DraftSidecar.contactLogKind
            case .grantApplication: return DraftSidecar.grantApplicationKind
            case .form: return DraftSidecar.formKind
            }
        }

        /// False when a value is one this version does not know (the file is then not trusted).
        var isUsable: Bool {
            switch self {
            case .association(_, let base, let typed): return base.draft != nil && typed.draft != nil
            case .contactLog(let log): return ContactKind(rawValue: log.kind) != nil
            case .grantApplication: return true
            case .form(let form):
                guard form.form == FormFields.meetingsPrompt else { return FormFields.forms.contains(form.form) }
                return form.prompt.flatMap { MeetingsStep(rawValue: $0.step) } != nil
            }
        }
    }

    static let associationKind = "association"
    static let contactLogKind = "contactLog"
    static let grantApplicationKind = "grantApplication"
    static let formKind = "form"
    static let knownKinds: Set<String> = [associationKind, contactLogKind, grantApplicationKind, formKind]

    /// An association form's values, by name so a reordered form cannot mix them up.
    struct AssociationFields: Codable, Equatable {
        var name, businessID, registerNumber, municipality, street, postalCode, city: String
        var email, phone, website, description, foundedYear: String
        var status: String
        var lahellaListed: Bool
        var targetGroups, activityKinds: [String]

        init(_ d: AssociationDraft) {
            name = d.name; businessID = d.businessID; registerNumber = d.registerNumber; municipality = d.municipality
            street = d.street; postalCode = d.postalCode; city = d.city; email = d.email; phone = d.phone
            website = d.website; description = d.description; foundedYear = d.foundedYear
            status = d.status.rawValue; lahellaListed = d.lahellaListed
            targetGroups = d.targetGroups; activityKinds = d.activityKinds
        }

        /// nil when the status is one this version does not know.
        var draft: AssociationDraft? {
            guard let s = AssociationStatus(rawValue: status) else { return nil }
            var d = AssociationDraft()
            d.name = name; d.businessID = businessID; d.registerNumber = registerNumber; d.municipality = municipality
            d.street = street; d.postalCode = postalCode; d.city = city; d.email = email; d.phone = phone
            d.website = website; d.description = description; d.foundedYear = foundedYear
            d.status = s; d.lahellaListed = lahellaListed
            d.targetGroups = targetGroups; d.activityKinds = activityKinds
            return d
        }
    }

    /// A contact-log form's values as typed. A date that was valid is kept as the day it meant
    /// then ("+7" typed on Monday is next Monday, not seven days from the restore); anything
    /// else stays as typed so the form shows the user's text and its error.
    struct ContactLogFields: Codable, Equatable {
        var associationID: Int64
        /// The name when the draft was made: said when the association is gone.
        var associationName: String
        var date, note, followUp: String
        /// `ContactKind.rawValue`, not the option's position: a reordered list cannot change it.
        var kind: String
    }

    /// A grant application form's values by field key (its fields depend on the round's criteria
    /// and the target groups, so they are kept by key rather than by name in a struct).
    struct GrantApplicationFields: Codable, Equatable {
        /// nil for a new application.
        var applicationID: Int64?
        var roundID: Int64
        var associationID: Int64?
        var applicantName: String
        var base, typed: [String: FieldValue]
    }

    /// An edit-session form's draft: which form (`forms`), its record (nil: a new one) and the
    /// record it belongs to (an activity's association; nil for a round), with the values by field key.
    struct FormFields: Codable, Equatable {
        static let activity = "activity", role = "role", round = "round", contactLog = "contact_log"
        static let meetingsPrompt = "meetings_prompt"
        static let premises = "premises", booking = "booking", strategyGoal = "strategy_goal"
        /// The body settings form of the meetings pane.
        static let body = "body"
        static let forms: Set<String> = [activity, role, round, contactLog, meetingsPrompt, premises, booking, strategyGoal, body]
        var form: String
        var recordID: Int64?
        var ownerID: Int64?
        var base, typed: [String: FieldValue]
        /// A meetings prompt's question and where it was asked (only for `meetings_prompt`).
        var prompt: MeetingsPromptFields? = nil
    }

    /// A meetings prompt's draft: the step (its action id), the prompt as shown, what was typed,
    /// and what it was asked about: the body, the open meeting and item, the membership being
    /// edited (as opened and as answered so far) and the answers gathered before it.
    struct MeetingsPromptFields: Codable, Equatable {
        var step: String
        var title, label, typed: String
        var bodyID, meetingID, itemID: Int64?
        var screen: String
        var goalYear: Int?
        var gathered: [String]
        var member: MemberFields?
        var memberOpened: MemberFields?
    }

    /// A membership's editable fields (role by its stored code).
    struct MemberFields: Codable, Equatable {
        var id: Int64
        var role: String
        var represents: String
        var deputyFor: Int64?
        var termStart, termEnd: String?
    }

    /// One field's value: text, a checkbox, a choice or a checklist. Choices are kept by their
    /// option's text, so a list that changed order cannot pick another option.
    struct FieldValue: Codable, Equatable {
        var text: String?
        var isOn: Bool?
        var choice: String?
        var chosen: [String]?

        init(text: String) { self.text = text }
        init(choice: String) { self.choice = choice }
        init(chosen: [String]) { self.chosen = chosen }

        init?(_ value: FormValue) {
            switch value {
            case .text(let s): text = s
            case .checkbox(let b): isOn = b
            default: return nil
            }
        }

        var formValue: FormValue? { text.map(FormValue.text) ?? isOn.map(FormValue.checkbox) }
    }

    /// What reading the sidecar found.
    enum Reading: Equatable {
        /// No sidecar, or one of a form this version cannot restore: text only, no note.
        case none
        case restorable(DraftSidecar)
        /// There is one but it cannot be used; the value is the catalog key of the one-line note.
        case unusable(noteKey: String)
    }

    /// `kumppani.sqlite` → `kumppani.sqlite.luonnos.json`, beside the text draft.
    static func path(forDatabase database: String) -> String { database + ".luonnos.json" }

    static func read(at path: String) -> Reading {
        guard FileManager.default.fileExists(atPath: path) else { return .none }
        guard let data = FileManager.default.contents(atPath: path) else { return .unusable(noteKey: "drafts.sidecar_unreadable") }
        // The version first, on its own: a newer file may not decode as this version's layout.
        struct Header: Decodable { var version: Int?; var kind: String? }
        guard let header = try? JSONDecoder().decode(Header.self, from: data), let version = header.version else {
            return .unusable(noteKey: "drafts.sidecar_damaged")
        }
        guard version <= currentVersion else { return .unusable(noteKey: "drafts.sidecar_newer") }
        guard let kind = header.kind, knownKinds.contains(kind) else { return .none }
        guard let sidecar = try? JSONDecoder().decode(DraftSidecar.self, from: data), sidecar.payload.isUsable else {
            return .unusable(noteKey: "drafts.sidecar_damaged")
        }
        return .restorable(sidecar)
    }

    /// Writes atomically as a 0600 file (it holds the same contact details as the text draft).
    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try PrivateFile.write(try encoder.encode(self), to: path)
    }
}

extension DraftSidecar: Codable {
    private enum CodingKeys: String, CodingKey {
        case version, kind, textBytes, textHoldsOnlyThis, associationID, base, typed, contactLog, grantApplication, form
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        textBytes = try c.decode(Int.self, forKey: .textBytes)
        textHoldsOnlyThis = try c.decode(Bool.self, forKey: .textHoldsOnlyThis)
        switch try c.decode(String.self, forKey: .kind) {
        case Self.associationKind:
            payload = .association(id: try c.decodeIfPresent(Int64.self, forKey: .associationID),
                                   base: try c.decode(AssociationFields.self, forKey: .base),
                                   typed: try c.decode(AssociationFields.self, forKey: .typed))
        case Self.contactLogKind:
            payload = .contactLog(try c.decode(ContactLogFields.self, forKey: .contactLog))
        case Self.grantApplicationKind:
            payload = .grantApplication(try c.decode(GrantApplicationFields.self, forKey: .grantApplication))
        case Self.formKind:
            payload = .form(try c.decode(FormFields.self, forKey: .form))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown draft kind")
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(payload.kind, forKey: .kind)
        try c.encode(textBytes, forKey: .textBytes)
        try c.encode(textHoldsOnlyThis, forKey: .textHoldsOnlyThis)
        switch payload {
        case .association(let id, let base, let typed):
            try c.encodeIfPresent(id, forKey: .associationID)
            try c.encode(base, forKey: .base)
            try c.encode(typed, forKey: .typed)
        case .contactLog(let log):
            try c.encode(log, forKey: .contactLog)
        case .grantApplication(let application):
            try c.encode(application, forKey: .grantApplication)
        case .form(let form):
            try c.encode(form, forKey: .form)
        }
    }
}
