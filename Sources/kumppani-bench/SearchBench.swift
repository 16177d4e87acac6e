import Foundation
import Kumppani
import KumppaniTUI

/// Search as you type in pane 1 (`/`, one key at a time, Esc between queries), the same
/// searches as bare store queries (the floor), and paging down through 10,000 rows.
enum SearchBench {
    static func run(path: String, into report: inout BenchReport) throws {
        // waiting for the directory pane (Sources/KumppaniTUI/Panes/Directory/) and
        // DirectoryStore (Sources/Kumppani/Directory/) to land on main
        throw BenchFailure.waiting("the directory pane")
    }
}
