import XCTest
import Kumppani
@testable import KumppaniTUI

/// Entering a prefilled field with Tab selects its text: typing replaces it (no "32500.0010000").
final class FormReplaceOnTypeTests: XCTestCase {
    private func form() -> Form {
        Form(fields: [
            .text("name", label: "Nimi", text: "Heinolan Omaishoitajat ry"),
            .text("amount", label: "Summa", text: "32500,00"),
        ], language: .fi)
    }

    func testTypingAfterTabReplacesThePrefilledValue() {
        var f = form()
        _ = f.handle(.key(.tab))
        for c in "10000" { _ = f.handle(.key(.char(c))) }
        XCTAssertEqual(f["amount"], .text("10000"))
        XCTAssertEqual(f["name"], .text("Heinolan Omaishoitajat ry"))
    }

    func testACursorKeyKeepsTheTextAndTypingThenEdits() {
        var f = form()
        _ = f.handle(.key(.tab))
        _ = f.handle(.key(.end))
        _ = f.handle(.key(.char("5")))
        XCTAssertEqual(f["amount"], .text("32500,005"))
    }

    func testBackspaceClearsTheSelectedValue() {
        var f = form()
        _ = f.handle(.key(.tab))
        _ = f.handle(.key(.backspace))
        XCTAssertEqual(f["amount"], .text(""))
    }

    func testTheSelectedValueIsDrawnAsSelected() {
        var f = form()
        _ = f.handle(.key(.tab))
        var frame = Frame(size: Size(width: 60, height: 6))
        f.render(into: &frame, in: frame.bounds, focused: true)
        let y = (0..<6).first { frame.line($0).contains("32500,00") }!
        let x = frame.line(y).distance(of: "32500,00")
        XCTAssertEqual(frame[x, y].role, .selection)
    }

    func testTheFirstFieldIsNotSelectedWhenTheFormOpens() {
        var f = form()
        _ = f.handle(.key(.char("!")))
        XCTAssertEqual(f["name"], .text("Heinolan Omaishoitajat ry!"))
    }
}
