import Foundation
import Kumppani

/// Pane 3: bodies and their meetings, the agenda editor, live minutes, actions and the annual
/// negotiation's goals. Each screen's state is its own struct (`MeetingsScreen`); the pane holds
/// the root list, the screen shown and the modal state over it (prompt edits, the picker, the
/// rows a choice offered, answers gathered over several dialogs). Drawing is a pure function of
/// this state: it never writes into it and never calls the store; what a screen shows is loaded
/// in the update path (open, external change, after saves), and the editor's layout comes from
/// the pane's area (`MeetingScreen.editorLayout`).
public final class MeetingsPane: Pane {
    public let id = PaneID.meetings
    public var titleKey: String { "shell.pane.meetings" }

    /// The root list, kept while deeper screens are open: Esc returns to the same selection.
    var home = BodiesScreen()
    /// The screen shown, carrying its own state (`MeetingsScreen`).
    var screen: MeetingsScreen = .list
    /// The actions view's filter as it was last left: coming back shows the same filter.
    var actionsFilter = ActionsScreen.Filter()
    /// The action selected when the actions view was last left: coming back selects it again.
    var actionsPlace: ActionsScreen.Place?
    /// The meeting opened from the actions view (Enter): Esc from it goes back to that view.
    var meetingFromActions: Int64?
    /// Ctrl-R's last choice: the Swedish texts are shown in every meeting opened after it whose
    /// body writes Swedish, for as long as the pane lives (MeetingsPane+Swedish).
    var swedishChosen = false

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

    /// Answers gathered over several dialogs (a counter-proposal's text, proposer, seconder...).
    var draft: [String] = []

    /// The prompt last opened: a refused answer asks it again (MeetingsPane+AskAgain).
    var asked: AskedPrompt?

    public init() {}

    public var isCapturingText: Bool { input == .editor || picker != nil || bodyForm != nil }
    /// Quitting flushes the editor anyway; only text a write has refused would be lost.
    public var hasUnsavedWork: Bool { meetingScreen?.autosave?.lastError != nil || bodyForm?.form.isChanged == true }
    public var bindings: [KeyBinding] {
        if picker != nil { return MeetingsBindings.picker }
        if bodyForm != nil { return [] }   // the form takes every key; its box says which
        let rows = MeetingsBindings.rows(for: screenName, input: input)
        // With no bodies yet, the key bar leads with the one key that helps: add a body.
        guard screenName == .list, home.bodies.isEmpty else { return rows }
        let newBody = MeetingsAction.newBody.id
        return rows.filter { $0.action == newBody } + rows.filter { $0.action != newBody }
    }

    func store(_ context: PaneContext) -> MeetingStore { MeetingStore(store: context.store) }

    // MARK: Pane

    public func activate(context: inout PaneContext) {
        reloadList(context: &context)
        reloadMeeting(context: &context)
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
        do { try home.reload(store(context)) } catch { report(error, context: &context) }
    }

    /// The open meeting as stored now; one deleted meanwhile (another window) closes to the list.
    func reloadMeeting(context: inout PaneContext) {
        guard meetingScreen != nil else { return }
        let (s, g, language) = (store(context), grants(context), context.language)
        do {
            if try meetingScreen?.reload(s, g, language: language) == false {
                screen = .list
                reloadList(context: &context)
                return
            }
            // The header names the body as the list holds it now (renamed in another window).
            let bodyID = meeting?.bodyID
            meetingScreen?.body = home.bodies.first { $0.id == bodyID } ?? meetingScreen?.body
        } catch {
            report(error, context: &context)
        }
    }

    func reloadDetails(context: inout PaneContext) {
        let (s, g, language) = (store(context), grants(context), context.language)
        do { try meetingScreen?.reloadDetails(s, g, language: language) } catch { report(error, context: &context) }
    }

    func report(_ error: Error, context: inout PaneContext) {
        context.post(reason(for: error, context), kind: .error)
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
