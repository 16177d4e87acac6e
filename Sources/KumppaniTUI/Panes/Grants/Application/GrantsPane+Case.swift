import Foundation
import Kumppani

/// The case as a whole in the application view (issue 14): reopening a closed case asks for a
/// reason (audited by the library); flags for late or doubled paperwork and the suggested recovery.
extension GrantsPane {
    mutating func reopen(_ argument: String?, context: inout PaneContext) {
        let l = context.l
        guard let reason = argument?.trimmingCharacters(in: .whitespacesAndNewlines), !reason.isEmpty else {
            withApplication(context: &context) { _, id, ctx in
                guard try GrantStore(store: ctx.store).application(id: id).stage == .closed else { throw GrantProblem.notClosed }
                ctx.open(DialogRequest(title: l["grants.action.reopen"], kind: .prompt(label: l["grants.reopen.prompt"], initial: ""),
                                       action: GrantsAction.reopen.id))
            }
            return
        }
        withApplication(context: &context) { pane, id, ctx in
            let stage = try GrantStore(store: ctx.store).reopen(applicationID: id, reason: reason)
            ctx.post(ctx.l["grants.status.reopened", stage.label(ctx.language)])
            pane.reload(context: &ctx)
        }
    }

    /// Lines the application view shows about the case: received outside the call, a second
    /// application to the round, late appeals, the recovery a report's unspent amount suggests,
    /// and the § the decision was made in (o opens it).
    static func caseLines(_ d: ApplicationDetail, store: Store, language: Language) throws -> [StyledLine] {
        let l = L(language)
        let grants = GrantStore(store: store)
        let id = d.application.id
        var out: [StyledLine] = []
        if try grants.receivedOutsideCall(applicationID: id) { out.append(StyledLine("! " + l["grants.case.received_outside_call"], .warning, indent: 2)) }
        if let second = try grants.secondApplicationWarning(roundID: d.application.roundID, associationID: d.application.associationID,
                                                             excluding: id, language: language) {
            out.append(StyledLine("! " + second, .warning, indent: 2))
        }
        let late = try grants.lateAppealIDs(applicationID: id).count
        if late > 0 { out.append(StyledLine("! " + l["grants.case.late_appeals", late], .warning, indent: 2)) }
        if let cents = try grants.suggestedRecoveryCents(applicationID: id) {
            out.append(StyledLine("· " + l["grants.case.suggested_recovery", Money(cents: cents).formatted(language)], .highlight, indent: 2))
        }
        if try decisionItemID(applicationID: id, store: store) != nil, let dec = d.snapshot.decision, let section = dec.sectionNumber {
            out.append(StyledLine("· " + l["grants.case.decided_in_section", section], .normal, indent: 2))
        }
        if d.application.stage == .closed { out.append(StyledLine("· " + l["grants.case.closed_reopen"], .dim, indent: 2)) }
        return out
    }
}
