import Foundation
import Kumppani
import KumppaniTUI

/// The referral view (`r` in pane 1) at national scale: a coordinator picks a target group,
/// types a municipality, picks a kind and types keywords, one key at a time. Each key is timed
/// until its frame (the query runs off the key path, as in the terminal); after each criterion
/// the time until its answer is on screen is timed too.
enum ReferralBench {
    struct Scenario {
        let group: String?
        let place: String
        let kind: String?
        let words: String
    }

    static let scenarios = [
        Scenario(group: "family_carers", place: "Heinola", kind: "peer_group", words: "vertais"),
        Scenario(group: "children", place: "Lahti", kind: nil, words: "kerho"),
        Scenario(group: nil, place: "", kind: nil, words: "liikunta"),
        Scenario(group: "older_people", place: "", kind: "hobby", words: "laulu"),
        Scenario(group: "youth", place: "Hollola", kind: nil, words: ""),
        Scenario(group: "immigrants", place: "Orimattila", kind: "advice", words: "suomi"),
    ]

    static func run(path: String, into report: inout BenchReport) throws {
        let store = try BenchApp.openForKeys(path)
        let app = BenchApp.make(store: store, backgroundThread: true)
        _ = app.render(size: BenchApp.size)
        let directory = DirectoryStore(store: store)
        let groups = try directory.categories("target_group").map(\.code)
        let kinds = try directory.categories("activity_kind").map(\.code)

        BenchLog.say("referral view: \(scenarios.count) criteria sets, one key at a time…")
        var keys = Samples()
        var answers = Samples()
        var unanswered = 0
        func key(_ event: Event) { keys.add(BenchApp.keyToFrame(app, event).ms) }
        /// Polls as the presenter does while work runs, until the answer is drawn.
        func waitForAnswer() {
            let watch = Stopwatch()
            while app.isWaitingForWork && watch.elapsedMilliseconds < 30_000 {
                usleep(1_000)
                app.idle()
            }
            let frame = app.render(size: BenchApp.size)
            answers.add(watch.elapsedMilliseconds)
            if frame.text.contains("Haetaan") { unanswered += 1 }
        }
        for s in scenarios {
            key(.key(.char("r")))
            waitForAnswer()
            if let g = s.group, let i = groups.firstIndex(of: g) {
                for _ in 0...i { key(.key(.right)) }
                waitForAnswer()
            }
            key(.key(.tab))
            for c in s.place { key(.key(.char(c))) }
            if !s.place.isEmpty { waitForAnswer() }
            key(.key(.tab))
            if let k = s.kind, let i = kinds.firstIndex(of: k) {
                for _ in 0...i { key(.key(.right)) }
                waitForAnswer()
            }
            key(.key(.tab))
            for c in s.words { key(.key(.char(c))) }
            if !s.words.isEmpty { waitForAnswer() }
            key(.key(.escape))
            app.idle()
        }
        if unanswered > 0 { BenchLog.say("  warning: \(unanswered) answers did not arrive within 30 s") }
        report.add("referral_p50_ms", "referral key → frame p50", keys.p50, unit: "ms")
        report.add("referral_p99_ms", "referral key → frame p99 (\(keys.count) keys)", keys.p99, unit: "ms", target: 16)
        report.add("referral_answer_p50_ms", "referral answer on screen p50 (after a criterion)", answers.p50, unit: "ms")
        report.add("referral_answer_max_ms", "referral answer on screen max", answers.max, unit: "ms")
    }
}
