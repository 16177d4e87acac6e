import XCTest
@testable import Kumppani

/// Swedish as a UI language: how it is chosen, and that formats, names and order follow it.
final class SwedishLanguageTests: XCTestCase {
    func testSwedishIsChosenByOptionAndLocale() {
        XCTAssertEqual(Language.resolve(option: "sv", environment: [:]), .sv)
        XCTAssertEqual(Language.resolve(option: nil, environment: ["LANG": "sv_FI.UTF-8"]), .sv)
        XCTAssertEqual(Language.resolve(option: nil, environment: ["LC_ALL": "sv_SE", "LANG": "fi_FI.UTF-8"]), .sv)
        XCTAssertEqual(Language.resolve(option: nil, environment: ["LANG": "fi_FI.UTF-8"]), .fi)
        XCTAssertEqual(Language.resolve(option: nil, environment: ["LANG": "C.UTF-8"]), .en)
        XCTAssertEqual([Language.fi.next, Language.sv.next, Language.en.next], [.sv, .en, .fi], "the menu entry cycles")
    }

    func testMoneyDatesAndTimesAreWrittenAsInFinnish() {
        let money = Money(cents: 123_456)
        XCTAssertEqual(money.formatted(.sv), "1 234,56 €")
        XCTAssertEqual(money.formatted(.sv), money.formatted(.fi))
        XCTAssertEqual(money.editable(.sv), "1234,56")
        XCTAssertEqual(CivilDate(year: 2026, month: 11, day: 23)?.formatted(.sv), "23.11.2026")
        XCTAssertEqual(ClockTime(hour: 9, minute: 5)?.formatted(.sv), "9.05")
    }

    func testMoneyParsingAcceptsTheFinnishAndSwedishForms() {
        for text in ["1 234,56 €", "1234,56", "1 234,56", "1.234,56", "1234.56 €"] {
            XCTAssertEqual(try? Money.parse(text, language: .sv).get(), Money(cents: 123_456), text)
        }
        XCTAssertEqual(try? Money.parse("12,-", language: .sv).get(), Money(cents: 1200))
        // A Swedish comma is a decimal mark, never thousands: 1,000 has three decimals and is refused.
        XCTAssertThrowsError(try Money.parse("1,000", language: .sv).get())
    }

    func testMunicipalitiesShowTheirSwedishNameInSwedishAndAreFoundByBoth() throws {
        let lahti = try XCTUnwrap(Municipality.find("Lahti"))
        XCTAssertEqual(lahti.name(.sv), "Lahtis")
        XCTAssertEqual(lahti.name(.fi), "Lahti")
        XCTAssertEqual(Municipality.find("Borgå")?.name(.fi), "Porvoo")
        XCTAssertEqual(Municipality.find("Porvoo")?.name(.sv), "Borgå")
        XCTAssertEqual(Municipality.find("lahtis"), lahti)
    }

    func testCategoryLabelsInSwedishFallBackToFinnish() {
        XCTAssertEqual(CategoryLabel(code: "x", fi: "Lapset", sv: "Barn", en: "Children").label(.sv), "Barn")
        XCTAssertEqual(CategoryLabel(code: "x", fi: "Lapset", sv: "", en: "Children").label(.sv), "Lapset")
    }

    func testSwedishOrderPutsÅÄÖLastInThatOrder() {
        let names = ["Öja", "Ängö", "Åbo", "Zeta", "Vasa", "Aura"]
        XCTAssertEqual(names.sorted { FinnishCollation.compare($0, $1) == .orderedAscending },
                       ["Aura", "Vasa", "Zeta", "Åbo", "Ängö", "Öja"])
    }

    func testTheSwedishUIReadsSwedishFromTheResourceFile() {
        XCTAssertEqual(L(.sv)["shell.pane.directory"], "Föreningar")
        XCTAssertEqual(L(.sv)["store.locked", "/tmp/x"],
                       "Databasen /tmp/x är låst av ett annat program. Stäng det andra Kumppani-fönstret och försök igen.")
    }
}
