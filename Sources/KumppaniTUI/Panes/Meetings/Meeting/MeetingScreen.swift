import Foundation
import Kumppani

/// An open meeting: its agenda (before it starts) or its live minutes, with the item list,
/// attendance, the current item's details and the multi-line editor and its autosave. Exists
/// only while the meeting is shown (`MeetingsScreen.meeting`).
struct MeetingScreen: MeetingsDrawing {
    enum Mode: String, Equatable { case agenda, live }
    enum Input: Equatable { case none, editor, attendance }

    var mode: Mode
    var meeting: Meeting
    /// The meeting's body as the list holds it: its name in the header, its documents' language.
    var body: Body?
    var items: [AgendaItem] = []
    var itemIndex = 0
    var attendance: [Attendance] = []
    var quorum: QuorumResult?
    var itemQuorum: QuorumResult?
    var details = ItemDetails()
    /// Names of the meeting's officers (chair, secretary, checkers).
    var peopleNames: [Int64: String] = [:]
    var input: Input = .none

    // The multi-line editor and what it writes to.
    var editor = TextEditor()
    var autosave: MinutesAutosave?
    /// The current item's fields left earlier, kept with their undo history.
    var parkedEditors = ParkedEditors()
    /// Where the editor is drawn, laid out in the update path for the area it was laid out for.
    var editorRect = Rect(x: 0, y: 0, width: 60, height: 8)
    var editorLaidOutFor: Rect?
    /// Ctrl-R: the item texts shown and edited are the Swedish ones (MeetingsPane+Swedish).
    var swedishShown = false

    /// The per-application changes to the § proposal being gathered before the § is decided.
    var sectionChanges: [Int64: SectionChange] = [:]

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

    /// Opens `meeting`: its minutes once it has started, else its agenda.
    init(meeting: Meeting, body: Body?) {
        self.meeting = meeting
        self.body = body
        mode = meeting.status.hasStarted ? .live : .agenda
    }

    var currentItem: AgendaItem? { items.indices.contains(itemIndex) ? items[itemIndex] : nil }

    /// Selects the item of `id` when the list holds it.
    mutating func select(itemID id: Int64) { itemIndex = items.firstIndex { $0.id == id } ?? itemIndex }

    /// Moves to another item (its details are loaded by the pane).
    /// The fields kept for undo belong to the item left, so they go.
    mutating func moveItem(_ delta: Int) {
        itemIndex = clamped(itemIndex, by: delta, count: items.count)
        if parkedEditors.itemID != currentItem?.id { parkedEditors.drop() }
    }
    var editingField: ItemField? { input == .editor ? autosave?.field : nil }

    // MARK: Loading

    /// The meeting as stored now with its items, attendance and the current item's details.
    /// False when the meeting is no longer in the file.
    mutating func reload(_ s: MeetingStore, _ g: GrantStore, language: Language) throws -> Bool {
        guard let fresh = try s.meeting(meeting.id) else { return false }
        meeting = fresh
        items = try s.items(meetingID: fresh.id)
        itemIndex = min(itemIndex, max(0, items.count - 1))
        attendance = try s.attendance(meetingID: fresh.id)
        // Only the officers' names: loading the whole register cost 200,000 rows per open at national scale.
        let officers = [fresh.chairPersonID, fresh.secretaryPersonID, fresh.checker1PersonID, fresh.checker2PersonID]
        peopleNames = try s.personNames(officers.compactMap { $0 })
        quorum = try s.quorum(meetingID: fresh.id)
        itemQuorum = try currentItem.map { try s.quorum(meetingID: fresh.id, itemID: $0.id) }
        try reloadDetails(s, g, language: language)
        return true
    }

    /// What the current item shows besides its texts.
    mutating func reloadDetails(_ s: MeetingStore, _ g: GrantStore, language: Language) throws {
        guard let item = currentItem else { details = ItemDetails(); return }
        let m = meeting
        details = ItemDetails(
            counterProposals: try s.counterProposals(itemID: item.id),
            disqualified: try s.disqualifications(itemID: item.id),
            actions: try s.actions(meetingID: m.id).filter { $0.itemID == item.id },
            attachments: try s.attachments(itemID: item.id),
            followUp: AgendaTemplate.isFollowUp(item) ? try s.followUpActions(meetingID: m.id) : [],
            suggested: try s.suggestedDisqualifications(itemID: item.id, language: language),
            roundName: try item.roundID.map { id in try s.roundChoices().first { $0.id == id }?.name ?? "" } ?? "",
            associations: try s.linkedAssociations(itemID: item.id),
            matter: try Self.loadMatter(item, g))
        itemQuorum = try s.quorum(meetingID: m.id, itemID: item.id)
    }

    static func loadMatter(_ item: AgendaItem, _ g: GrantStore) throws -> SectionMatter? {
        let ids = try g.sectionApplications(itemID: item.id)
        guard item.roundID != nil || !ids.isEmpty else { return nil }
        let wanted = Set(ids)
        let rows = try g.applications(roundID: item.roundID).filter { wanted.contains($0.id) }
            .sorted { FinnishCollation.compare($0.associationName, $1.associationName) == .orderedAscending }
        return SectionMatter(caseNumber: item.caseNumber, applications: rows, decided: try g.sectionDecisions(itemID: item.id))
    }

    // MARK: Drawing

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        switch mode {
        case .agenda: renderAgenda(into: &frame, in: area, context: context)
        case .live: renderLive(into: &frame, in: area, context: context)
        }
    }

    /// Where the editor of the field being edited is drawn in `area`: the same drawing on a
    /// scratch frame, so the keys wrap and scroll at the width the frame shows without the
    /// drawing writing a layout into state. Nil when no editor is drawn.
    func editorLayout(in area: Rect, context: DrawContext) -> Rect? {
        guard area.width >= 20, area.height >= 5, area.x >= 0, area.y >= 0 else { return nil }
        var scratch = Frame(size: Size(width: area.maxX, height: area.maxY))
        switch mode {
        case .agenda: return renderAgenda(into: &scratch, in: area, context: context)
        case .live: return renderLive(into: &scratch, in: area, context: context)
        }
    }

    /// The editor's rect as the screen will draw it in the pane's area (`editorLayout`), kept
    /// for the keys that wrap and scroll. Laid out again when the field or the terminal changes.
    mutating func layOutEditor(area: Rect, context: DrawContext, force: Bool = false) {
        guard force || editorLaidOutFor != area else { return }
        editorLaidOutFor = area
        editorRect = editorLayout(in: area, context: context) ?? editorRect
        editor.setViewport(width: editorRect.width, height: editorRect.height)
    }

    /// The editor with `text`: a cursor at the end stays at the end (the usual place while
    /// minutes are written), any other is kept where it was as far as the text allows.
    mutating func replaceEditorText(with text: String) {
        let end = TextPosition(paragraph: Int.max / 2, offset: Int.max / 2)
        var probe = editor
        probe.moveCursor(to: end)
        let cursor = editor.cursor == probe.cursor ? end : editor.cursor
        editor = TextEditor(text: text, placeholder: editor.placeholder)
        editor.setViewport(width: editorRect.width, height: editorRect.height)
        editor.moveCursor(to: cursor)
    }

    /// The fields Tab walks through on each screen.
    var editorFields: [ItemField] { mode == .live ? liveFields : agendaFields }

    /// The proposal, when it is what an empty decision of the live minutes would say.
    func decisionSuggestion(for field: ItemField, item: AgendaItem) -> String? {
        guard field == .decision, mode == .live, item.decision.isEmpty, !item.proposal.isEmpty else { return nil }
        return item.proposal
    }
}
