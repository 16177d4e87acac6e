import XCTest
@testable import Kumppani

final class FinnishReferenceNumberTests: XCTestCase {
    func testKnownValidFinnishReferences() {
        XCTAssertEqual(ReferenceNumber.parse("1232").value()?.electronic, "1232")
        XCTAssertEqual(ReferenceNumber.parse("12345672").value()?.electronic, "12345672")
        XCTAssertEqual(ReferenceNumber.parse("123 45672").value()?.electronic, "12345672")
        XCTAssertEqual(ReferenceNumber.parse(" 1234 5672 ").value()?.kind, .finnish)
        XCTAssertEqual(ReferenceNumber.parse("0000 1232").value()?.electronic, "1232", "leading zeros are not significant")
    }

    func testCheckDigitIs731FromTheRight() {
        XCTAssertEqual(ReferenceNumber.checkDigit(forBase: "123"), 2)
        XCTAssertEqual(ReferenceNumber.checkDigit(forBase: "1234567"), 2)
        // Independent restatement: weights 7, 3, 1 from the right, check = (10 − sum mod 10) mod 10.
        for n in stride(from: 100, to: 50_000_000, by: 99_991) {
            let base = String(n)
            let sum = base.reversed().enumerated().reduce(0) { $0 + ($1.element.wholeNumberValue ?? 0) * [7, 3, 1][$1.offset % 3] }
            let expected = (10 - sum % 10) % 10
            XCTAssertEqual(ReferenceNumber.checkDigit(forBase: base), expected, base)
            XCTAssertEqual(ReferenceNumber.make(base: base).value()?.electronic, base + String(expected))
        }
        XCTAssertNil(ReferenceNumber.checkDigit(forBase: "12"), "base too short")
        XCTAssertNil(ReferenceNumber.checkDigit(forBase: String(repeating: "1", count: 20)), "base too long")
    }

    func testMakeFromBase() {
        XCTAssertEqual(ReferenceNumber.make(base: "1234567").value()?.formatted, "123 45672")
        XCTAssertEqual(ReferenceNumber.make(base: "12").problem, .wrongLength(minimum: 3, maximum: 19))
        XCTAssertEqual(ReferenceNumber.make(base: "12a").problem, .badCharacters)
        XCTAssertEqual(ReferenceNumber.make(base: "").problem, .empty)
    }

    func testFormattingInGroupsOfFiveFromTheRight() {
        XCTAssertEqual(ReferenceNumber.parse("1232").value()?.formatted, "1232")
        XCTAssertEqual(ReferenceNumber.make(base: "123456").value()?.formatted, "12 34561")
        XCTAssertEqual(ReferenceNumber.make(base: "1234567890").value()?.formatted, "1 23456 78907")
    }

    func testCreditorReferences() {
        let rf = ReferenceNumber.parse("RF18 5390 0754 7034").value()
        XCTAssertEqual(rf?.kind, .creditor)
        XCTAssertEqual(rf?.electronic, "RF18539007547034")
        XCTAssertEqual(rf?.formatted, "RF18 5390 0754 7034")
        XCTAssertEqual(ReferenceNumber.parse("rf18539007547034").value()?.electronic, "RF18539007547034")
        XCTAssertEqual(ReferenceNumber.parse("RF19 5390 0754 7034").problem, .wrongCreditorCheckDigits)
        XCTAssertEqual(ReferenceNumber.parse("RF18 5390 0754 7043").problem, .wrongCreditorCheckDigits)
        XCTAssertEqual(ReferenceNumber.parse("RF18 ÄÄ").problem, .badCharacters)
        XCTAssertEqual(ReferenceNumber.parse("RF1").problem, .wrongLength(minimum: 5, maximum: 25))
    }

    func testFinnishReferenceConvertsToValidCreditorReference() {
        guard let finnish = ReferenceNumber.parse("12345672").value() else { return }
        let rf = finnish.creditorReference
        XCTAssertEqual(rf.kind, .creditor)
        XCTAssertTrue(rf.electronic.hasPrefix("RF") && rf.electronic.hasSuffix("12345672"))
        XCTAssertEqual(ReferenceNumber.parse(rf.formatted).value(), rf, "the RF form passes its own check")
    }

    func testEachProblem() {
        XCTAssertEqual(ReferenceNumber.parse("").problem, .empty)
        XCTAssertEqual(ReferenceNumber.parse("  ").problem, .empty)
        XCTAssertEqual(ReferenceNumber.parse("1233").problem, .wrongCheckDigit(expected: 2))
        XCTAssertEqual(ReferenceNumber.parse("12345673").problem, .wrongCheckDigit(expected: 2))
        XCTAssertEqual(ReferenceNumber.parse("123").problem, .wrongLength(minimum: 4, maximum: 20))
        XCTAssertEqual(ReferenceNumber.parse(String(repeating: "1", count: 21)).problem, .wrongLength(minimum: 4, maximum: 20))
        XCTAssertEqual(ReferenceNumber.parse("12-32").problem, .badCharacters)
        XCTAssertEqual(ReferenceNumber.parse("１２３２").problem, .badCharacters, "full-width digits")
        for p in [ReferenceNumberProblem.empty, .badCharacters, .wrongLength(minimum: 4, maximum: 20),
                  .wrongCheckDigit(expected: 2), .wrongCreditorCheckDigits] {
            assertMessages(p.message(.fi), p.message(.en))
        }
        XCTAssertTrue(ReferenceNumberProblem.wrongLength(minimum: 4, maximum: 20).message(.fi).contains("4–20"))
    }
}
