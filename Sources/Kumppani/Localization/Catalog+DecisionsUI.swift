import Foundation

/// Issue 14's screens: the § as the grant decision in pane 3, checking the minutes, and the
/// county's name on every printed document.
extension Catalog {
    static let decisionsUI: [String: Text] = [:]
}
