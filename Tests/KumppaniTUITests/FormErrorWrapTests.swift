import XCTest
import Kumppani
@testable import KumppaniTUI

/// A field's error longer than the input column (the date hint at 80 columns) wraps under the field
/// instead of being cut, and the fields after it move down.
final class FormErrorWrapTests: XCTestCase {
    func testALongErrorIsShownWholeOnLinesOfItsOwn() {
        for language in [Language.fi, .sv, .en] {
            let hint = L(language)["finnish.date.wrong_shape_example"]
            var form = Form(fields: [
                .text("starts", label: "Haku alkaa", validator: { _ in hint }),
                .text("ends", label: "Haku päättyy"),
            ], language: language)
            _ = form.handle(.key(.char("x")))
            _ = form.handle(.key(.ctrl("s")))
            var frame = Frame(size: Size(width: 72, height: 10))
            form.render(into: &frame, in: frame.bounds, focused: true)
            let rows = (0..<10).map { frame.line($0) }
            let errorRows = rows.dropFirst().prefix { !$0.hasPrefix("Haku päättyy") }
            XCTAssertGreaterThan(errorRows.count, 1, "the hint needs more than one line at this width: \(rows)")
            let shown = errorRows.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            XCTAssertEqual(shown, "! " + hint, "\(language): \(rows)")
            XCTAssertTrue(rows.contains { $0.hasPrefix("Haku päättyy") }, "the next field still shows: \(rows)")
        }
    }
}
