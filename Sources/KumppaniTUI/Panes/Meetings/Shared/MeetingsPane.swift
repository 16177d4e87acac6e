import Foundation
import Kumppani

/// Pane 3: bodies and their meetings, the agenda editor, live minutes, actions and the annual
/// negotiation's goals. Drawing is a pure function of this state: it never writes into it and
/// never calls the store; what a screen shows is loaded in the update path (open, external
/// change, after saves), and the editor's layout comes from the pane's area (`editorLayout`).
public final class MeetingsPane: Pane {
    public let id = PaneID.meetings
    public var titleKey: String { "shell.pane.meetings" }

    /// Raw values name the screen in a prompt draft (`MeetingsPane+PromptDraft`).
    enum Screen: String, Equatable { case list, agenda, live, actions, goals, members }
    enum Input: Equatable { case none, editor, attendance }

    var screen: Screen = .list
    var input: Input = .none

    // The list: bodies on the left, the selected body's meetings on the right.
    var bodies: [Body] = []
    var bodyIndex = 0
    var meetings: [Meeting] = []
    var meetingIndex = 0
    var focusOnBodies = false

    // The open meeting.
    var meeting: Meeting?
    var items: [AgendaItem] = []
    var itemIndex = 0
    var attendance: [Attendance] = []
    var quorum: QuorumResult?
    var itemQuorum: QuorumResult?
    var details = ItemDetails()
    /// Names of the meeting's officers (chair, secretary, checkers).
    var peopleNames: [Int64: String] = [:]

    // The multi-line editor and what it writes to.
    var editor = TextEditor()
    var autosave: MinutesAutosave?
    /// Where the editor is drawn, laid out in the update path for the area it was laid out for.
    var editorRect = Rect(x: 0, y: 0, width: 60, height: 8)
    var editorLaidOutFor: Rect?
    /// Ctrl-R: the item texts shown and edited are the Swedish ones (MeetingsPane+Swedish).
    var swedishShown = false

    // Actions and goals views.
    var actionScope: ActionFilter.Scope = .open
    var actionOwner = ""
    var actionList: [MeetingAction] = []
    var actionIndex = 0
    var goalYear = 2026
    var goals: [NegotiationGoal] = []
    var goalIndex = 0

    // A body's members.
    var memberList: [Member] = []
    var memberIndex = 0

    // The one-field edits on `PromptSession`s (MeetingsPane+Edits): the meeting's details, the
    // membership edited over several dialogs, the item title, preparer or kind. Each holds what
    // it opened with and, after a refused save, the conflict waiting for the user's choice.
    var meetingEdit: PromptSession<Meeting>?
    var memberEdit: PromptSession<Member>?
    var itemEdit: ItemHeadingEdit?
    /// A goal, an action's done mark, attendance times or a body's kind (MeetingsPane+RecordEdits).
    var recordEdit: MeetingsRecordEdit?

    /// The body settings form open over the list (`E`, MeetingsPane+BodySettings).
    var bodyForm: BodySettingsForm?

    /// The searchable list open over the pane, if any (officers, associations).
    var picker: MeetingsPicker?

    /// What the rows of the open choice dialog stand for (its answer is a row's index).
    var offered: [MeetingsOfferedRow] = []

    /// The per-application changes to the § proposal being gathered before the § is decided.
    var sectionChanges: [Int64: SectionChange] = [:]

    /// Answers gathered over several dialogs (a counter-proposal's text, proposer, seconder...).
    var draft: [String] = []

    public init() {}

    /// Everything the live view shows of the current item besides its texts.
    struct ItemDetails {
        var counterProposals: [CounterProposal] = []
        var disqualified: [Disqualification] = []
        var actions: [MeetingAction] = []
        var attachments: [Attachment] = []
        var followUp: [MeetingAction] = []
        /// Members the grant pipeline finds linked to the item's round's applicants.
        var suggested: [Disqualification] = []
        var roundName = ""
        var associations: [PersonRef] = []
        /// The grant applications the § decides and what it decided (nil: no grant matter).
        var matter: SectionMatter?
    }

    public var isCapturingText: Bool { input == .editor || picker != nil || bodyForm != nil }
    /// Quitting flushes the editor anyway; only text a write has refused would be lost.
    public var hasUnsavedWork: Bool { autosave?.lastError != nil || bodyForm?.form.isChanged == true }
    public var bindings: [KeyBinding] {
        if picker != nil { return MeetingsBindings.picker }
        if bodyForm != nil { return [] }   // the form takes every key; its box says which
        let rows = MeetingsBindings.rows(for: screen, input: input)
        // With no bodies yet, the key bar leads with the one key that helps: add a body.
        guard screen == .list, bodies.isEmpty else { return rows }
        let newBody = MeetingsAction.newBody.id
        return rows.filter { $0.action == newBody } + rows.filter { $0.action != newBody }
    }

