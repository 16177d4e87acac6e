import XCTest
@testable import Kumppani

/// Hostile JSON: 12,000 seeded cases through the reader and the association mapping.
final class FuzzJSONReaderTests: XCTestCase {
    static let seeds = [
        "[\n{\"id\":1,\"name\":\"Ahtialan 4H-kerho\",\"business_id\":null,\"municipality_code\":\"398\",\"municipality\":\"Lahti\",\"street\":\"Kirkkokatu 16\",\"postal_code\":\"15140\",\"city\":\"Lahti\",\"email\":\"info@kerho.example\",\"phone\":\"+358 40 6753542\",\"website\":\"\",\"description\":\"Lasten \\\"kerhoja\\\"\\n\\u00e4\\ud83d\\ude00\",\"target_groups\":[\"Lapset\"],\"activity_kinds\":[\"Leiri\",\"Tapahtuma\"]},\n{\"name\":\"Toinen\",\"business_id\":\"1572860-0\"}\n]\n",
        "{\"associations\": [{\"nimi\": \"Yksi\", \"kunta\": \"Heinola\", \"kohderyhmat\": \"Perheet|Lapset\"}]}",
        "[{\"a\":[1,-0.5e+10,true,false,null,{\"b\":[[[]]]}],\"c\":\"\\/\\b\\f\\r\\t\"}]",
        "[]",
    ]
    static let dictionary = ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\udc00", "null", "true", "1e999", "-0",
                             "\"name\":", "\"email\":", "[[[[[[[[[[[[[[[[", String(repeating: "[", count: 70), "\\u001b"]

    func testTwelveThousandMutatedDocumentsAreReadOrRejectedWithAPosition() throws {
        let store = try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: 1_780_000_000)))
        var fuzzer = Fuzzer(seed: 0x15_0E, seeds: Self.seeds, dictionary: Self.dictionary)
        var parsed = 0, syntaxErrors = 0, recordErrors = 0
        let failures = try Fuzz.run(cases: 12_000, fuzzer: &fuzzer) { input, _ in
            let data = Data(input)
            do {
                let node = try JSONReader.parse(data)
                parsed += 1
                // A document that reads has only valid text in it.
                if case .string(let s) = node.value, s.unicodeScalars.contains(where: { (0xD800...0xDFFF).contains($0.value) }) {
                    return "a surrogate in a string"
                }
            } catch let error as JSONError {
                syntaxErrors += 1
                if error.line < 1 || error.column < 1 { return "position \(error.line):\(error.column)" }
                for language in [Language.fi, .en] where !Fuzz.isGoodMessage(error.message(language)) {
                    return "bad message: \(error.message(language).debugDescription)"
                }
                return nil
            }
            do {
                _ = try AssociationJSONImport.validate(data: data, db: store.database)
            } catch let failure as ImportFailure {
                recordErrors += 1
                if case .invalid(let problems) = failure {
                    if problems.isEmpty { return "rejected without a problem" }
                    if let p = problems.first(where: { Catalog.text($0.key, .en) == $0.key }) { return "no text for \(p.key)" }
                    if problems.contains(where: { $0.record == nil && $0.key != "json.not_a_list" }) { return "a problem without its record" }
                }
                for language in [Language.fi, .en] where !Fuzz.isGoodMessage(failure.message(language)) {
                    return "bad message: \(failure.message(language).debugDescription.prefix(300))"
                }
            }
            return nil
        }
        XCTAssertEqual(failures, [])
        XCTAssertGreaterThan(parsed, 1000)
        XCTAssertGreaterThan(syntaxErrors, 3000)
        XCTAssertGreaterThan(recordErrors, 100)
    }

    /// Nesting far past the limit is refused with a message, not a stack overflow.
    func testDeepNestingIsRefusedAtTheLimit() {
        let deep = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        XCTAssertThrowsError(try JSONReader.parse(deep)) { error in
            XCTAssertEqual((error as? JSONError)?.message(.en), "The JSON file is not valid: line 1, column 65: more than 64 levels of nesting")
        }
        let ok = Data((String(repeating: "[", count: 64) + String(repeating: "]", count: 64)).utf8)
        XCTAssertNoThrow(try JSONReader.parse(ok))
    }

    func testSyntaxErrorsNameLineAndColumnInCharacters() {
        func message(_ text: String) -> String? {
            do { _ = try JSONReader.parse(Data(text.utf8)); return nil } catch { return error.message(.fi) }
        }
        XCTAssertEqual(message("[\n {\"nimi\": \"Ääni\" \"x\"}]"),
                       "JSON-tiedosto ei kelpaa: rivi 2, sarake 18: tähän kuuluu , }")
        XCTAssertEqual(message("[\"\\ud83d\"]"), "JSON-tiedosto ei kelpaa: rivi 1, sarake 3: \\u-merkintä on puolikas merkkipari (surrogaatti ilman paria)")
        XCTAssertEqual(message("[01]"), "JSON-tiedosto ei kelpaa: rivi 1, sarake 3: luku on väärin kirjoitettu")
        XCTAssertEqual(message("{\"a\":1,\"a\":2}"), "JSON-tiedosto ei kelpaa: rivi 1, sarake 8: avain \"a\" on samassa objektissa kahdesti")
        XCTAssertEqual(message("  "), "JSON-tiedosto ei kelpaa: rivi 1, sarake 3: tiedosto on tyhjä")
        XCTAssertEqual(try JSONReader.parse(Data("[\"\\ud83d\\ude00\"]".utf8)).value,
                       JSONValue.array([JSONNode(line: 1, column: 2, value: .string("😀"))]))
    }

    /// Invalid UTF-8 inside a string is refused at its position, never replaced silently.
    func testInvalidUTF8IsRefusedWhereItIs() {
        let bytes: [UInt8] = Array("[\"ab".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8)
        XCTAssertThrowsError(try JSONReader.parse(Data(bytes))) { error in
            XCTAssertEqual((error as? JSONError)?.reason, .invalidUTF8)
            XCTAssertEqual((error as? JSONError)?.column, 5)
        }
    }
}
