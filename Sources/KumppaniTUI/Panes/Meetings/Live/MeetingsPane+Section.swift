import Foundation
import Kumppani

/// What a § decides on the grant side: the applications of its matter and, once decided, the
/// decision rows it made. Both are read from the same rows the grant pane shows.
struct SectionMatter: Equatable {
    var caseNumber: String
    var applications: [ApplicationSummary]
    var decided: [SectionDecisionLine]

    var proposedCents: Int64 { applications.reduce(0) { $0 + ($1.proposedCents ?? 0) } }
    var decidedCents: Int64 { decided.reduce(0) { $0 + ($1.decision.outcome == .rejected ? 0 : $1.decision.grantedCents) } }
    var isDecided: Bool { !decided.isEmpty }
}

/// The § as the grant decision (issue 14): its case number, the decision list as its appendix,
/// deciding it as proposed (`h`) or per application (`g`) through `GrantStore.decideSection`,
/// whose refusal (not in session, not quorate, no case number) is shown and writes nothing.
extension MeetingScreen {
    func money(_ cents: Int64, _ language: Language) -> String { Money(cents: cents).formatted(language) }

    /// The lines the agenda and the live view show under a § with a grant matter: its case
    /// number, the decision list as "Liite n" (a proposal until decided), and the decided total.
    func matterLines(_ context: DrawContext) -> [(String, StyleRole)] {
        guard let matter = details.matter else { return [] }
        let l = context.l
        var out: [(String, StyleRole)] = []
        out.append(matter.caseNumber.isEmpty ? (l["meetings.section.case_missing"], .warning) : (l["meetings.section.case_line", matter.caseNumber], .dim))
        let state = l[matter.isDecided ? "meetings.section.decided_state" : "meetings.section.proposal_state"]
        out.append((l["meetings.section.attachment", details.attachments.count + 1, state, matter.applications.count,
                      money(matter.proposedCents, context.language)], .normal))
        if matter.isDecided {
            out.append((l["meetings.section.decided", matter.decided.count, money(matter.decidedCents, context.language)], .success))
        }
        return out
    }
}

extension MeetingsPane {
    func money(_ cents: Int64, _ language: Language) -> String { Money(cents: cents).formatted(language) }

    func grants(_ context: PaneContext) -> GrantStore { GrantStore(store: context.store) }

    /// `h` on a § with a grant matter: every application as proposed, in one transaction.
    func decideSectionAsProposed(context: inout PaneContext) -> Bool {
        guard meetingScreen?.details.matter != nil else { return false }
        meetingScreen?.sectionChanges = [:]
        decideSection(context: &context)
        return true
    }

    func decideSection(context: inout PaneContext) {
        guard let item = currentItem else { return }
        flushEditor(context: &context)
        guard let open = meetingScreen else { return }
        let language = open.body?.documentLanguage ?? context.language
        do {
            let result = try grants(context).decideSection(itemID: item.id, changes: open.sectionChanges, language: language)
            meetingScreen?.sectionChanges = [:]
            reloadMeeting(context: &context)
            context.post(context.l["meetings.section.decided_now", item.section ?? 0, result.decidedApplicationIDs.count,
                                   money(result.grantedCents, context.language)])
        } catch let problem as GrantProblem {
            context.post(context.l["meetings.section.not_decided", problem.message(context.language)], kind: .error)
        } catch let error as MeetingError {
            context.post(context.l["meetings.section.not_decided", error.message(context.language)], kind: .error)
        } catch {
            report(error, context: &context)
        }
    }

    /// `g`: the applications with the proposal or the change made to it; the last row decides.
    func chooseSectionApplication(context: inout PaneContext) {
        let l = context.l
        guard let open = meetingScreen, let matter = open.details.matter else { context.post(l["meetings.section.no_matter"], kind: .error); return }
        let sectionChanges = open.sectionChanges
        if matter.isDecided { context.post(GrantProblem.sectionAlreadyDecided.message(context.language), kind: .error); return }
        var labels: [String] = []
        var rows: [MeetingsOfferedRow] = []
        for a in matter.applications {
            let proposed = money(a.proposedCents ?? 0, context.language)
            if let change = sectionChanges[a.id] {
                labels.append(change.outcome == .rejected ? l["meetings.section.row_rejected", a.associationName, proposed]
                              : l["meetings.section.row_changed", a.associationName, proposed, money(change.grantedCents, context.language)])
            } else {
                labels.append(l["meetings.section.row", a.associationName, money(a.requestedCents, context.language), proposed])
            }
            rows.append(MeetingsOfferedRow(id: a.id, name: a.associationName))
        }
        labels.append(l["meetings.section.decide_row", sectionChanges.count])
        rows.append(MeetingsOfferedRow(id: nil, name: ""))
        choose(&context, .sectionApplication, title: l["meetings.dialog.section_application"], options: labels, rows: rows)
    }

