import XCTest
@testable import Kumppani

final class FinnishBusinessIDTests: XCTestCase {
    func testRealWorldIDsAreValidAndFormatted() {
        for text in ["0112038-9", "2617416-4", "1572860-0"] {
            XCTAssertEqual(BusinessID.parse(text).value()?.formatted, text)
        }
    }

    func testAcceptedVariantsNormaliseToOfficialForm() {
        XCTAssertEqual(BusinessID.parse("  2617416-4 \n").value()?.formatted, "2617416-4")
        XCTAssertEqual(BusinessID.parse("26174164").value()?.formatted, "2617416-4")
        XCTAssertEqual(BusinessID.parse("FI26174164").value()?.formatted, "2617416-4")
        XCTAssertEqual(BusinessID.parse("fi 2617416-4").value()?.formatted, "2617416-4")
        XCTAssertEqual(BusinessID.parse("112038-9").value()?.formatted, "0112038-9", "six-digit form gets its zero back")
        XCTAssertEqual(BusinessID.parse("2617416–4").value()?.formatted, "2617416-4", "en dash from a word processor")
        XCTAssertEqual(BusinessID.parse("0112038-9").value()?.vatNumber, "FI01120389")
    }

    func testCheckDigitComputation() {
        XCTAssertEqual(BusinessID.checkDigit(forBase: "0112038"), 9)
        XCTAssertEqual(BusinessID.checkDigit(forBase: "2617416"), 4)
        XCTAssertEqual(BusinessID.checkDigit(forBase: "1572860"), 0, "remainder 0 gives check digit 0")
        XCTAssertNil(BusinessID.checkDigit(forBase: "123456"), "six digits is not a base")
        XCTAssertNil(BusinessID.checkDigit(forBase: "12345a7"))
        XCTAssertEqual(BusinessID(base: "2617416")?.formatted, "2617416-4")
    }

    func testCheckDigitMatchesWeightedSumRuleForEveryRemainder() {
        // Independent restatement of the rule over many bases: remainder 0 → 0, 1 → none, else 11 − r.
        var seenRemainders = Set<Int>()
        for n in stride(from: 0, to: 9_999_999, by: 7919) {
            let base = String(repeating: "0", count: 7 - String(n).count) + String(n)
            let digits = base.compactMap(\.wholeNumberValue)
            let sum = zip(digits, [7, 9, 10, 5, 8, 4, 2]).map(*).reduce(0, +)
            let r = sum % 11
            seenRemainders.insert(r)
            let expected: Int? = r == 0 ? 0 : r == 1 ? nil : 11 - r
            XCTAssertEqual(BusinessID.checkDigit(forBase: base), expected, base)
            if let expected {
                XCTAssertEqual(BusinessID.parse("\(base)-\(expected)").value()?.base, base)
            } else {
                XCTAssertEqual(BusinessID.parse("\(base)-0").problem, .noValidCheckDigit)
            }
        }
        XCTAssertEqual(seenRemainders.count, 11, "every remainder was exercised")
    }

    func testEachProblem() {
        XCTAssertEqual(BusinessID.parse("").problem, .empty)
        XCTAssertEqual(BusinessID.parse("   ").problem, .empty)
        XCTAssertEqual(BusinessID.parse("2617416-5").problem, .wrongCheckDigit(expected: 4))
        XCTAssertEqual(BusinessID.parse("0112038-0").problem, .wrongCheckDigit(expected: 9))
        for bad in ["2617416", "12345-6", "2617416-44", "261741a-4", "2617416/4", "FI2617416", "１２３４５６７-８", "2617416-４"] {
            XCTAssertEqual(BusinessID.parse(bad).problem, .wrongShape, bad)
        }
    }

    func testMessagesSayWhatIsWrong() {
        let problem = BusinessIDProblem.wrongCheckDigit(expected: 4)
        XCTAssertTrue(problem.message(.fi).contains("4"))
        XCTAssertTrue(problem.message(.fi).contains("tarkistusnumero"))
        XCTAssertTrue(problem.message(.en).contains("check digit"))
        for p in [BusinessIDProblem.empty, .wrongShape, .wrongCheckDigit(expected: 0), .noValidCheckDigit] {
            assertMessages(p.message(.fi), p.message(.en))
        }
    }
}
