import XCTest
import Kumppani
@testable import KumppaniTUI

final class BarsTests: XCTestCase {
    private let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 12)]

    func testProgressBarFillsItsFractionAndShowsThePercentAtEverySize() {
        for size in sizes {
            var frame = Frame(size: size)
            ProgressBar(fraction: 0.6, language: .fi).render(into: &frame, in: frame.bounds.row(0))
            let line = frame.line(0)
            XCTAssertTrue(line.hasPrefix("["), line)
            XCTAssertTrue(line.hasSuffix("] 60 %"), line)
            XCTAssertEqual(TextLayout.width(line), size.width)
            let filled = line.filter { $0 == "█" }.count
            let empty = line.filter { $0 == "░" }.count
            XCTAssertEqual(filled + empty, size.width - 7)
            XCTAssertLessThanOrEqual(abs(Double(filled) - 0.6 * Double(filled + empty)), 0.5)
            XCTAssertEqual(frame[1, 0].role, .barFill)
            XCTAssertEqual(frame[filled + 1, 0].role, .barEmpty)
        }
    }

    func testProgressBarClampsAndUsesEnglishPercentAndAscii() {
        var frame = Frame(size: Size(width: 20, height: 1))
        ProgressBar(fraction: 1.7, language: .en, glyphs: .ascii).render(into: &frame, in: frame.bounds)
        XCTAssertEqual(frame.line(0), "[#############] 100%")
    }

    func testBarChartScalesToTheLargestValueAtEverySize() {
        let chart = BarChart(bars: [
            .init(label: "Henkilöstö", value: 40_000, valueText: "40 000,00 €"),
            .init(label: "Vuokra", value: 10_000, valueText: "10 000,00 €"),
            .init(label: "Matkat", value: 20_000, valueText: "20 000,00 €", isOver: true),
        ])
        for size in sizes {
            var frame = Frame(size: size)
            chart.render(into: &frame, in: frame.bounds)
            let lengths = (0..<3).map { y in frame.line(y).filter { $0 == "█" }.count }
            XCTAssertTrue(frame.line(0).hasPrefix("Henkilöstö"))
            XCTAssertTrue(frame.line(0).hasSuffix("40 000,00 €"), frame.line(0))
            XCTAssertTrue(frame.line(1).hasSuffix("10 000,00 €"))
            // The widest bar takes all the room between the label and the value columns.
            XCTAssertEqual(lengths[0], size.width - 10 - 11 - 2)
            XCTAssertLessThanOrEqual(abs(Double(lengths[1]) - Double(lengths[0]) / 4), 0.5)
            XCTAssertLessThanOrEqual(abs(Double(lengths[2]) - Double(lengths[0]) / 2), 0.5)
            XCTAssertEqual(frame[11, 2].role, .barOver)
            XCTAssertEqual(frame[11, 0].role, .barFill)
            XCTAssertEqual(frame.line(3), "")
        }
    }
}
