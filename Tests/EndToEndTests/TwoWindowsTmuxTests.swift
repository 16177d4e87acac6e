import Foundation
import XCTest
import Kumppani

/// Two windows on one file, as the coordinator has them: two `kumppani` processes in two
/// terminals (two tmux sessions) on one database. A save in one shows in the other.
final class TwoWindowsTmuxTests: XCTestCase {
    var temp: URL!
    var db: URL!
    var sessions: [TmuxSession] = []

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-twowin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        db = temp.appendingPathComponent("kumppani.sqlite")
        let store = try Store.open(path: db.path)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"; d.phone = "040 111 2222"
        guard case .saved = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture not saved") }
    }

    override func tearDownWithError() throws {
        for session in sessions { session.kill() }
        sessions = []
        if let temp { try? FileManager.default.removeItem(at: temp) }
    }

    func start() throws -> TmuxSession {
        let session = try TmuxSession([try KumppaniBinary.url().path, "--db", db.path, "--lang", "fi"], width: 120, height: 30,
                                      environment: ["LC_ALL": "C.UTF-8", "HOME": temp.path])
        sessions.append(session)
        try session.waitFor("+358 40 1112222")
        return session
    }

    func testAPhoneChangedInOneWindowAppearsInTheOther() throws {
        let a = try start(), b = try start()
        try a.sendKeys("e")
        try a.waitFor("Puhelin")
        for _ in 0..<6 { try a.sendKeys("Tab") }
        try a.sendKeys("C-u")
        try a.sendLiteral("050 123 4567")
        try a.sendKeys("C-s")
        try a.waitFor("+358 50 1234567")
        // The promise is two seconds; the poll allows three so a loaded machine does not flake.
        let screen = try b.waitUntil("the other window shows the new phone", timeout: 3) { $0.contains("+358 50 1234567") }
        XCTAssertTrue(screen.contains("Tiedot päivitetty toisesta ikkunasta"), screen)
        XCTAssertFalse(screen.contains("+358 40 1112222"), screen)
    }
}
