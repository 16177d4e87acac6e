import XCTest
@testable import Kumppani

final class FinnishRegisterNumberTests: XCTestCase {
    func testAcceptedForms() {
        for text in ["123456", "123.456", "123 456", "123\u{00A0}456", " 123.456 "] {
            XCTAssertEqual(RegisterNumber.parse(text).value()?.value, 123_456, text)
        }
        XCTAssertEqual(RegisterNumber.parse("87").value()?.value, 87)
        XCTAssertEqual(RegisterNumber.parse("1.234").value()?.value, 1234)
    }

    func testFormattedWithThousandsDot() {
        XCTAssertEqual(RegisterNumber(123_456)?.formatted, "123.456")
        XCTAssertEqual(RegisterNumber(1234)?.formatted, "1.234")
        XCTAssertEqual(RegisterNumber(999)?.formatted, "999")
        XCTAssertEqual(RegisterNumber(1)?.formatted, "1")
        XCTAssertNil(RegisterNumber(0))
        XCTAssertNil(RegisterNumber(1_000_000))
    }

    func testEachProblem() {
        XCTAssertEqual(RegisterNumber.parse("").problem, .empty)
        XCTAssertEqual(RegisterNumber.parse("1234567").problem, .tooLong)
        XCTAssertEqual(RegisterNumber.parse("1.234.567").problem, .tooLong)
        XCTAssertEqual(RegisterNumber.parse("12.3456").problem, .misplacedSeparator)
        XCTAssertEqual(RegisterNumber.parse("12.34").problem, .misplacedSeparator)
        XCTAssertEqual(RegisterNumber.parse(".123").problem, .misplacedSeparator)
        XCTAssertEqual(RegisterNumber.parse("1.2.3").problem, .misplacedSeparator)
        XCTAssertEqual(RegisterNumber.parse("12a").problem, .badCharacters)
        XCTAssertEqual(RegisterNumber.parse("１２３").problem, .badCharacters)
        XCTAssertEqual(RegisterNumber.parse("0").problem, .zero)
        for p in [RegisterNumberProblem.empty, .badCharacters, .tooLong, .misplacedSeparator, .zero] {
            assertMessages(p.message(.fi), p.message(.en))
        }
    }
}
