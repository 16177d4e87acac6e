import XCTest

final class BinaryTests: XCTestCase {
    func testPlaceholder() {}
}
