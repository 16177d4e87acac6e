import Foundation
import XCTest

/// Keys the terminal itself would take away from the program: Ctrl-Z (suspend) is undo in every
/// text field and Ctrl-S (flow control) saves, so the program switches both off while it runs.
final class TerminalKeysTmuxTests: XCTestCase {
    static let demo = DemoDatabase.make(associations: 30, seed: 3)
    var temp: URL!
    var session: TmuxSession?

    override class func tearDown() {
        if case .success(let demo) = demo { demo.remove() }
        super.tearDown()
    }

    override func tearDownWithError() throws {
        session?.kill()
        if let temp { try? FileManager.default.removeItem(at: temp) }
    }

    func testCtrlZUndoesInAFieldAndTheTerminalNeitherSuspendsNorFreezes() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let db = try Self.demo.get().copy(into: temp)
        let session = try TmuxSession([try KumppaniBinary.url().path, "--db", db.path, "--lang", "fi"],
                                      environment: ["LC_ALL": "C.UTF-8", "HOME": temp.path, "KUMPPANI_NOW": "2026-11-23"])
        self.session = session
        try session.waitFor("1 Yhdistykset  2 Avustukset  3 Kokoukset")

        let modes = try session.terminalModes()
        XCTAssertTrue(modes.contains("susp = <undef>"), "Ctrl-Z must reach the program as undo:\n\(modes)")
        XCTAssertTrue(modes.contains("-ixon"), "Ctrl-S must reach the program as save:\n\(modes)")

        try session.sendKeys("a")   // a new association: the name field has the keys
        try session.waitFor("Nimi")
        try session.sendLiteral("Kokeilu yhdistys")
        try session.waitFor("Kokeilu yhdistys")
        try session.sendKeys("C-z")
        let undone = try session.waitForAbsence(of: "Kokeilu yhdistys")
        XCTAssertTrue(undone.contains("Kokeilu"), "one word undone:\n\(undone)")
        try session.sendKeys("C-y")
        try session.waitFor("Kokeilu yhdistys")
    }
}
