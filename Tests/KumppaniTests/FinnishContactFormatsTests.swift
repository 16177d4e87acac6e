import XCTest
@testable import Kumppani

final class FinnishContactFormatsTests: XCTestCase {
    func testEmail() {
        XCTAssertEqual(ContactFormats.email(" Maija.Meikalainen@Yhdistys.FI ").value(), "Maija.Meikalainen@yhdistys.fi")
        XCTAssertEqual(ContactFormats.email("mailto:info@järjestö.fi").value(), "info@järjestö.fi")
        XCTAssertEqual(ContactFormats.email("a+tag@sub.example.org").value(), "a+tag@sub.example.org")
        XCTAssertEqual(ContactFormats.email("").problem, .empty)
        XCTAssertEqual(ContactFormats.email("maija meikalainen@yhdistys.fi").problem, .emailHasSpaces)
        XCTAssertEqual(ContactFormats.email("maija.yhdistys.fi").problem, .emailMissingAt)
        XCTAssertEqual(ContactFormats.email("a@b@c.fi").problem, .emailTooManyAts)
        XCTAssertEqual(ContactFormats.email("@yhdistys.fi").problem, .emailBadLocalPart)
        XCTAssertEqual(ContactFormats.email("maija..m@yhdistys.fi").problem, .emailBadLocalPart)
        XCTAssertEqual(ContactFormats.email("Maija <m@yhdistys.fi>").problem, .emailHasSpaces)
        XCTAssertEqual(ContactFormats.email("<m@yhdistys.fi>").problem, .emailBadLocalPart)
        for bad in ["m@yhdistys", "m@yhdistys.", "m@.fi", "m@yhdistys..fi", "m@yhdistys.f", "m@yhdistys.f1", "m@-x.fi", "m@"] {
            XCTAssertEqual(ContactFormats.email(bad).problem, .emailBadDomain, bad)
        }
    }

    func testFinnishPhoneNumbersBecomeInternational() {
        let cases = [
            ("040 123 4567", "+358 40 1234567"), ("0401234567", "+358 40 1234567"), ("+358401234567", "+358 40 1234567"),
            ("+358 40 123 4567", "+358 40 1234567"), ("00358 40 123 4567", "+358 40 1234567"),
            ("+358 (0)40 123 4567", "+358 40 1234567"), ("040-123 4567", "+358 40 1234567"),
            ("(03) 123 4567", "+358 3 1234567"), ("09 1234 5678", "+358 9 12345678"), ("050 1234567", "+358 50 1234567"),
            ("014 123 456", "+358 14 123456"), ("020 123 456", "+358 20 123456"), ("029 123 4567", "+358 29 1234567"),
            ("0800 123 456", "+358 800 123456"), ("045 7123 4567", "+358 45 71234567"),
            ("+46 8 123 456 78", "+46812345678"), ("0046 8 123 456 78", "+46812345678"),
        ]
        for (typed, normal) in cases {
            XCTAssertEqual(ContactFormats.phone(typed).value(), normal, typed)
        }
        // Normalising twice gives the same text, so stored numbers compare as text.
        for (_, normal) in cases { XCTAssertEqual(ContactFormats.phone(normal).value(), normal) }
    }

    func testPhoneRefusals() {
        XCTAssertEqual(ContactFormats.phone(" ").problem, .empty)
        XCTAssertEqual(ContactFormats.phone("040 123 456a").problem, .phoneBadCharacters)
        XCTAssertEqual(ContactFormats.phone("040 + 123").problem, .phoneBadCharacters)
        XCTAssertEqual(ContactFormats.phone("０４０ １２３ ４５６７").problem, .phoneBadCharacters)
        XCTAssertEqual(ContactFormats.phone("401234567").problem, .phoneMissingPrefix)
        XCTAssertEqual(ContactFormats.phone("040 1").problem, .phoneWrongLength)
        XCTAssertEqual(ContactFormats.phone("040 1234 5678 9012").problem, .phoneWrongLength)
        XCTAssertEqual(ContactFormats.phone("+1 23").problem, .phoneWrongLength)
    }

    func testWebsite() {
        XCTAssertEqual(ContactFormats.website("yhdistys.fi").value(), "https://yhdistys.fi")
        XCTAssertEqual(ContactFormats.website(" WWW.Yhdistys.FI/Toiminta?x=1 ").value(), "https://www.yhdistys.fi/Toiminta?x=1")
        XCTAssertEqual(ContactFormats.website("http://yhdistys.fi").value(), "http://yhdistys.fi")
        XCTAssertEqual(ContactFormats.website("HTTPS://yhdistys.fi/").value(), "https://yhdistys.fi/")
        XCTAssertEqual(ContactFormats.website("yhdistys.fi:8080/a").value(), "https://yhdistys.fi:8080/a")
        XCTAssertEqual(ContactFormats.website("kylä-yhdistys.fi").value(), "https://kylä-yhdistys.fi")
        XCTAssertEqual(ContactFormats.website("").problem, .empty)
        XCTAssertEqual(ContactFormats.website("yhdistys .fi").problem, .websiteHasSpaces)
        XCTAssertEqual(ContactFormats.website("javascript:alert(1)").problem, .websiteBadScheme)
        XCTAssertEqual(ContactFormats.website("ftp://yhdistys.fi").problem, .websiteBadScheme)
        XCTAssertEqual(ContactFormats.website("yhdistys").problem, .websiteBadHost)
        XCTAssertEqual(ContactFormats.website("https://").problem, .websiteBadHost)
        XCTAssertEqual(ContactFormats.website("user@yhdistys.fi").problem, .websiteBadHost)
    }

    func testMessages() {
        let all: [ContactProblem] = [.empty, .emailHasSpaces, .emailMissingAt, .emailTooManyAts, .emailBadLocalPart,
                                     .emailBadDomain, .phoneBadCharacters, .phoneMissingPrefix, .phoneWrongLength,
                                     .websiteHasSpaces, .websiteBadScheme, .websiteBadHost]
        for p in all { assertMessages(p.message(.fi), p.message(.en)) }
        XCTAssertEqual(Set(all.map { $0.message(.fi) }).count, all.count, "every reason has its own text")
    }
}
