import Foundation
import XCTest
@testable import Kumppani

/// Issue 15: a NUL or another control character in an import is refused with its line and field,
/// never cut; line numbers are right for CR, LF and CRLF files; the work is linear in the input
/// and the list of problems is capped at 200 with the total.
final class ImportBoundsTests: XCTestCase {
    func makeStore() throws -> Store { try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: 1_780_000_000))) }

    /// The import's message lines, or [] when it succeeded.
    func messages(_ bytes: [UInt8], store: Store) -> [String] {
        do {
            _ = try AssociationImport.run(data: Data(bytes), store: store)
            return []
        } catch let failure as ImportFailure {
            return failure.message(.en).components(separatedBy: "\n")
        } catch {
            return ["\(error)"]
        }
    }

    func names(_ store: Store) throws -> [String] {
        try store.database.query("SELECT name FROM associations ORDER BY name").compactMap { $0.string("name") }
    }

    func testNULInACSVFieldIsRefusedWithLineAndColumnNotCut() throws {
        let store = try makeStore()
        let lines = messages(Array("nimi\nNULTEST A".utf8) + [0] + Array("B\n".utf8), store: store)
        XCTAssertEqual(lines.last, "line 2, column name: the control character U+0000 is not allowed in text (only tab and line breaks are)")
        XCTAssertEqual(try names(store), [], "nothing was imported, least of all \"NULTEST A\"")
    }

    func testNULAtTheStartOfANameIsOurMessageNotSQLites() throws {
        let store = try makeStore()
        let lines = messages(Array("nimi;kunta\n".utf8) + [0] + Array("Alku ry;Lahti\n".utf8), store: store)
        XCTAssertTrue(lines.last?.hasPrefix("line 2, column name: the control character U+0000") == true, "\(lines)")
    }

    func testNULEscapedInJSONIsRefusedWithRecordAndField() throws {
        let store = try makeStore()
        let lines = messages(Array(#"[{"nimi": "Hyvä ry"}, {"nimi": "A\u0000B"}]"#.utf8), store: store)
        XCTAssertEqual(lines.last, #"record 2 (line 1), field "nimi": the control character U+0000 is not allowed in text (only tab and line breaks are)"#)
        XCTAssertEqual(try names(store), [])
    }

    func testEveryC0ControlButTabAndLineBreaksIsRefusedAndTabIsKept() throws {
        for byte in UInt8(0)..<0x20 where byte != 0x0A && byte != 0x0D {
            let store = try makeStore()
            let csv = Array("nimi;kuvaus\nOhjaus ry;ennen".utf8) + [byte] + Array("jälkeen\n".utf8)
            let lines = messages(csv, store: store)
            if byte == 0x09 {
                XCTAssertEqual(lines, [], "a tab is text")
                XCTAssertEqual(try store.database.scalarString("SELECT description FROM associations"), "ennen\tjälkeen")
            } else {
                let expected = "line 2, column description: the control character U+" + String(format: "%04X", byte)
                XCTAssertTrue(lines.last?.hasPrefix(expected) == true, "byte \(byte): \(lines)")
            }
        }
    }

    func testLineNumbersAreRightForCROnlyLFAndCRLFFiles() throws {
        for end in ["\r", "\n", "\r\n"] {
            let store = try makeStore()
            let text = ["nimi;kuvaus", "Eka ry;\"kaksi\(end)riviä\"", "Toka ry;ok", "Kolmas ry;väärä\u{1}"].joined(separator: end) + end
            let lines = messages(Array(text.utf8), store: store)
            XCTAssertTrue(lines.last?.hasPrefix("line 5, column description:") == true, "\(end.debugDescription): \(lines)")
        }
        // Invalid UTF-8 on the third line of a CR-only file.
        let lines = messages(Array("nimi\rEka ry\r".utf8) + [0xFF] + Array("\r".utf8), store: try makeStore())
        XCTAssertEqual(lines, [CSVError.invalidUTF8(line: 3).message(.en)])
    }

    func testAHeaderOf500000ColumnsIsCheckedQuicklyAndItsProblemsAreCapped() throws {
        func input(_ columns: Int) -> [UInt8] { Array(((0..<columns).map { "x\($0)" }.joined(separator: ";") + "\nEka\n").utf8) }
        let small = input(62_500), large = input(500_000)
        var lines: [String] = []
        try assertLinear("a header of 500,000 columns (was > 85 s)",
                         small: { _ = messages(small, store: try makeStore()) },
                         large: { lines = messages(large, store: try makeStore()) })
        XCTAssertEqual(lines.first, L(.en)["import.invalid", 500_001])
        XCTAssertEqual(lines.count, 1 + 200 + 1, "the heading, the first 200 problems, then how many more")
        XCTAssertEqual(lines.last, "… and 499801 more problems (500001 in all)")
    }

    func testAHeaderRepeatingOneColumnIsLinear() throws {
        func input(_ columns: Int) -> [UInt8] { Array((Array(repeating: "nimi", count: columns).joined(separator: ";") + "\n").utf8) }
        let small = input(25_000), large = input(200_000)
        var lines: [String] = []
        try assertLinear("a header repeating one column",
                         small: { _ = messages(small, store: try makeStore()) },
                         large: { lines = messages(large, store: try makeStore()) })
        XCTAssertEqual(lines.last, "… and 199799 more problems (199999 in all)")
    }

    func testTenMegabytesOfBlankLinesAfterAHeaderImportNothingQuickly() throws {
        let store = try makeStore()
        XCTAssertEqual(CSVReader.recordEstimate(Data(Array("nimi\n".utf8) + [UInt8](repeating: 0x0A, count: 10 << 20))), 1,
                       "blank lines are not counted as records (each would reserve a key)")
        var lines: [String] = ["not run"]
        try assertLinear("blank lines (50 MiB took 35 s)",
                         small: { _ = messages(Array("nimi\n".utf8) + [UInt8](repeating: 0x0A, count: 10 << 17), store: try makeStore()) },
                         large: { lines = messages(Array("nimi\n".utf8) + [UInt8](repeating: 0x0A, count: 10 << 20), store: store) })
        XCTAssertEqual(lines, [])
        XCTAssertEqual(try names(store), [])
    }

    /// 200,000 keys in a debug build (a million in the release binary: see the README's figures).
    func testAJSONObjectWithManyKeysGivesACappedListQuickly() throws {
        func input(_ keys: Int) -> [UInt8] {
            var json = Array("[{".utf8)
            json.reserveCapacity(keys * 20)
            for i in 0..<keys { json += Array("\(i == 0 ? "" : ",")\"k\(i)\":1".utf8) }
            return json + Array("}]".utf8)
        }
        let small = input(25_000), large = input(200_000)
        var lines: [String] = []
        try assertLinear("a JSON object with many keys (10^6 took 39 s)",
                         small: { _ = messages(small, store: try makeStore()) },
                         large: { lines = messages(large, store: try makeStore()) })
        XCTAssertEqual(lines.count, 1 + 200 + 1)
        XCTAssertTrue(lines.last?.hasPrefix("… and ") == true, "\(lines.last ?? "")")
        XCTAssertLessThan(lines.joined().utf8.count, 200_000, "the message is bounded (was 341 MB)")
    }

    func testFuzzedCSVAndJSONWithNULsAndControlsNeverImportCutText() throws {
        var fuzzer = Fuzzer(seed: 1515, seeds: ["nimi;kuvaus\nA ry;teksti\n", #"[{"nimi": "A ry", "kuvaus": "teksti"}]"#],
                            dictionary: ["\u{0}", "\\u0000", "\u{1}", "\u{1B}", ";", "\""])
        let started = Date()
        let store = try makeStore()   // all or nothing: a failed case leaves it as it was
        for number in 0..<800 {
            let input = fuzzer.next()
            _ = messages(input, store: store)
            for row in try store.database.query("SELECT name, description FROM associations") {
                for column in ["name", "description"] {
                    let text = row.string(column) ?? ""
                    XCTAssertNil(AssociationImport.disallowedControl(in: text), "case \(number): a control was stored: \(text.debugDescription)")
                }
            }
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 300, "a hang guard only; the bounds are the linearity tests")
    }

    /// Linear, not quadratic: eight times the input may take at most 24 times as long (quadratic work
    /// takes 64 times). A ratio rather than seconds, so a loaded machine or a debug build cannot fail it.
    func assertLinear(_ what: String, small: () throws -> Void, large: () throws -> Void,
                      file: StaticString = #filePath, line: UInt = #line) throws {
        func seconds(_ body: () throws -> Void) rethrows -> Double {
            let started = Date()
            try body()
            return Date().timeIntervalSince(started)
        }
        let smallTime = max(try seconds(small), 0.05)
        let largeTime = try seconds(large)
        XCTAssertLessThan(largeTime, smallTime * 24, "\(what): 8× the input took \(largeTime / smallTime)× as long",
                          file: file, line: line)
    }
}
