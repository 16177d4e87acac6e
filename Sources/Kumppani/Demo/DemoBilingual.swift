import Foundation

/// The demo's bilingual body (issue 17): a partnership table whose agendas and minutes print in
/// Finnish and Swedish, with one coming meeting to export. Added last, so the rest of the demo
/// (and every test built on a small demo) is unchanged; only the full-size demo has it.
enum DemoBilingual {
    static let name = "Kaksikielinen kumppanuuspöytä – Tvåspråkigt partnerskapsbord"

    static func generate(_ c: DemoContext) throws {
        guard c.scale >= 500 else { return }
        let body = try DemoBodies.insertBody(c, name: name, kind: "partnership_table", seats: 7, fromAssociations: true)
        try c.db.run("UPDATE bodies SET document_language = ? WHERE id = ?", Body.bilingualCode, body.id)
        let day = c.today + 21
        let meeting = DemoMeetings.Meeting(id: c.rng.id(), body: body, year: day.year, day: day, planned: true, negotiation: false)
        let checkers = try DemoMeetings.insert(c, meeting, number: 1)
        var section = 0
        try DemoAgenda.insertItems(c, meeting, section: &section, rounds: [], checkers: checkers, nextMeeting: day + 42)
    }
}
