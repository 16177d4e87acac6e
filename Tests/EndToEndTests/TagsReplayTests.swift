import XCTest
import Kumppani

/// Marks, tags and the e-mail list through the real binary in replay mode at 80×24: keys in,
/// screen and files out; the database holds what the screen says.
final class TagsReplayTests: XCTestCase {
    var temp: URL!
    var db: URL { temp.appendingPathComponent("k.sqlite") }

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-tags-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let store = try Store.open(path: db.path)
        let directory = DirectoryStore(store: store)
        for (name, municipality, email) in [("Asikkalan Eläkkeensaajat ry", "Asikkala", "elake@asikkala.fi"),
                                            ("Heinolan Omaishoitajat ry", "Heinola", "info@omaiset.fi"),
                                            ("Lahden Partiolaiset ry", "Lahti", "partio@lahti.fi")] {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality; d.email = email
            guard case .saved = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        }
        // An address the form would refuse, as an import from elsewhere may leave it.
        try store.database.write { try store.database.run("UPDATE associations SET email = 'partio@lahti' WHERE name LIKE 'Lahden%'") }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    func testMarkTagAndWriteTheEmailListAt80x24() throws {
        let bcc = temp.appendingPathComponent("bcc.txt").path
        let keys = "<Space><Space><Space>gkutsutut<Enter>@<C-u>\(bcc)<Enter>"
        let result = try Replay.run(keys, db: db, in: temp, size: "80x24", language: "fi")
        XCTAssertEqual(result.outcome.status, 0, result.outcome.err)
        let screen = result.finalScreen
        XCTAssertTrue(screen.contains("3 merkitty · 3 yhdistystä"), screen)
        XCTAssertTrue(screen.contains("Sähköpostilista: 2 osoitetta, 1 ohitettu"), screen)
        XCTAssertTrue(screen.contains("Tunnisteet"), screen)
        let text = try String(contentsOfFile: bcc, encoding: .utf8)
        XCTAssertEqual(text, "elake@asikkala.fi; info@omaiset.fi\n\nOhitettu 1 yhdistystä, joilla ei ole kelvollista sähköpostiosoitetta:\n- Lahden Partiolaiset ry: virheellinen osoite partio@lahti\n")
        let store = try Store.open(path: db.path)
        XCTAssertEqual(try DirectoryStore(store: store).tags().map { "\($0.name) \($0.count)" }, ["kutsutut 3"])
    }
}
