import XCTest
@testable import Kumppani

final class CSVReaderTests: XCTestCase {
    func read(_ text: String) throws -> (Character, [[String]]) {
        let result = try CSVReader.read(data: Data(text.utf8))
        return (result.delimiter, result.records.map(\.fields))
    }

    func testQuotesDoubledQuotesAndNewlinesInsideFields() throws {
        let (delimiter, rows) = try read("nimi;kuvaus\r\n\"Lahden \"\"Ilo\"\" ry\";\"rivi 1\nrivi 2; vielä\"\r\nToinen;x\r\n")
        XCTAssertEqual(delimiter, ";")
        XCTAssertEqual(rows, [["nimi", "kuvaus"], ["Lahden \"Ilo\" ry", "rivi 1\nrivi 2; vielä"], ["Toinen", "x"]])
    }

    func testLineNumbersCountPhysicalLines() throws {
        let records = try CSVReader.read(data: Data("a,b\n\"x\ny\",1\nz,2".utf8)).records
        XCTAssertEqual(records.map(\.line), [1, 2, 4])
        XCTAssertEqual(records.last?.fields, ["z", "2"])
    }

    func testCommaDetectedFromHeaderEvenWhenDataHasSemicolons() throws {
        let (delimiter, rows) = try read("name,description\nA ry,\"one; two\"\n")
        XCTAssertEqual(delimiter, ",")
        XCTAssertEqual(rows[1], ["A ry", "one; two"])
    }

    func testBOMIsSkippedAndEmptyFieldsKept() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("nimi;kunta\nÄänekosken Ääni ry;;\n".utf8)
        let records = try CSVReader.read(data: data).records
        XCTAssertEqual(records[0].fields, ["nimi", "kunta"])
        XCTAssertEqual(records[1].fields, ["Äänekosken Ääni ry", "", ""])
    }

    func testInvalidUTF8IsRefusedWithItsLine() {
        var data = Data("nimi;kunta\nLahti;398\n".utf8)
        data.append(contentsOf: [0x4B, 0xE4, 0x72, 0x6B, 0xF6, 0x6C, 0xE4, 0x0A])   // "Kärkölä" in Latin-1
        XCTAssertThrowsError(try CSVReader.read(data: data)) { error in
            XCTAssertEqual(error as? CSVError, .invalidUTF8(line: 3))
            XCTAssertTrue((error as? CSVError)?.message(.fi).contains("rivillä 3") ?? false)
        }
    }

    func testUTF16IsRefused() {
        let data = Data([0xFF, 0xFE]) + "nimi".data(using: .utf16LittleEndian)!
        XCTAssertThrowsError(try CSVReader.read(data: data)) { error in
            XCTAssertEqual(error as? CSVError, .utf16)
            XCTAssertTrue((error as? CSVError)?.message(.en).contains("UTF-16") ?? false)
        }
    }

    func testUnterminatedQuoteIsAnError() {
        XCTAssertThrowsError(try read("a;b\n\"open;x\n")) { error in
            XCTAssertEqual(error as? CSVError, .unterminatedQuote(line: 2))
        }
    }

    func testWriterQuotesOnlyWhatNeedsIt() {
        let w = CSVWriter(delimiter: ";", lineEnd: "\r\n")
        XCTAssertEqual(w.line(["a", "b;c", "say \"hi\"", "x\ny"]), "a;\"b;c\";\"say \"\"hi\"\"\";\"x\ny\"\r\n")
    }
}
