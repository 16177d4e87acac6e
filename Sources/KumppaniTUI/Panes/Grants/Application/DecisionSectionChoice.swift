import Foundation
import Kumppani

/// A § a grant-side decision can name, as the decision form offers it: the deciding body's held
/// meetings, the § carrying the round first, then newest first (`GrantStore.decisionSections`). The form remembers the rows it offered,
/// so the answer is the row chosen even if a meeting is added meanwhile.
struct DecisionSectionChoice: Equatable {
    var meetingID: Int64
    var meeting: String
    var heldOn: CivilDate
    var section: Int
    var title: String
    var bodyID: Int64

    static func load(store: Store, bodyID: Int64?, roundID: Int64?, openMinutesOnly: Bool) throws -> [DecisionSectionChoice] {
        guard let bodyID else { return [] }
        return try GrantStore(store: store).decisionSections(bodyID: bodyID, roundID: roundID, openMinutesOnly: openMinutesOnly).map {
            DecisionSectionChoice(meetingID: $0.meetingID, meeting: $0.meeting, heldOn: $0.heldOn, section: $0.section, title: $0.title, bodyID: bodyID)
        }
    }

    /// "1/2026 23.11.2026 § 12 Avustukset"
    func label(_ language: Language) -> String { "\(meeting) \(heldOn.formatted(language)) § \(section) \(title)" }
}
