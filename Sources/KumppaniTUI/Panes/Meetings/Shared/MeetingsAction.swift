import Kumppani

/// Everything a key, menu item or palette command can ask of the meetings pane. The raw value is
/// the palette name after `meetings.` (`:meetings.next`) and the label key after
/// `meetings.action.`; bindings are built from these cases, so a misspelt action does not compile.
enum MeetingsAction: String, CaseIterable {
    // Moving (every screen).
    case up, down, pageUp = "page_up", pageDown = "page_down", back
    // The list of bodies and meetings.
    case open, start, new, newNegotiation = "new_negotiation", newBody = "new_body", membersView = "members_view"
    case bodySettings = "body_settings"
    case focus, advance, export, delete, actionsView = "actions_view", goalsView = "goals_view"
    // The agenda editor.
    case itemAdd = "item_add", itemTitle = "item_title", itemPreparer = "item_preparer"
    case itemBackground = "item_background", itemProposal = "item_proposal", itemKind = "item_kind"
    case itemAttach = "item_attach", itemRound = "item_round", itemAssociations = "item_associations"
    case itemMoveUp = "item_move_up", itemMoveDown = "item_move_down", itemDelete = "item_delete"
    case meetingDate = "meeting_date", meetingTime = "meeting_time", meetingPlace = "meeting_place", officers
    // The § as the grant decision: its case number, deciding per application, its applications,
    // and opening a § by its id (from pane 2).
    case itemCase = "item_case", sectionDecide = "section_decide", sectionApplications = "section_applications"
    case openSection = "open_section", attendanceTime = "attendance_time"
    // The live minutes.
    case next, previous, editDiscussion = "edit_discussion", editDecision = "edit_decision", editDissent = "edit_dissent"
    case asProposed = "as_proposed", timeStamp = "time_stamp", attendance, vote, counter, disqualify
    case actionAdd = "action_add", end, amend
    // The minutes editor, the searchable list and attendance taking (their keys go to their own handlers).
    case editorDone = "editor_done", editorField = "editor_field", editorPrevious = "editor_previous"
    case acceptSuggestion = "accept_suggestion", pickerChoose = "picker_choose", pickerCancel = "picker_cancel"
    case attendanceDone = "attendance_done"
    // Swedish texts beside the Finnish (issue 17): show and edit the other language.
    case swedish
    // The actions view.
    case actionDone = "action_done", actionScope = "action_scope", actionOwner = "action_owner", actionMeeting = "action_meeting"
    // A body's members.
    case memberAdd = "member_add", memberEdit = "member_edit", memberEnd = "member_end", memberRemove = "member_remove"
    // The annual negotiation's goals.
    case goalAdd = "goal_add", goalEdit = "goal_edit", goalStatus = "goal_status", goalCarry = "goal_carry"
    case goalYearPrev = "goal_year_prev", goalYearNext = "goal_year_next"
    case goalSwedish = "goal_swedish"

    static let prefix = "meetings."

    var id: ActionID { ActionID(Self.prefix + rawValue) }

    /// The action an id names; nil for an id of another pane or a dialog step.
    init?(_ id: ActionID) {
        guard id.rawValue.hasPrefix(Self.prefix) else { return nil }
        self.init(rawValue: String(id.rawValue.dropFirst(Self.prefix.count)))
    }
}

/// The pane's dialogs, one per question. A step's id is `meetings.<raw value>` (the palette can
/// answer one directly: `:meetings.vote 5 2 0`) and its prompt's title is `meetings.dialog.<raw value>`.
enum MeetingsStep: String, CaseIterable {
    case bodyName = "body_name", bodyKind = "body_kind"
    case meetingDate = "meeting_date", meetingTime = "meeting_time", meetingPlace = "meeting_place"
    case deleteMeeting = "delete_meeting", startOtherDay = "start_other_day", approve, exportPath = "export_path"
    case itemAdd = "item_add", itemTitle = "item_title", itemPreparer = "item_preparer"
    /// The kind key's save (it cycles the kind and asks nothing); named so a conflict can say which edit.
    case itemKind = "item_kind"
    case itemAttach = "item_attach", itemRound = "item_round", itemDelete = "item_delete"
    case editDate = "edit_date", editTime = "edit_time", editPlace = "edit_place"
    case vote, voteNames = "vote_names", counterText = "counter_text", counterProposer = "counter_proposer"
    case counterSeconder = "counter_seconder", disqualifyPerson = "disqualify_person", disqualifyReason = "disqualify_reason"
    case actionText = "action_text", actionOwner = "action_owner", actionDue = "action_due"
    case amendReason = "amend_reason", amendText = "amend_text", guestName = "guest_name", end
    case actionFilterOwner = "action_filter_owner"
    case goalText = "goal_text", goalMeasures = "goal_measures", goalResponsible = "goal_responsible", goalIndicator = "goal_indicator"
    case goalTextSV = "goal_text_sv", goalMeasuresSV = "goal_measures_sv"
    case memberName = "member_name", memberRole = "member_role", memberDeputyFor = "member_deputy_for"
    case memberEditRole = "member_edit_role", memberEditDeputyFor = "member_edit_deputy_for"
    case memberEditRepresents = "member_edit_represents", memberEditTerm = "member_edit_term"
    case memberEnd = "member_end", memberRemove = "member_remove"
    case itemCase = "item_case", sectionApplication = "section_application", sectionAmount = "section_amount"
    case sectionJump = "section_jump", checkDate = "check_date", checkBy = "check_by", officerCandidate = "officer_candidate"
    case attendanceTimePerson = "attendance_time_person", attendanceTimes = "attendance_times"

    var id: ActionID { ActionID(MeetingsAction.prefix + rawValue) }

    init?(_ id: ActionID) {
        guard id.rawValue.hasPrefix(MeetingsAction.prefix) else { return nil }
        self.init(rawValue: String(id.rawValue.dropFirst(MeetingsAction.prefix.count)))
    }
}

/// A row of a choice dialog as offered, so the answer's index finds what it stood for even when
/// two rows read alike (two members of the same name) or the language changed meanwhile.
struct MeetingsOfferedRow: Equatable {
    /// A person, member or round id; nil for "none".
    var id: Int64?
    var name = ""
    /// A suggested disqualification's reason.
    var reason = ""
}
