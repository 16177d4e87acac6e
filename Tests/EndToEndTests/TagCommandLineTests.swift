import Foundation
import XCTest

/// `kumppani tag list|add|remove` and `kumppani export associations --tag NAME`.
final class TagCommandLineTests: XCTestCase {
    var directory: URL!
    var db: String { directory.appendingPathComponent("k.sqlite").path }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tag-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let csv = directory.appendingPathComponent("a.csv")
        try """
            nimi;y_tunnus;kunta
            Heinolan Omaishoitajat ry;0112038-9;Heinola
            Lahden Omaishoitajat ry;;Lahti
            Lahden Partiolaiset ry;;Lahti
            Asikkalan Eläkkeensaajat ry;;Asikkala
            """.write(to: csv, atomically: true, encoding: .utf8)
        XCTAssertEqual(try KumppaniProcess.run(["init", "--db", db]).status, 0)
        let imported = try KumppaniProcess.run(["import", "associations", csv.path, "--db", db])
        XCTAssertEqual(imported.status, 0, imported.err)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        let r = try KumppaniProcess.run(args + ["--db", db, "--lang", "fi"])
        return (r.status, r.out, r.err)
    }

    func testTagsAreAddedByYTunnusNameOrSearchListedExportedAndRemoved() throws {
        var r = try run(["tag", "list"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "Ei tunnisteita.\n")

        r = try run(["tag", "add", "Kumppanuuspöytä 2027 kutsutut", "0112038-9", "lahden partiolaiset ry"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "Tunniste ”Kumppanuuspöytä 2027 kutsutut” lisätty 2 yhdistykselle (0 oli jo merkitty).\n")
        r = try run(["tag", "add", "kumppanuuspöytä 2027 kutsutut", "--search", "omaishoitajien"])
        XCTAssertEqual(r.out, "Tunniste ”Kumppanuuspöytä 2027 kutsutut” lisätty 1 yhdistykselle (1 oli jo merkitty).\n", r.err)
        r = try run(["tag", "list"])
        XCTAssertEqual(r.out, "Kumppanuuspöytä 2027 kutsutut (3)\n")

        r = try run(["export", "associations", "--tag", "KUMPPANUUSPÖYTÄ 2027 KUTSUTUT"])
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertTrue(lines[0].hasSuffix(";toimintoja;tunnisteet"), lines[0])
        XCTAssertEqual(lines.dropFirst().map { String($0.prefix { $0 != ";" }) },
                       ["Heinolan Omaishoitajat ry", "Lahden Omaishoitajat ry", "Lahden Partiolaiset ry"])
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasSuffix(";Kumppanuuspöytä 2027 kutsutut") }, r.out)
        r = try run(["export", "associations", "--tag", "kumppanuuspöytä 2027 kutsutut", "--search", "lahden"])
        XCTAssertEqual(r.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 3, "both: those found that carry the tag")

        r = try run(["tag", "remove", "kumppanuuspöytä 2027 kutsutut", "Lahden Partiolaiset ry"])
        XCTAssertEqual(r.out, "Tunniste ”Kumppanuuspöytä 2027 kutsutut” poistettu 1 yhdistykseltä.\n", r.err)
        r = try run(["audit"])
        XCTAssertTrue(r.out.contains("Tunniste poistettu yhdistykseltä — tunniste: Kumppanuuspöytä 2027 kutsutut"), r.out)
    }

    func testProblemsAreClearMessagesAndChangeNothing() throws {
        var r = try run(["tag", "add", "kutsutut", "Heinolan Omaishoitajat ry", "Olematon yhdistys"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.err, "kumppani: Yhdistystä ”Olematon yhdistys” ei löydy (anna tunnus, Y-tunnus tai koko nimi).\n")
        r = try run(["tag", "add", "a|b", "Heinolan Omaishoitajat ry"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("merkkiä |"), r.err)
        r = try run(["tag", "add", "kutsutut"])
        XCTAssertEqual(r.status, 2, "no association named: wrong usage")
        r = try run(["export", "associations", "--tag", "kutsutut"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.err, "kumppani: Tunnistetta ”kutsutut” ei ole.\n")
        r = try run(["tag", "list"])
        XCTAssertEqual(r.out, "Ei tunnisteita.\n", "nothing was saved")
        r = try run(["tag", "list", "--search", "x"])
        XCTAssertEqual(r.status, 2, "--search belongs to add and remove")
    }
}
