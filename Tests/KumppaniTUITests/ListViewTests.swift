import XCTest
@testable import KumppaniTUI

/// A large source that records every range it was asked for.
private final class CountingSource: ListDataSource {
    let count: Int
    var requests: [Range<Int>] = []
    init(count: Int) { self.count = count }
    func rows(in range: Range<Int>) -> [ListRow] {
        requests.append(range)
        return range.map { i in
            ListRow(["Yhdistys \(i)", "\(i * 10)"], role: i % 7 == 0 ? .strike : .normal)
        }
    }
}

final class ListViewTests: XCTestCase {
    private let columns = [ListColumn("Nimi"), ListColumn("Summa", width: .fixed(8), alignment: .right)]

    private func draw(_ list: ListView, width: Int, height: Int, focused: Bool = true) -> Frame {
        var frame = Frame(size: Size(width: width, height: height))
        list.render(into: &frame, in: frame.bounds, focused: focused)
        return frame
    }

    func testOpeningAndPagingAsksOnlyForVisibleRows() {
        let source = CountingSource(count: 100_000)
        var list = ListView(columns: columns, source: source, emptyText: "(tyhjä)")
        list.setViewport(height: 11)                       // header + 10 rows
        XCTAssertEqual(source.requests, [0..<10])
        _ = draw(list, width: 30, height: 11)
        XCTAssertEqual(source.requests.count, 1, "render uses the cached page")
        for _ in 0..<5 { _ = list.handle(.key(.down)) }   // still on the first page
        XCTAssertEqual(source.requests.count, 1)
        XCTAssertEqual(list.handle(.key(.pageDown)), .changed)
        XCTAssertEqual(list.selection, 14)
        _ = list.handle(.key(.end))
        XCTAssertEqual(list.selection, 99_999)
        let frame = draw(list, width: 30, height: 11)
        XCTAssertTrue(frame.line(10).hasPrefix("Yhdistys 99999"), frame.line(10))
        XCTAssertEqual(frame[0, 10].role, .selection)
        XCTAssertLessThanOrEqual(source.requests.map(\.count).max() ?? 0, 10)
        XCTAssertEqual(source.requests.last, 99_990..<100_000)
        XCTAssertLessThan(source.requests.count, 6)
    }

    func testHeaderColumnsAlignAndRowRolesShow() {
        let source = ArrayListSource([ListRow(["Kerho", "1 234,56"]), ListRow(["Valmis", "5,00"], role: .strike)])
        var list = ListView(columns: columns, source: source, emptyText: "(tyhjä)")
        list.setViewport(height: 5)
        let frame = draw(list, width: 24, height: 5, focused: false)
        XCTAssertEqual(frame.line(0), "Nimi               Summa")
        XCTAssertEqual(frame.line(1), "Kerho           1 234,56")
        XCTAssertEqual(frame.line(2), "Valmis              5,00")
        XCTAssertEqual(frame[0, 0].role, .header)
        XCTAssertEqual(frame[0, 1].role, .selectionInactive)
        XCTAssertEqual(frame[0, 2].role, .strike)
    }

    func testLongCellsAreTruncatedWithAnEllipsis() {
        let source = ArrayListSource([ListRow(["Pohjois-Karjalan Sydänyhdistys ry", "12"])])
        let list = ListView(columns: columns, source: source, emptyText: "")
        let frame = draw(list, width: 20, height: 3)
        XCTAssertEqual(frame.line(1), "Pohjois-Ka…       12")
    }

    func testEmptyListShowsTheEmptyText() {
        var list = ListView(columns: columns, source: ArrayListSource([]), emptyText: "(tyhjä)")
        list.setViewport(height: 5)
        XCTAssertNil(list.selection)
        XCTAssertEqual(list.handle(.key(.down)), .handled)
        let frame = draw(list, width: 21, height: 5)
        XCTAssertEqual(frame.line(2).trimmingCharacters(in: .whitespaces), "(tyhjä)")
        XCTAssertEqual(frame[7, 2].role, .dim)
    }

    func testEnterActivatesTheSelectedRowAndReloadClampsSelection() {
        var list = ListView(columns: columns, source: CountingSource(count: 50), emptyText: "")
        list.setViewport(height: 6)
        _ = list.handle(.key(.end))
        XCTAssertEqual(list.handle(.key(.enter)), .activated(49))
        list.setSource(CountingSource(count: 3))
        XCTAssertEqual(list.selection, 0)
        XCTAssertEqual(list.selectedRow?.cells.first, "Yhdistys 0")
    }
}
