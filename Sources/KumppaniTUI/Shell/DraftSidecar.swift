import Foundation
import Kumppani

/// The machine-readable twin of the text draft (`<db>.luonnos.json`), written on a signal for an
/// open, changed association form so `:draft` can put the input back into the form. The text
/// draft stays the human-readable copy; this file only adds what a restore needs: which
/// association, what the form opened with (to know which fields the user changed) and what
/// was typed.
struct DraftSidecar: Codable, Equatable {
    /// Bumped when the layout changes in a way an older Kumppani cannot read.
    static let currentVersion = 1
    static let associationKind = "association"

    var version = DraftSidecar.currentVersion
    /// Which form: only "association" for now.
    var kind = DraftSidecar.associationKind
    /// The association being edited; nil for a new one.
    var associationID: Int64?
    /// The values the form opened with.
    var base: Fields
    /// The values as typed.
    var typed: Fields
    /// The text draft's size right after this was written, and whether it held this form only:
    /// a restore deletes the text draft only when nothing else is in it.
    var textBytes: Int
    var textHoldsOnlyThis: Bool

    /// An association form's values, by name so a reordered form cannot mix them up.
    struct Fields: Codable, Equatable {
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

        /// nil when the status is one this version does not know (the file is then not trusted).
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

    /// What reading the sidecar found.
    enum Reading: Equatable {
        /// No sidecar: the draft came from another form (or an older version); text only, no note.
        case none
        case association(DraftSidecar)
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
        guard header.kind == associationKind else { return .none }
        guard let sidecar = try? JSONDecoder().decode(DraftSidecar.self, from: data),
              sidecar.base.draft != nil, sidecar.typed.draft != nil else {
            return .unusable(noteKey: "drafts.sidecar_damaged")
        }
        return .association(sidecar)
    }

    /// Writes atomically as a 0600 file (it holds the same contact details as the text draft).
    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try PrivateFile.write(try encoder.encode(self), to: path)
    }
}
