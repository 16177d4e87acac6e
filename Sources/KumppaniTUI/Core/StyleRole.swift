/// What a cell means; the theme decides how it looks. Views never pick colours.
public enum StyleRole: String, CaseIterable, Sendable {
    case normal
    case dim
    case title
    case border
    case tabActive = "tab_active"
    case tabInactive = "tab_inactive"
    case menuBar = "menu_bar"
    case menuItem = "menu_item"
    case menuSelected = "menu_selected"
    case menuHotkey = "menu_hotkey"
    case statusBar = "status_bar"
    case statusError = "status_error"
    case keyBar = "key_bar"
    case keyBarKey = "key_bar_key"
    case selection
    case selectionInactive = "selection_inactive"
    case header
    case input
    case inputFocused = "input_focused"
    case cursor
    case label
    case error
    case warning
    case success
    case highlight
    case match
    case dialog
    case dialogTitle = "dialog_title"
    case barFill = "bar_fill"
    case barOver = "bar_over"
    case barEmpty = "bar_empty"
    case strike
}
