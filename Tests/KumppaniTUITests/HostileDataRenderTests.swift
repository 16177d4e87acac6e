import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Data never reaches the terminal as a control: every cell of the rendered directory (list and
/// detail) is free of C0, C1, ESC, DEL and bidi controls. Imports refuse C0 controls and DEL since
/// issue 15, so such data is put in with SQL here, as another tool or an older version could have;
/// C1 and bidi controls still come in through an import.
final class HostileDataRenderTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))

    static let evilName = "Vaarallinen \u{1B}[2J\u{1B}]52;c;cm0gLXJmIH4=\u{07} ry"
    static let evilDescription = "Kuvaus \u{9B}31m punaista \u{202E}käännetty\u{202C} \u{0}nolla \u{7F}\u{8}\u{1B}]8;;http://x\u{1B}\\linkki\u{2066}eristetty"

    /// Every scalar the terminal could take as a control.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }

    static func controlCells(_ frame: Frame) -> [String] {
        var found: [String] = []
        for y in 0..<frame.size.height {
            for x in 0..<frame.size.width where frame[x, y].text.unicodeScalars.contains(where: isControl) {
                found.append("(\(x),\(y)) \(frame[x, y].text.debugDescription)")
            }
        }
        return found
    }

    func importedStore() throws -> Store {
        let store = try Store.inMemory(clock: clock)
        let csv = "nimi;kunta;kuvaus\r\n\"\(Self.evilName)\";Lahti;\"\(Self.evilDescription)\"\r\nTavallinen ry;Lahti;Hyvä kuvaus\r\n"
        XCTAssertThrowsError(try AssociationImport.run(data: Data(csv.utf8), store: store), "the import refuses C0 controls")
        let clean = "nimi;kunta;kuvaus\r\nVaarallinen ry;Lahti;Kuvaus\r\nTavallinen ry;Lahti;Hyvä kuvaus\r\n"
        XCTAssertEqual(try AssociationImport.run(data: Data(clean.utf8), store: store).inserted, 2)
        let db = store.database
        try db.write {
            try db.run("UPDATE associations SET name = ?, name_key = ?, description = ? WHERE name = 'Vaarallinen ry'",
                       Self.evilName, FinnishCollation.sortKey(Self.evilName), Self.evilDescription)
        }
        return store
    }

    func testImportedControlsAreDrawnAsVisibleStandInsInListAndDetail() throws {
        let store = try importedStore()
        let app = AppFactory.make(store: store, settings: AppFactory.Settings(language: .fi, clock: clock))
        var screens = [app.render(size: Size(width: 80, height: 24))]
        app.handle(.key(.down))             // "Vaarallinen" sorts after "Tavallinen"
        screens.append(app.render(size: Size(width: 80, height: 24)))
        app.handle(.key(.enter))            // focus or open the detail
        screens.append(app.render(size: Size(width: 80, height: 24)))
        app.handle(.key(.escape))
        app.handle(.key(.tab))
        screens.append(app.render(size: Size(width: 120, height: 40)))
        for screen in screens { XCTAssertEqual(Self.controlCells(screen), [], screen.text) }
        let text = screens[0].text
        XCTAssertTrue(text.contains("Vaarallinen ␛[2J␛]52;c;cm0gLXJmIH4=␇ ry"), "the name is shown with stand-ins:\n\(text)")
        XCTAssertTrue(screens.contains { $0.text.contains("Kuvaus ␛[2J") || $0.text.contains("Kuvaus \u{FFFD}31m punaista") },
                      "the description is shown:\n" + screens.map(\.text).joined(separator: "\n----\n"))
    }

    /// Invalid UTF-8 is refused before anything is stored, with a message that says where.
    func testInvalidUTF8InAnImportedFileIsRefusedWithALine() throws {
        let store = try Store.inMemory(clock: clock)
        let bytes = Array("nimi;kuvaus\nHyvä ry;ok\nPaha ry;".utf8) + [0xC3, 0x28, 0xFF, 0x9B] + Array("\n".utf8)
        XCTAssertThrowsError(try AssociationImport.run(data: Data(bytes), store: store)) { error in
            XCTAssertEqual((error as? ImportFailure)?.message(.fi).contains("rivillä 3"), true, "\(error)")
        }
        let json = Array("[{\"name\":\"Paha ".utf8) + [0xED, 0xA0, 0x80] + Array("\"}]".utf8)
        XCTAssertThrowsError(try AssociationImport.run(data: Data(json), store: store)) { error in
            XCTAssertEqual((error as? ImportFailure)?.message(.en), "The JSON file is not valid: line 1, column 16: the character is not UTF-8 (save the file as UTF-8)")
        }
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM associations"), 0)
    }

    /// The same data through JSON: `\u001b` and `\u0000` escapes are refused with record and
    /// field; `\u009b` (C1) and `\u202e` (bidi) are imported and still never drawn raw.
    func testJSONEscapedControlsAreDrawnAsStandIns() throws {
        let store = try Store.inMemory(clock: clock)
        let c0 = #"[{"name":"JSON \u001b[31mpunainen ry","description":"abc \u0000"}]"#
        XCTAssertThrowsError(try AssociationImport.run(data: Data(c0.utf8), store: store)) { error in
            let message = (error as? ImportFailure)?.message(.en) ?? "\(error)"
            XCTAssertTrue(message.contains(#"record 1 (line 1), field "name": the control character U+001B"#), message)
            XCTAssertTrue(message.contains(#"record 1 (line 1), field "description": the control character U+0000"#), message)
        }
        let json = #"[{"name":"JSON [31mpunainen\u009b ry","description":"\u202eabc \ud83d\ude00"}]"#
        XCTAssertEqual(try AssociationImport.run(data: Data(json.utf8), store: store).inserted, 1)
        let app = AppFactory.make(store: store, settings: AppFactory.Settings(language: .en, clock: clock))
        let screen = app.render(size: Size(width: 80, height: 24))
        XCTAssertEqual(Self.controlCells(screen), [], screen.text)
        XCTAssertTrue(screen.text.contains("JSON [31mpunainen\u{FFFD} ry"), screen.text)
    }
}
