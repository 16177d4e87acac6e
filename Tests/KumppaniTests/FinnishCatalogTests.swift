import XCTest
@testable import Kumppani

final class FinnishCatalogTests: XCTestCase {
    func testTableIsRegisteredAndPlaceholdersMatch() {
        // The area's texts now live in the .strings files (keys `finnish.*`).
        let area = Catalog.all.filter { $0.key.hasPrefix("finnish.") }
        XCTAssertGreaterThan(area.count, 50)
        for (key, text) in area {
            XCTAssertEqual(placeholders(text.fi), placeholders(text.en), key)
            XCTAssertFalse(text.fi.isEmpty || text.en.isEmpty, key)
        }
    }

    func testWeekdayNamesInBothLanguages() {
        XCTAssertEqual(Weekday.allCases.map { $0.name(.fi) },
                       ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"])
        XCTAssertEqual(Weekday.allCases.map { $0.shortName(.en) }, ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    }

    func testFilledMessagesReadNaturally() {
        XCTAssertEqual(BusinessIDProblem.wrongCheckDigit(expected: 4).message(.en),
                       "The check digit of the business ID does not match: with these digits it should be 4. Check the digits.")
        XCTAssertEqual(ReferenceNumberProblem.wrongCheckDigit(expected: 2).message(.fi),
                       "Viitenumeron tarkiste ei täsmää: viimeisen numeron pitäisi olla 2. Tarkista numerot.")
        XCTAssertEqual(CivilDateProblem.yearOutOfRange(minimum: 1800, maximum: 2199).message(.fi),
                       "Vuoden pitää olla välillä 1800–2199.")
    }

    private func placeholders(_ s: String) -> Set<String> {
        var found = Set<String>()
        var rest = Substring(s)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
