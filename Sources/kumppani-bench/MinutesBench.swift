import Foundation
import Kumppani
import KumppaniTUI

/// 5,000 keystrokes into a 30-page minutes document in the meetings pane's live-minutes editor
/// (key → frame), and the autosave commits the pane makes from `idle()`, timed apart.
///
/// The presenter calls `idle()` whenever no input is waiting, which at typing speed is after
/// every key: so here every key is followed by one `idle()`, timed on its own.
enum MinutesBench {
    /// Marks the benchmark's own meeting (`place`), so a leftover from an interrupted run is removed.
    static let marker = "kumppani-bench"
    static let itemTitle = "Kumppanuuspöydän pöytäkirja (kumppani-bench)"

    static func run(path: String, into report: inout BenchReport) throws {
        let store = try BenchApp.openForKeys(path)
        let meetings = MeetingStore(store: store)
        try removeOwnMeetings(store)
        defer { try? removeOwnMeetings(store) }

        // A started meeting with one item whose discussion is the 30-page document, in the first
        // body and dated last, so it is the meeting the pane selects first.
        guard let body = try meetings.bodies().first else { throw BenchFailure.message("the database has no bodies") }
        let document = MinutesText.document()
        let meetingID = try meetings.createMeeting(bodyID: body.id, heldOn: "2099-12-31", place: marker)
        let itemID = try meetings.addItem(meetingID: meetingID, title: itemTitle)
        try meetings.setText(itemID: itemID, field: .discussion, text: document)
        try meetings.startMeeting(meetingID)

        // The body's agenda template adds the standing items around ours.
        guard let index = try meetings.items(meetingID: meetingID).firstIndex(where: { $0.id == itemID }) else {
            throw BenchFailure.message("the benchmark's agenda item is missing")
        }
        let app = BenchApp.make(store: store)
        let size = BenchApp.size
        _ = app.render(size: size)
        // 3: meetings pane; Enter: open the (started) meeting live; n: next item; e: edit its discussion.
        let path: [Key] = [.char("3"), .enter] + Array(repeating: .char("n"), count: index) + [.char("e")]
        for key in path { _ = BenchApp.keyToFrame(app, .key(key)) }
        let opened = app.render(size: size).text
        let heading = "§ \(index + 1) \(itemTitle.prefix(20))"
        guard opened.contains(heading) else {
            throw BenchFailure.message("the meetings pane did not open the benchmark's item (\(heading)):\n\(opened)")
        }
        let keys = MinutesText.keystrokes()
        BenchLog.say("live minutes: \(keys.count) keys into \(document.count) characters…")
        var typing = Samples()
        var saving = Samples()
        for key in keys {
            typing.add(BenchApp.keyToFrame(app, .key(key)).ms)
            saving.add(Stopwatch.time { app.idle() })
        }
        _ = BenchApp.keyToFrame(app, .key(.escape))

        // Proof the keys reached the editor and the autosave wrote them.
        let saved = try store.database.scalarInt("SELECT length(discussion) FROM agenda_items WHERE id = ?", itemID) ?? 0
        guard saved > Int64(document.count) else {
            throw BenchFailure.message("the autosave did not write the typed text (\(saved) characters in the file)")
        }
        BenchLog.say("  saved \(saved) characters")
        report.add("editor_p50_ms", "minutes key → frame p50", typing.p50, unit: "ms")
        report.add("editor_p99_ms", "minutes key → frame p99 (\(keys.count) keys)", typing.p99, unit: "ms", target: 2)
        report.add("editor_max_ms", "minutes key → frame max", typing.max, unit: "ms")
        report.add("autosave_p50_ms", "autosave commit (idle) p50", saving.p50, unit: "ms")
        report.add("autosave_p99_ms", "autosave commit (idle) p99", saving.p99, unit: "ms", target: 5)
    }

    /// Deletes the benchmark's meetings (started ones cannot be deleted through the store).
    static func removeOwnMeetings(_ store: Store) throws {
        try store.database.write {
            try store.database.run("DELETE FROM meetings WHERE place = ?", marker)
        }
    }
}
