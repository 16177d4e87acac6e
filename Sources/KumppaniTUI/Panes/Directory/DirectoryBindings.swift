import Kumppani

/// The directory's actions. Raw values read as palette commands (`:directory.add`).
extension ActionID {
    static let directoryFilters: ActionID = "directory.filters"
    static let directorySort: ActionID = "directory.sort"
    static let directoryAdd: ActionID = "directory.add"
    static let directoryEdit: ActionID = "directory.edit"
    static let directoryDelete: ActionID = "directory.delete"
    static let directoryMerge: ActionID = "directory.merge"
    static let directoryLog: ActionID = "directory.log"
    static let directoryReferral: ActionID = "directory.referral"
    static let directoryFocusDetail: ActionID = "directory.detail"
    static let directoryFollowUpDone: ActionID = "directory.follow-up-done"
    static let directoryClear: ActionID = "directory.clear"
    static let directoryActivityAdd: ActionID = "directory.activity-add"
    static let directoryPersonAdd: ActionID = "directory.person-add"
    /// Act on the activity or role selected in the detail.
    static let directoryItemEdit: ActionID = "directory.item-edit"
    static let directoryItemRemove: ActionID = "directory.item-remove"
    static let directoryActivityDeleteConfirmed: ActionID = "directory.activity-delete-confirmed"
    static let directoryRoleEnd: ActionID = "directory.role-end"
    static let directoryPersonChosen: ActionID = "directory.person-chosen"
    /// Answers of dialogs (not bound to keys).
    static let directoryDeleteConfirmed: ActionID = "directory.delete-confirmed"
    static let directoryMergeConfirmed: ActionID = "directory.merge-confirmed"
    static let directoryWriteCard: ActionID = "directory.write-card"
    /// The key bar's hints while a form or the search has the keys (not run by keys or menus).
    static let directoryKeyHint: ActionID = "directory.key-hint"
    /// Opens an association by id (from other panes: `switchTo(.directory, action: .directoryOpen, argument: id)`).
    public static let directoryOpen: ActionID = "directory.open"
}

enum DirectoryBindings {
    static func row(_ action: ActionID, _ keys: [Key], _ label: String, bar: Bool = false, menu: Bool = true) -> KeyBinding {
        KeyBinding(action: action, keys: keys, labelKey: "directory.action.\(label)", context: .pane(.directory),
                   showInKeyBar: bar, menu: menu ? .pane(.directory) : nil)
    }

    static let all: [KeyBinding] = [
        row(.directoryAdd, [.char("a")], "add", bar: true),
        row(.directoryEdit, [.char("e")], "edit", bar: true),
        row(.directoryLog, [.char("l")], "log", bar: true),
        row(.directoryReferral, [.char("r")], "referral", bar: true),
        row(.directoryFilters, [.char("f")], "filters", bar: true),
        row(.directorySort, [.char("s")], "sort"),
        row(.directoryDelete, [.char("d"), .delete], "delete"),
        row(.directoryMerge, [.char("m")], "merge"),
        row(.directoryFollowUpDone, [.char("x")], "follow_up_done"),
        row(.directoryActivityAdd, [.char("t")], "activity_add"),
        row(.directoryPersonAdd, [.char("p")], "person_add"),
        row(.directoryFocusDetail, [.tab, .enter], "detail"),
        row(.directoryClear, [], "clear"),
    ] + items

    /// Keys that act on the activity or role selected in the detail (they win there over the rows above).
    static let items: [KeyBinding] = [
        row(.directoryItemEdit, [.char("e"), .enter], "item_edit"),
        row(.directoryItemRemove, [.char("d"), .delete], "item_remove"),
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
    static let marks: [KeyBinding] = [SearchTier.stem, .part, .typo].map { tier in
        KeyBinding(action: .directoryKeyHint, keys: [.char(Character(tier.marker))],
                   labelKey: "directory.marks.\(tier)", context: .pane(.directory))
    }

    static let searchBar = bar([(.enter, "keep"), (.escape, "clear_search"), (.down, "move")])
    // Most important first: a narrow key bar drops from the end.
    static let formBar = bar([(.ctrl("s"), "save"), (.escape, "cancel"), (.tab, "next")])
    static let checklistBar = bar([(.char(" "), "choose"), (.enter, "done")])
    static let filterBar = bar([(.ctrl("s"), "apply"), (.escape, "cancel"), (.right, "change")])
    static let referralFormBar = bar([(.enter, "results"), (.right, "change"), (.escape, "close")])
    static let referralResultsBar = bar([(.char("w"), "write_card"), (.char("o"), "open"), (.tab, "criteria")])
    static let mergeBar = bar([(.enter, "merge"), (.escape, "cancel")])
}
