import XCTest
@testable import Kumppani

final class FinnishIBANTests: XCTestCase {
    func testKnownValidIBANs() {
        let cases = [
            ("FI21 1234 5600 0007 85", "FI2112345600000785"),
            ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
            ("GB29 NWBK 6016 1331 9268 19", "GB29NWBK60161331926819"),
        ]
        for (printed, electronic) in cases {
            let iban = IBAN.parse(printed).value()
            XCTAssertEqual(iban?.electronic, electronic)
            XCTAssertEqual(iban?.formatted, printed)
        }
    }

    func testNormalisesSpacesCaseAndLabel() {
        XCTAssertEqual(IBAN.parse("fi2112345600000785").value()?.formatted, "FI21 1234 5600 0007 85")
        XCTAssertEqual(IBAN.parse(" FI21\u{00A0}1234\u{202F}5600 0007 85 ").value()?.electronic, "FI2112345600000785")
        XCTAssertEqual(IBAN.parse("IBAN FI21 1234 5600 0007 85").value()?.electronic, "FI2112345600000785")
        XCTAssertEqual(IBAN.parse("FI21-1234-5600-0007-85").value()?.countryCode, "FI")
    }

    func testFinnishLengthIsExact() {
        XCTAssertEqual(IBAN.length(forCountry: "fi"), 18)
        XCTAssertEqual(IBAN.parse("FI21 1234 5600 0007 8").problem, .wrongLength(country: "FI", expected: 18, actual: 17))
        XCTAssertEqual(IBAN.parse("FI21 1234 5600 0007 855").problem, .wrongLength(country: "FI", expected: 18, actual: 19))
    }

    func testCountryTableCoversSEPAAndCommonCountries() {
        XCTAssertGreaterThanOrEqual(IBAN.countryCodes.count, 80)
        for code in ["FI", "SE", "NO", "DK", "EE", "DE", "FR", "GB", "IE", "ES", "IT", "NL", "CH", "PL", "UA"] {
            XCTAssertNotNil(IBAN.length(forCountry: code), code)
        }
        XCTAssertNil(IBAN.length(forCountry: "US"))
        XCTAssertEqual(IBAN.length(forCountry: "NO"), 15)
        XCTAssertEqual(IBAN.length(forCountry: "SE"), 24)
    }

    func testComputedCheckDigitsRoundTripForEveryCountry() {
        // Build an account of the right length for every country and check that the computed
        // check digits validate, and that changing one digit is caught.
        for code in IBAN.countryCodes {
            guard let length = IBAN.length(forCountry: code) else { continue }
            let bban = String((0..<(length - 4)).map { Character(String(($0 * 7 + 3) % 10)) })
            guard let check = IBAN.checkDigits(country: code, bban: bban) else { return XCTFail(code) }
            let valid = code + check + bban
            XCTAssertEqual(IBAN.parse(valid).value()?.electronic, valid, code)
            let lastDigit = bban.last?.wholeNumberValue ?? 0
            let mistyped = code + check + bban.dropLast() + String((lastDigit + 1) % 10)
            XCTAssertEqual(IBAN.parse(mistyped).problem, .wrongCheckDigits, code)
        }
    }

    func testEachProblem() {
        XCTAssertEqual(IBAN.parse("").problem, .empty)
        XCTAssertEqual(IBAN.parse("  ").problem, .empty)
        XCTAssertEqual(IBAN.parse("FI21 1234 5600 0007 86").problem, .wrongCheckDigits)
        XCTAssertEqual(IBAN.parse("FI12 1234 5600 0007 85").problem, .wrongCheckDigits, "swapped check digits")
        XCTAssertEqual(IBAN.parse("US21 1234 5600 0007 85").problem, .unknownCountry("US"))
        XCTAssertEqual(IBAN.parse("DE89 3704 0044 0532 0130").problem, .wrongLength(country: "DE", expected: 22, actual: 20))
        XCTAssertEqual(IBAN.parse("FI21 1234 5600 0007 8Ä").problem, .badCharacters)
        XCTAssertEqual(IBAN.parse("FI21 1234 5600 0007 8_").problem, .badCharacters)
        XCTAssertEqual(IBAN.parse("FI２１ 1234 5600 0007 85").problem, .badCharacters, "full-width digits")
        XCTAssertEqual(IBAN.parse("1234 5600 0007 85").problem, .wrongShape)
        XCTAssertEqual(IBAN.parse("FIXX 1234 5600 0007 85").problem, .wrongShape)
    }

    func testMessagesNameTheExpectedLength() {
        let wrong = IBANProblem.wrongLength(country: "FI", expected: 18, actual: 17)
        XCTAssertEqual(wrong.message(.fi), "Maan FI IBAN-tilinumerossa on 18 merkkiä, tässä on 17.")
        XCTAssertTrue(wrong.message(.en).contains("18"))
        XCTAssertTrue(IBANProblem.unknownCountry("US").message(.fi).contains("US"))
        for p in [IBANProblem.empty, .badCharacters, .wrongShape, .unknownCountry("XX"), wrong, .wrongCheckDigits] {
            assertMessages(p.message(.fi), p.message(.en))
        }
    }
}
