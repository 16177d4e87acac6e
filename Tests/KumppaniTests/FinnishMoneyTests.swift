import XCTest
@testable import Kumppani

final class FinnishMoneyTests: XCTestCase {
    func testParsesWhatPeopleType() {
        let cases: [(String, Int64)] = [
            ("1 234,56 €", 123_456), ("1234,5", 123_450), ("1234.50", 123_450), ("1 234", 123_400),
            ("€ 12", 1200), ("€12", 1200), ("12 €", 1200), ("12€", 1200), ("12 EUR", 1200), ("12 e", 1200),
            ("12,-", 1200), ("0,05", 5), (",50", 50), ("0", 0), ("1\u{00A0}234,56\u{00A0}€", 123_456),
            ("1\u{202F}234\u{202F}567,00", 123_456_700), ("1.234,56", 123_456), ("1,234.56", 123_456),
            ("1 000 000", 100_000_000), ("  42  ", 4200), ("+5", 500), ("12,", 1200),
        ]
        for (text, cents) in cases {
            XCTAssertEqual(Money.parse(text).value()?.cents, cents, text)
        }
    }

    func testEnglishCommasGroupThousands() {
        XCTAssertEqual(Money.parse("€1,000", language: .en).value()?.cents, 100_000)
        XCTAssertEqual(Money.parse("1,234,567.8", language: .en).value()?.cents, 123_456_780)
        XCTAssertEqual(Money.parse("1,000", language: .fi).problem, .tooManyDecimals, "Finnish comma is the decimal mark")
        XCTAssertEqual(Money.parse("1,000").problem, .tooManyDecimals)
        XCTAssertEqual(Money.parse("1,00", language: .en).problem, .notANumber, "a group must have three digits")
        XCTAssertEqual(Money.parse("1.000,50", language: .en).problem, .notANumber)
    }

    func testNegativeOnlyWhenAllowed() {
        XCTAssertEqual(Money.parse("-5,00").problem, .negativeNotAllowed)
        XCTAssertEqual(Money.parse("-5,00", allowNegative: true).value()?.cents, -500)
        XCTAssertEqual(Money.parse("−1 234,56 €", allowNegative: true).value()?.cents, -123_456, "U+2212 minus")
        XCTAssertEqual(Money.parse("-€5", allowNegative: true).value()?.cents, -500)
        XCTAssertEqual(Money.parse("€ -5", allowNegative: true).value()?.cents, -500)
    }

    func testRefusesGarbageWithReasons() {
        XCTAssertEqual(Money.parse("").problem, .empty)
        XCTAssertEqual(Money.parse("   ").problem, .empty)
        XCTAssertEqual(Money.parse("1234,567").problem, .tooManyDecimals)
        XCTAssertEqual(Money.parse("1.234").problem, .tooManyDecimals, "ambiguous: refused, never guessed")
        XCTAssertEqual(Money.parse("0,001").problem, .tooManyDecimals)
        for garbage in ["abc", "12a", "1,2,3.4", "12 34", "1 2345", "€", "-", "1..2", "１２３", "12,3x", "1e5", "12 %"] {
            XCTAssertEqual(Money.parse(garbage, allowNegative: true).problem, .notANumber, garbage)
        }
        XCTAssertEqual(Money.parse("92233720368547758,08").problem, .tooLarge)
        XCTAssertEqual(Money.parse("999999999999999999999").problem, .tooLarge)
        XCTAssertEqual(Money.parse("92233720368547758,07").value()?.cents, Int64.max, "the largest amount still fits")
    }

    func testFormatting() {
        let m = Money(cents: 123_456)
        XCTAssertEqual(m.formatted(.fi), "1 234,56 €")
        XCTAssertEqual(m.formatted(.en), "€1,234.56")
        XCTAssertEqual(Money(cents: 5).formatted(.fi), "0,05 €")
        XCTAssertEqual(Money(cents: -123_456_789).formatted(.fi), "-1 234 567,89 €")
        XCTAssertEqual(Money(cents: -5).formatted(.en), "-€0.05")
        XCTAssertEqual(Money(cents: 100_000).formattedShort(.fi), "1 000 €")
        XCTAssertEqual(Money(cents: 100_000).formattedShort(.en), "€1,000")
        XCTAssertEqual(Money(cents: 100_050).formattedShort(.fi), "1 000,50 €")
        XCTAssertEqual(Money(cents: 123_450).editable(.fi), "1234,50")
        XCTAssertEqual(Money(cents: Int64.min).formatted(.fi), "-92 233 720 368 547 758,08 €", "no overflow on the smallest value")
        XCTAssertFalse(m.formatted(.fi).contains("\u{00A0}"), "plain spaces keep terminal columns predictable")
    }

    func testFormattedTextParsesBack() {
        for cents: Int64 in [0, 1, 99, 100, 123_456, 100_000_000, 987_654_321_012] {
            let m = Money(cents: cents)
            XCTAssertEqual(Money.parse(m.formatted(.fi)).value(), m)
            XCTAssertEqual(Money.parse(m.formatted(.en)).value(), m)
            XCTAssertEqual(Money.parse(m.formattedShort(.fi)).value(), m)
            XCTAssertEqual(Money.parse(m.editable(.fi)).value(), m)
            XCTAssertEqual(Money.parse(m.formattedShort(.en), language: .en).value(), m)
            XCTAssertEqual(Money.parse(m.editable(.en), language: .en).value(), m)
        }
    }

    func testArithmeticRefusesOverflow() throws {
        XCTAssertEqual(try Money(cents: 150).adding(Money(cents: 275)).cents, 425)
        XCTAssertEqual(try Money(cents: 150).subtracting(Money(cents: 275)).cents, -125)
        XCTAssertEqual(try Money(cents: 1250).multiplied(by: 3).cents, 3750)
        XCTAssertEqual(try Money.sum([Money(cents: 1), Money(cents: 2), Money(cents: 3)]).cents, 6)
        XCTAssertThrowsError(try Money(cents: .max).adding(Money(cents: 1))) { XCTAssertEqual($0 as? MoneyProblem, .tooLarge) }
        XCTAssertThrowsError(try Money(cents: .min).subtracting(Money(cents: 1)))
        XCTAssertThrowsError(try Money(cents: .max / 2 + 1).multiplied(by: 2))
        XCTAssertThrowsError(try Money(cents: .min).negated())
        XCTAssertThrowsError(try Money.sum([Money(cents: .max), Money(cents: .max)]))
        XCTAssertNil(Money(euros: .max))
        XCTAssertEqual(Money(euros: 12)?.cents, 1200)
    }

    func testMessages() {
        for p in [MoneyProblem.empty, .notANumber, .tooManyDecimals, .negativeNotAllowed, .tooLarge] {
            assertMessages(p.message(.fi), p.message(.en))
        }
        XCTAssertTrue(MoneyProblem.tooManyDecimals.message(.fi).contains("kaksi desimaalia"))
    }
}
