import Kumppani

/// The directory's actions. Raw values are the palette commands (`:directory.add`); `perform`
/// switches over these exhaustively, so an action without its code does not compile.
enum DirectoryAction: String, CaseIterable {
    case filters = "directory.filters", sort = "directory.sort", add = "directory.add", edit = "directory.edit"
    case delete = "directory.delete", merge = "directory.merge", log = "directory.log", referral = "directory.referral"
    case focusDetail = "directory.detail", followUpDone = "directory.follow-up-done", clear = "directory.clear"
    case activityAdd = "directory.activity-add", personAdd = "directory.person-add"
    /// Act on the activity or role selected in the detail.
    case itemEdit = "directory.item-edit", itemRemove = "directory.item-remove"
    /// Answers of dialogs (not bound to keys).
    case activityDeleteConfirmed = "directory.activity-delete-confirmed", roleEnd = "directory.role-end"
    case personChosen = "directory.person-chosen", deleteConfirmed = "directory.delete-confirmed"
    case mergeConfirmed = "directory.merge-confirmed", writeCard = "directory.write-card"
    case conflict = "directory.conflict"
    /// The answer of "delete this contact-log entry?".
    case logDeleteConfirmed = "directory.log-delete-confirmed"
    /// The likely-duplicates view; undoing the newest merge into the selected association.
    case duplicates = "directory.duplicates", mergeUndo = "directory.merge-undo"
    case mergeUndoConfirmed = "directory.merge-undo-confirmed"
    /// Open follow-ups of the whole directory (WorklistState).
    case worklist = "directory.worklist"
    /// The YTJ register's changes waiting for review.
    case registerReview = "directory.register-review"
    /// The key bar's hints while a form or the search has the keys (not run by keys or menus).
    case keyHint = "directory.key-hint"
    /// Opens an association by id (from other panes: `switchTo(.directory, action: .directoryOpen, argument: id)`).
    case open = "directory.open"
    /// The shell's `/`.
    case search = "search"
    /// Marks and what acts on the marked rows (or the current one), saved searches (`Marks.swift`,
    /// `TagDialog.swift`, `SavedSearches.swift`).
    case mark = "directory.mark", markAll = "directory.mark-all", clearMarks = "directory.clear-marks"
    case tagAdd = "directory.tag-add", tagRemove = "directory.tag-remove"
    case exportMarked = "directory.export-marked", emailList = "directory.email-list"
    case saveSearch = "directory.save-search", savedSearches = "directory.saved-searches"
    case deleteSavedSearch = "directory.delete-saved-search"
    /// Answers of their dialogs (not bound to keys).
    case tagAddNamed = "directory.tag-add-named", tagRemoveChosen = "directory.tag-remove-chosen"
    case exportMarkedTo = "directory.export-marked-to", emailListTo = "directory.email-list-to"
    case saveSearchNamed = "directory.save-search-named", savedSearchChosen = "directory.saved-search-chosen"
    case deleteSavedSearchChosen = "directory.delete-saved-search-chosen"

    var id: ActionID { ActionID(rawValue) }
    init?(_ id: ActionID) { self.init(rawValue: id.rawValue) }
}

/// The id other panes open an association with.
extension ActionID {
    public static let directoryOpen = ActionID(DirectoryAction.open.rawValue)
    static let directoryKeyHint = DirectoryAction.keyHint.id
}

enum DirectoryBindings {
    static func row(_ action: DirectoryAction, _ keys: [Key], _ label: String, bar: Bool = false, menu: Bool = true) -> KeyBinding {
        KeyBinding(action: action.id, keys: keys, labelKey: "directory.action.\(label)", context: .pane(.directory),
                   showInKeyBar: bar, menu: menu ? .pane(.directory) : nil)
    }

