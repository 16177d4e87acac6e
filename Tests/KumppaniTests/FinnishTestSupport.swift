import XCTest
@testable import Kumppani

/// Helpers for the Finnish rule tests: unwrap a Result or fail the test with the problem.
extension Result {
    func value(file: StaticString = #filePath, line: UInt = #line) -> Success? {
        switch self {
        case .success(let v): return v
        case .failure(let e):
            XCTFail("expected success, got \(e)", file: file, line: line)
            return nil
        }
    }

    var problem: Failure? {
        if case .failure(let e) = self { return e }
        return nil
    }
}

/// Asserts that a problem's message is a real catalog text in both languages: not the bare key,
/// no unfilled placeholder, and different per language.
func assertMessages(_ fi: String, _ en: String, file: StaticString = #filePath, line: UInt = #line) {
    for text in [fi, en] {
        XCTAssertFalse(text.hasPrefix("finnish."), "catalog key shown instead of text: \(text)", file: file, line: line)
        XCTAssertFalse(text.contains("{"), "unfilled placeholder: \(text)", file: file, line: line)
        XCTAssertFalse(text.isEmpty, file: file, line: line)
    }
    XCTAssertNotEqual(fi, en, file: file, line: line)
}