    var currentItem: AgendaItem? { items.indices.contains(itemIndex) ? items[itemIndex] : nil }
    var currentBody: Body? { bodies.indices.contains(bodyIndex) ? bodies[bodyIndex] : nil }
    var selectedMeeting: Meeting? { meetings.indices.contains(meetingIndex) ? meetings[meetingIndex] : nil }

    func store(_ context: PaneContext) -> MeetingStore { MeetingStore(store: context.store) }

    // MARK: Pane

    public func activate(context: inout PaneContext) {
        reloadList(context: &context)
        if meeting != nil { reloadMeeting(context: &context) }
    }

    /// The autosave: writes the editor's text when it changed since the last write.
    public func idle(context: inout PaneContext) {
        flushEditor(context: &context)
    }

    public func handle(_ event: Event, context: inout PaneContext) -> PaneResult {
        if bodyForm != nil { return handleBodySettings(event, context: &context) }
        if picker != nil { return handlePicker(event, context: &context) }
        switch input {
        case .editor: return handleEditor(event, context: &context)
        case .attendance: return handleAttendance(event, context: &context)
        case .none: break
        }
        if case .paste = event { return .ignored }
        guard case .key(let key) = event else { return .ignored }
        if let binding = bindings.first(where: { $0.matches(key) }) {
            return perform(binding.action, argument: nil, context: &context)
        }
        return .ignored
    }

    // MARK: Loading

    func reloadList(context: inout PaneContext) {
        let s = store(context)
        do {
            bodies = try s.bodies()
            bodyIndex = min(bodyIndex, max(0, bodies.count - 1))
            meetings = try currentBody.map { try s.meetings(bodyID: $0.id) } ?? []
            meetingIndex = min(meetingIndex, max(0, meetings.count - 1))
        } catch {
            report(error, context: &context)
        }
    }

    func reloadMeeting(context: inout PaneContext) {
        guard let id = meeting?.id else { return }
        let s = store(context)
        do {
            meeting = try s.meeting(id)
            items = try s.items(meetingID: id)
            itemIndex = min(itemIndex, max(0, items.count - 1))
            attendance = try s.attendance(meetingID: id)
            // Only the officers' names: loading the whole register cost 200,000 rows per open at national scale.
            let officers = [meeting?.chairPersonID, meeting?.secretaryPersonID, meeting?.checker1PersonID, meeting?.checker2PersonID]
            peopleNames = try s.personNames(officers.compactMap { $0 })
            quorum = try s.quorum(meetingID: id)
            itemQuorum = try currentItem.map { try s.quorum(meetingID: id, itemID: $0.id) }
            reloadDetails(context: &context)
        } catch {
            report(error, context: &context)
        }
    }

    func reloadDetails(context: inout PaneContext) {
        guard let item = currentItem, let m = meeting else { details = ItemDetails(); return }
        let s = store(context)
        do {
            details = ItemDetails(
                counterProposals: try s.counterProposals(itemID: item.id),
                disqualified: try s.disqualifications(itemID: item.id),
                actions: try s.actions(meetingID: m.id).filter { $0.itemID == item.id },
                attachments: try s.attachments(itemID: item.id),
                followUp: AgendaTemplate.isFollowUp(item) ? try s.followUpActions(meetingID: m.id) : [],
                suggested: try s.suggestedDisqualifications(itemID: item.id, language: context.language),
                roundName: try item.roundID.map { id in try s.roundChoices().first { $0.id == id }?.name ?? "" } ?? "",
                associations: try s.linkedAssociations(itemID: item.id),
                matter: try loadMatter(item, context: context))
            itemQuorum = try s.quorum(meetingID: m.id, itemID: item.id)
        } catch {
            report(error, context: &context)
        }
    }

    func report(_ error: Error, context: inout PaneContext) {
        if let e = error as? MeetingError {
            // In the pane the refusal names the key that does what is allowed instead.
            context.post(e == .readOnly ? context.l["meetings.pane.read_only"] : e.message(context.language), kind: .error)
        } else {
            context.post(context.l["meetings.pane.error", "\(error)"], kind: .error)
        }
    }

    /// Runs a store call, reporting a failure in the status line. Returns whether it worked.
    @discardableResult
    func attempt(_ context: inout PaneContext, _ body: (MeetingStore) throws -> Void) -> Bool {
        do {
            try body(store(context))
            return true
        } catch {
            report(error, context: &context)
            return false
        }
    }
}