    static let all: [KeyBinding] = [
        row(.add, [.char("a")], "add", bar: true),
        row(.edit, [.char("e")], "edit", bar: true),
        row(.log, [.char("l")], "log", bar: true),
        row(.referral, [.char("r")], "referral", bar: true),
        row(.filters, [.char("f")], "filters", bar: true),
        row(.sort, [.char("s")], "sort"),
        row(.delete, [.char("d"), .delete], "delete"),
        row(.merge, [.char("m")], "merge"),
        row(.followUpDone, [.char("x")], "follow_up_done"),
        row(.worklist, [.char("w")], "worklist", bar: true),
        row(.activityAdd, [.char("t")], "activity_add"),
        row(.personAdd, [.char("p")], "person_add"),
        row(.focusDetail, [.tab, .enter], "detail"),
        row(.clear, [], "clear"),
        row(.registerReview, [.char("y")], "register_review"),
        row(.duplicates, [.char("k")], "duplicates"),
        row(.mergeUndo, [.char("U")], "merge_undo"),
    ] + items + bulk

    /// Marks, tags, the marked rows' exports and saved searches.
    static let bulk: [KeyBinding] = [
        row(.mark, [.char(" ")], "mark"),
        row(.markAll, [.char("A")], "mark_all"),
        row(.clearMarks, [.char("u")], "clear_marks"),
        row(.tagAdd, [.char("g")], "tag_add"),
        row(.tagRemove, [.char("G")], "tag_remove"),
        row(.exportMarked, [.char("c")], "export_marked"),
        row(.emailList, [.char("@")], "email_list"),
        row(.saveSearch, [.char("v")], "save_search"),
        row(.savedSearches, [.char("h")], "saved_searches"),
        row(.deleteSavedSearch, [.char("H")], "delete_saved_search"),
    ]

    /// Keys that act on the activity or role selected in the detail (they win there over the rows above).
    static let items: [KeyBinding] = [
        row(.itemEdit, [.char("e"), .enter], "item_edit_entry"),
        row(.itemRemove, [.char("d"), .delete], "item_remove_entry"),
    ]

    /// What the key bar shows while a form, the search line or the referral view has the keys:
    /// those keys, not the list's (which would type into the field). Shown only, never run.
    static func bar(_ items: [(Key, String)]) -> [KeyBinding] {
        items.map { key, label in
            KeyBinding(action: .directoryKeyHint, keys: [key], labelKey: "directory.bar.\(label)", context: .pane(.directory),
                       showInKeyBar: true, menu: nil)
        }
    }

    /// The search tiers' marks in the list, for the help only (never in the key table: `+`
    /// and `?` are typed into the search line).
    static let marks: [KeyBinding] = [KeyBinding(action: .directoryKeyHint, keys: [.char("!")],
                                                 labelKey: "directory.marks.follow_up", context: .pane(.directory)),
                                      KeyBinding(action: .directoryKeyHint, keys: [.char("*")],
                                                 labelKey: "directory.marks.marked", context: .pane(.directory))]
        + [SearchTier.stem, .part, .typo].map { tier in
            KeyBinding(action: .directoryKeyHint, keys: [.char(Character(tier.marker))],
                       labelKey: "directory.marks.\(tier)", context: .pane(.directory))
        }

    static let searchBar = bar([(.enter, "keep"), (.escape, "clear_search"), (.down, "move")])
    // Most important first: a narrow key bar drops from the end.
    static let formBar = [KeyBinding(action: .directoryKeyHint, keys: [.ctrl("s"), .function(2)], labelKey: "directory.bar.save",
                                     context: .pane(.directory), showInKeyBar: true, menu: nil)]
        + bar([(.escape, "cancel"), (.tab, "next")])
    static let checklistBar = bar([(.char(" "), "choose"), (.enter, "done")])
    static let filterBar = bar([(.ctrl("s"), "apply"), (.escape, "cancel"), (.right, "change")])
    static let referralFormBar = bar([(.enter, "results"), (.right, "change"), (.escape, "close")])
    static let referralResultsBar = bar([(.char("w"), "write_card"), (.char("o"), "open"), (.tab, "criteria"),
                                         (.char(" "), "mark_slip"), (.char("k"), "slip_language")])
    static let mergeBar = bar([(.enter, "merge"), (.escape, "cancel")])
    static let worklistBar = bar([(.enter, "open"), (.char("x"), "follow_up_done"), (.escape, "close")])
    static let reviewBar = bar([(.enter, "accept"), (.char("h"), "reject"), (.escape, "close")])
    static let duplicatesBar = bar([(.enter, "compare"), (.escape, "close")])
    static let compareBar = bar([(.left, "keep_left"), (.right, "take_right"), (.enter, "merge"), (.char("x"), "swap"), (.escape, "back")])
}
