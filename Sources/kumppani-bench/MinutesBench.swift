import Foundation
import Kumppani
import KumppaniTUI

/// 5,000 keystrokes into a 30-page minutes document in the meetings pane's live-minutes editor
/// (key → frame), and the autosave commits the pane makes from `idle()`, timed apart.
enum MinutesBench {
    static func run(path: String, into report: inout BenchReport) throws {
        // waiting for the meetings pane with the live-minutes editor (Sources/KumppaniTUI/Panes/Meetings/)
        throw BenchFailure.waiting("the meetings pane")
    }
}