    func answerSectionApplication(_ row: MeetingsOfferedRow, context: inout PaneContext) {
        guard let id = row.id else { decideSection(context: &context); return }
        guard let open = meetingScreen, let a = open.details.matter?.applications.first(where: { $0.id == id }) else { return }
        draft = [String(id)]
        let current = open.sectionChanges[id]?.grantedCents ?? a.proposedCents ?? 0
        ask(&context, .sectionAmount, "meetings.prompt.section_amount", initial: Money(cents: current).editable(context.language),
            args: [a.associationName])
    }

    /// The amount typed for one application: 0 rejects, the requested sum or more grants, less grants in part.
    func answerSectionAmount(_ text: String, context: inout PaneContext) -> PromptOutcome {
        guard let id = draft.first.flatMap(Int64.init), let a = meetingScreen?.details.matter?.applications.first(where: { $0.id == id }) else { return .done }
        guard case .success(let amount) = Money.parse(text, language: context.language) else { return .refused(context.l["meetings.section.amount_invalid", text]) }
        let outcome: DecisionOutcome = amount.cents == 0 ? .rejected : (amount.cents >= a.requestedCents ? .granted : .partlyGranted)
        if outcome != .rejected && amount.cents == (a.proposedCents ?? 0) && (a.proposedCents ?? 0) > 0 {
            meetingScreen?.sectionChanges[id] = nil   // back to the proposal
        } else {
            meetingScreen?.sectionChanges[id] = SectionChange(outcome: outcome, grantedCents: amount.cents)
        }
        chooseSectionApplication(context: &context)
        return .done
    }

    /// `#`: the § case number (diaarinumero), kept with the item's matter.
    func askCaseNumber(context: inout PaneContext) {
        guard let item = currentItem else { return }
        ask(&context, .itemCase, "meetings.prompt.item_case", initial: item.caseNumber)
    }

    func answerCaseNumber(_ text: String, context: inout PaneContext) -> PromptOutcome {
        guard let item = currentItem else { return .done }
        let chosen = (try? context.store.database.query("SELECT application_id FROM item_applications WHERE item_id = ?", item.id)
            .compactMap { $0.int64("application_id") }) ?? []
        do {
            try grants(context).setSectionMatter(itemID: item.id, roundID: item.roundID, applicationIDs: chosen, caseNumber: text)
            reloadMeeting(context: &context)
        } catch let problem as GrantProblem {
            return .refused(problem.message(context.language))
        } catch {
            report(error, context: &context)
        }
        return .done
    }

    /// `l`: the § applications; choosing one opens it in pane 2.
    func chooseSectionJump(context: inout PaneContext) {
        let l = context.l
        guard let matter = meetingScreen?.details.matter, !matter.applications.isEmpty else { context.post(l["meetings.section.no_matter"], kind: .error); return }
        let labels = matter.applications.map { a in
            let decided = matter.decided.first { $0.applicationID == a.id }
            return a.associationName + " · " + (decided.map { $0.decision.outcome.label(context.language) + " " + money($0.decision.grantedCents, context.language) }
                                                 ?? a.stage.label(context.language))
        }
        choose(&context, .sectionJump, title: l["meetings.dialog.section_jump"], options: labels,
               rows: matter.applications.map { MeetingsOfferedRow(id: $0.id, name: $0.associationName) })
    }

    func answerSectionJump(_ row: MeetingsOfferedRow, context: inout PaneContext) {
        guard let id = row.id else { return }
        context.switchTo(.grants, action: ActionID("grants.open-application"), argument: String(id))
    }

    /// Opens the § an id names (pane 2 jumps here from an application's decision).
    func openSection(_ argument: String?, context: inout PaneContext) {
        guard let itemID = argument.flatMap(Int64.init), let item = try? store(context).item(itemID),
              let m = try? store(context).meeting(item.meetingID) else {
            context.post(context.l["meetings.section.no_section"], kind: .error); return
        }
        guard closeEditorBeforeLeaving(context: &context) else { return }
        reloadList(context: &context)
        if let b = home.bodies.firstIndex(where: { $0.id == m.bodyID }) { home.bodyIndex = b; reloadList(context: &context) }
        home.meetingIndex = home.meetings.firstIndex { $0.id == m.id } ?? home.meetingIndex
        open(m, context: &context)
        meetingScreen?.itemIndex = 0
        meetingScreen?.select(itemID: itemID)
        reloadDetails(context: &context)
    }
}
