import Foundation
import XCTest

/// Personal data through the real binary (issue 8, point 5): with umask 000 every file that
/// holds personal data is still 0600; `person export` prints JSON; `person erase --yes` leaves
/// no trace of the name or e-mail in the database file or its WAL.
final class PersonCommandLineTests: XCTestCase {
    nonisolated(unsafe) static var demo: Result<DemoDatabase, Error>?
    var temp: URL!

    override class func setUp() {
        super.setUp()
        demo = DemoDatabase.make(associations: 120, seed: 11)
    }

    override class func tearDown() {
        if case .success(let d)? = demo { d.remove() }
        super.tearDown()
    }

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-person-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    func demoDatabase() throws -> DemoDatabase { try XCTUnwrap(Self.demo).get() }

    /// Runs `kumppani ARGS` from `/bin/sh` after `umask 000`; the shell first creates a probe file,
    /// whose mode proves the umask really was 000 for the binary it then execs.
    func unmasked(_ arguments: [String]) throws -> KumppaniProcess.Outcome {
        let probe = temp.appendingPathComponent("umask-probe-\(UUID().uuidString.prefix(8))")
        let binary = try KumppaniBinary.url().path
        let outcome = try KumppaniProcess.runProgram(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "umask 000; : > \"$1\"; shift; exec \"$@\"", "sh", probe.path, binary] + arguments,
            environment: ["KUMPPANI_NOW": "2026-11-23"], home: temp, directory: temp)
        XCTAssertEqual(try mode(probe.path), "666", "the shell's umask was not 000, so the test proves nothing")
        try? FileManager.default.removeItem(at: probe)
        return outcome
    }

    func mode(_ path: String) throws -> String {
        let bits = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        return String(bits, radix: 8)
    }

    /// A person of the demo with an e-mail, a body membership and a name no other record has,
    /// that appears in the data only as a whole name (never inside a longer inflected word).
    func chosenPerson(_ demo: DemoDatabase) throws -> (id: Int64, name: String, email: String) {
        let people = try demo.table("people")
        let members = Set(try demo.table("members").compactMap { $0["person_id"] as? Int64 })
        let text = String(decoding: demo.exportAll, as: UTF8.self)
        var nameCounts: [String: Int] = [:]
        for p in people { nameCounts[(p["name"] as? String ?? "").lowercased(), default: 0] += 1 }
        for p in people {
            guard let id = p["id"] as? Int64, let name = p["name"] as? String, let email = p["email"] as? String,
                  email.contains("@"), members.contains(id), nameCounts[name.lowercased()] == 1 else { continue }
            let inflected = try NSRegularExpression(pattern: NSRegularExpression.escapedPattern(for: name) + "\\p{L}", options: [.caseInsensitive])
            if inflected.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil { return (id, name, email) }
        }
        throw XCTSkip("the demo has no suitable person")
    }

    func occurrences(of needles: [String], in path: String) throws -> [String] {
        var found: [String] = []
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path + suffix))
            for needle in needles where bytes.range(of: Data(needle.utf8)) != nil { found.append("\(suffix.isEmpty ? "db" : "wal"): \(needle)") }
        }
        return found
    }

    // MARK: File modes

    func testDatabaseBackupsAndEveryExportAre0600UnderUmask000() throws {
        let demo = try demoDatabase()
        let db = temp.appendingPathComponent("uusi/kumppani.sqlite").path
        let created = try unmasked(["demo", "--db", db, "--associations", "30", "--seed", "3"])
        XCTAssertEqual(created.status, 0, created.err)
        XCTAssertEqual(try mode(db), "600")
        XCTAssertEqual(try mode((db as NSString).deletingLastPathComponent), "700")
        let round = try XCTUnwrap(demo.table("grant_rounds").first?["id"] as? Int64)
        let meeting = try XCTUnwrap(demo.table("meetings").first?["id"] as? Int64)
        let person = try chosenPerson(demo)
        let source = try demo.copy(into: temp, name: "demo.sqlite").path
        let runs: [(String, [String])] = [
            ("associations.csv", ["export", "associations", "--db", source]),
            ("associations.json", ["export", "associations", "--format", "json", "--db", source]),
            ("all.json", ["export", "all", "--db", source]),
            ("decisions.html", ["export", "decisions", "--round", String(round), "--format", "html", "--db", source]),
            ("grants.csv", ["export", "grants", "--db", source]),
            ("minutes.md", ["export", "minutes", "--meeting", String(meeting), "--db", source]),
            ("agenda.txt", ["export", "agenda", "--meeting", String(meeting), "--format", "txt", "--db", source]),
            ("calendar.ics", ["export", "calendar", "--db", source]),
            ("person.json", ["person", "export", person.email, "--db", source]),
        ]
        for (file, args) in runs {
            let target = temp.appendingPathComponent(file).path
            let outcome = try unmasked(args + ["--output", target])
            XCTAssertEqual(outcome.status, 0, "\(file): \(outcome.err)")
            XCTAssertEqual(try mode(target), "600", file)
        }
        let backup = temp.appendingPathComponent("varmuuskopio.sqlite").path
        let outcome = try unmasked(["backup", backup, "--db", source])
        XCTAssertEqual(outcome.status, 0, outcome.err)
        XCTAssertEqual(try mode(backup), "600")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.path).filter { $0.contains("partial") }
        XCTAssertEqual(leftovers, [])
    }

    // MARK: person export

    func testPersonExportPrintsJSONWithTheEmailAndTheMemberships() throws {
        let demo = try demoDatabase()
        let person = try chosenPerson(demo)
        let db = try demo.copy(into: temp).path
        for query in [person.email.uppercased(), person.name.lowercased()] {
            let outcome = try unmasked(["person", "export", query, "--db", db])
            XCTAssertEqual(outcome.status, 0, outcome.err)
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any], outcome.out)
            let people = try XCTUnwrap(json["people"] as? [[String: Any]])
            XCTAssertEqual(people.count, 1, query)
            XCTAssertEqual((people.first?["person"] as? [String: Any])?["email"] as? String, person.email)
            XCTAssertFalse((people.first?["body_memberships"] as? [Any] ?? []).isEmpty, "the demo person sits on a body")
        }
        let missing = try unmasked(["person", "export", "ei.ketaan@example.fi", "--db", db, "--lang", "fi"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.out, "")
        XCTAssertTrue(missing.err.contains("Henkilöä ”ei.ketaan@example.fi” ei löydy"), missing.err)
    }

    // MARK: person erase

    func testEraseWithYesLeavesNoTraceOfNameOrEmailInTheFileOrWAL() throws {
        let demo = try demoDatabase()
        let person = try chosenPerson(demo)
        let db = try demo.copy(into: temp).path
        let needles = [person.name, person.name.lowercased(), person.name.uppercased(), person.email, person.email.lowercased()]
        XCTAssertFalse(try occurrences(of: needles, in: db).isEmpty, "control: the copy holds the person before erasing")

        let refused = try unmasked(["person", "erase", person.email, "--db", db, "--lang", "fi"])
        XCTAssertEqual(refused.status, 1, "stdin is not a terminal and --yes is missing")
        XCTAssertTrue(refused.err.contains("--yes"), refused.err)
        XCTAssertFalse(try occurrences(of: [person.email], in: db).isEmpty, "nothing was erased without --yes")

        let erased = try unmasked(["person", "erase", person.name, "--db", db, "--yes", "--lang", "fi"])
        XCTAssertEqual(erased.status, 0, erased.err)
        XCTAssertTrue(erased.out.contains("jäsenyydet toimielimissä: 1"), erased.out)
        XCTAssertTrue(erased.err.contains("varmuuskopiot"), "the user is told that older backups still hold the person: \(erased.err)")
        XCTAssertEqual(try occurrences(of: needles, in: db), [])
        let again = try unmasked(["person", "export", person.email, "--db", db])
        XCTAssertEqual(again.status, 1)
        let check = try unmasked(["check", "--db", db])
        XCTAssertEqual(check.status, 0, check.out + check.err)
    }

    func testAmbiguousNameIsNotErased() throws {
        let demo = try demoDatabase()
        var byName: [String: [Int64]] = [:]
        for p in try demo.table("people") {
            if let name = p["name"] as? String, let id = p["id"] as? Int64 { byName[name.lowercased(), default: []].append(id) }
        }
        guard let shared = byName.filter({ $0.value.count > 1 }).keys.sorted().first else { throw XCTSkip("no shared name in the demo") }
        let db = try demo.copy(into: temp).path
        let outcome = try unmasked(["person", "erase", shared, "--db", db, "--yes", "--lang", "en"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.err.contains("person records are named"), outcome.err)
        for id in byName[shared] ?? [] { XCTAssertTrue(outcome.err.contains(String(id)), "every id is listed: \(outcome.err)") }
        let export = try unmasked(["person", "export", shared, "--db", db])
        XCTAssertEqual(export.status, 0)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any])
        XCTAssertEqual(json["ambiguous"] as? Bool, true)
        XCTAssertEqual((json["people"] as? [Any])?.count, byName[shared]?.count)
    }
}
