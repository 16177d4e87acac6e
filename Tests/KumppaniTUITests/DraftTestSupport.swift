import Foundation
import XCTest
@testable import KumppaniTUI

/// What the draft-restore tests share: opening `:draft`, and checking what a signal wrote.
extension App {
    func openDraft() {
        press(.char(":"))
        type("draft")
        press(.enter)
    }
}

/// A signal's save wrote the text draft and a 0600 restore copy, and nothing went wrong;
/// the text draft holds `line`.
func assertDraftWritten(_ report: ExitSaveReport, textDraft: String, sidecar: String, holding line: String,
                        file: StaticString = #filePath, lineNumber: UInt = #line) throws {
    XCTAssertEqual(report.draftFile, textDraft, file: file, line: lineNumber)
    XCTAssertNil(report.problem, file: file, line: lineNumber)
    let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: sidecar)[.posixPermissions] as? Int)
    XCTAssertEqual(mode & 0o777, 0o600, file: file, line: lineNumber)
    let text = try String(contentsOfFile: textDraft, encoding: .utf8)
    XCTAssertTrue(text.contains(line), text, file: file, line: lineNumber)
}
