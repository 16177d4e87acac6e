import XCTest
import Kumppani
@testable import KumppaniTUI

final class PresenterProblemTests: XCTestCase {
    func testRefusesWithoutATerminalOrAUsableTerm() {
        let good = ["TERM": "xterm-256color"]
        XCTAssertNil(PresenterProblem.check(environment: good, stdinIsTerminal: true, stdoutIsTerminal: true))
        XCTAssertEqual(PresenterProblem.check(environment: good, stdinIsTerminal: false, stdoutIsTerminal: true), .notATerminal)
        XCTAssertEqual(PresenterProblem.check(environment: good, stdinIsTerminal: true, stdoutIsTerminal: false), .notATerminal)
        XCTAssertEqual(PresenterProblem.check(environment: [:], stdinIsTerminal: true, stdoutIsTerminal: true), .termUnset)
        XCTAssertEqual(PresenterProblem.check(environment: ["TERM": ""], stdinIsTerminal: true, stdoutIsTerminal: true), .termUnset)
        XCTAssertEqual(PresenterProblem.check(environment: ["TERM": "dumb"], stdinIsTerminal: true, stdoutIsTerminal: true),
                       .termDumb("dumb"))
    }

    func testMessagesAreOneLineInBothLanguages() {
        let problems: [PresenterProblem] = [.notATerminal, .termUnset, .termDumb("dumb"), .terminalUnusable("vt999")]
        for problem in problems {
            for language in Language.allCases {
                let message = problem.message(language)
                XCTAssertTrue(message.hasPrefix("kumppani: "), message)
                XCTAssertFalse(message.contains("\n"), message)
                XCTAssertFalse(message.contains("presenter."), "catalog key missing: \(message)")
            }
        }
        XCTAssertEqual(PresenterProblem.termDumb("dumb").message(.fi),
                       "kumppani: pääte ”dumb” ei tue koko näytön ohjelmia; käytä esimerkiksi TERM=xterm-256color.")
        XCTAssertTrue(PresenterProblem.terminalUnusable("vt999").message(.en).contains("“vt999”"))
    }
}
