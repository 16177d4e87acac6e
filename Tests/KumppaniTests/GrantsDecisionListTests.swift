import XCTest
@testable import Kumppani

final class GrantsDecisionListTests: XCTestCase {
    func makeRound(_ f: GrantsFixture) throws -> Int64 {
        let body = try f.body("HYTE-lautakunta")
        let round = try f.round(body: body, name: "Kohdeavustukset <2026>")
        for (name, bid) in [("Örön Kyläyhdistys", "1234567-1"), ("Zeta ry", "7654321-0"), ("Ähtärin Eläkeläiset", "1111111-1"),
                            ("Aapisen Kerho", "2222222-2"), ("Åbo Svenska", "3333333-3")] {
            let app = try f.application(round: round, association: try f.association(name, businessID: bid), requested: 1_000_00,
                                        purpose: name == "Zeta ry" ? "<script>alert(\"x\")</script> & | putki" : "Kerho")
            if name != "Aapisen Kerho" { try f.propose(app, 500_00, reasoning: "Perustelu; \"lainattu\"") }
        }
        return round
    }

    func testDecisionListIsInFinnishOrderWithÅÄÖAfterZAndTotals() throws {
        let f = try GrantsFixture()
        let list = try DecisionList.build(store: f.store, roundID: try makeRound(f))
        XCTAssertEqual(list.lines.map(\.applicant), ["Aapisen Kerho", "Zeta ry", "Åbo Svenska", "Ähtärin Eläkeläiset", "Örön Kyläyhdistys"])
        XCTAssertEqual(list.totalRequestedCents, 5_000_00)
        XCTAssertEqual(list.totalProposedCents, 2_000_00)
        let md = list.markdown(.fi)
        XCTAssertTrue(md.hasPrefix("# Päätösluettelo: Kohdeavustukset <2026>\n"))
        XCTAssertTrue(md.contains("| **Yhteensä** | | | **5 000,00 €** | **2 000,00 €** | | |"))
        XCTAssertTrue(md.contains("\\| putki"), "a pipe in the data must not break the table")
        let rows = md.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Hakija") && !$0.hasPrefix("| ---") && !$0.contains("Yhteensä") }
        XCTAssertEqual(rows.map { String($0.split(separator: "|")[0].trimmingCharacters(in: .whitespaces)) },
                       ["Aapisen Kerho", "Zeta ry", "Åbo Svenska", "Ähtärin Eläkeläiset", "Örön Kyläyhdistys"])
    }

    func testHTMLIsEscapedAndPrintable() throws {
        let f = try GrantsFixture()
        let html = try DecisionList.build(store: f.store, roundID: try makeRound(f)).html(.fi)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; | putki"))
        XCTAssertTrue(html.contains("<title>Päätösluettelo: Kohdeavustukset &lt;2026&gt;</title>"))
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("HYTE-lautakunta"))
        let z = try XCTUnwrap(html.range(of: "Zeta ry")), o = try XCTUnwrap(html.range(of: "Örön Kyläyhdistys"))
        XCTAssertTrue(z.lowerBound < o.lowerBound)
    }

    func testCSVHasBOMSemicolonsAndQuotesWhatNeedsIt() throws {
        let f = try GrantsFixture()
        let csv = try DecisionList.build(store: f.store, roundID: try makeRound(f)).csv(.fi)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}Hakija;Y-tunnus;Käyttötarkoitus;Haettu;Esitys;Perustelut;Esteelliset\r\n"))
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        XCTAssertEqual(lines[1], "Aapisen Kerho;2222222-2;Kerho;1000,00;;;")
        XCTAssertEqual(lines[2], "Zeta ry;7654321-0;\"<script>alert(\"\"x\"\")</script> & | putki\";1000,00;500,00;\"Perustelu; \"\"lainattu\"\"\";")
        XCTAssertEqual(lines[6], "Yhteensä;;;5000,00;2000,00;;")
    }

    func testCSVNeverLetsASpreadsheetRunAFormula() {
        XCTAssertEqual(CSVText.field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"")
        XCTAssertEqual(CSVText.field("-12,50"), "-12,50")
    }

    func testExportOfAllApplicationsAsCSVAndJSON() throws {
        let f = try GrantsFixture()
        _ = try makeRound(f)
        let csv = try GrantExport.csv(store: f.store, language: .fi)
        XCTAssertEqual(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 6)
        XCTAssertTrue(csv.contains(";Örön Kyläyhdistys;1234567-1;Esitetty;Kerho;1000,00;500,00;;0,00;"))
        let json = try GrantExport.json(store: f.store)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let apps = try XCTUnwrap(object?["applications"] as? [[String: Any]])
        XCTAssertEqual(apps.count, 5)
        XCTAssertEqual(apps.first?["applicant"] as? String, "Aapisen Kerho")
        XCTAssertEqual(apps.first?["stage"] as? String, "received")
        XCTAssertEqual((apps[1]["proposed_cents"] as? NSNumber)?.int64Value, 500_00)
    }

    func testChartsSplitAGrantBetweenItsTargetGroupsAndSetMoneyAgainstPeopleReached() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let round = try f.round(body: body)
        let lahti = try f.application(round: round, association: try f.association("Lahden ry", municipality: "398"), requested: 1_000_01,
                                      groups: ["youth", "children"])
        let heinola = try f.application(round: round, association: try f.association("Heinolan ry", municipality: "111"), requested: 3_000_00,
                                        groups: ["youth"])
        try f.decide(lahti, 1_000_01, body: body, requested: 1_000_01)
        try f.decide(heinola, 3_000_00, body: body, requested: 3_000_00)
        try f.grants.addPayment(applicationID: heinola, paidOn: f.today, amountCents: 3_000_00, reference: GrantsFixture.reference, iban: GrantsFixture.iban)
        try f.grants.saveReport(GrantReport(applicationID: heinola, receivedOn: f.today, outcome: .approved,
                                            figures: [ReportFigure(targetGroupCode: "youth", peopleReached: 70, volunteerHours: 300)]))
        let charts = try GrantCharts.build(store: f.store, year: 2026, language: .fi)
        XCTAssertEqual(charts.byMunicipality, [GrantCharts.Bar(label: "Heinola", cents: 3_000_00), GrantCharts.Bar(label: "Lahti", cents: 1_000_01)])
        // 1 000,01 € split in two: the odd cent goes to the first group (children).
        XCTAssertEqual(charts.byTargetGroup, [GrantCharts.Bar(label: "Nuoret", cents: 3_500_00), GrantCharts.Bar(label: "Lapset", cents: 500_01)])
        let youth = try XCTUnwrap(charts.benefits.first { $0.targetGroup == "Nuoret" })
        XCTAssertEqual(youth.peopleReached, 70)
        XCTAssertEqual(youth.volunteerHours, 300)
        XCTAssertEqual(youth.centsPerPerson, 5_000)
        XCTAssertEqual(try GrantCharts.build(store: f.store, year: 2025, language: .fi).byMunicipality, [])
    }
}

final class GrantsExportFormatTests: XCTestCase {
    func testACommandLineNamesARoundByIdOrNameAndEachFormatRenders() throws {
        let f = try GrantsFixture()
        let round = try f.round(name: "Kohdeavustukset 2026")
        _ = try f.application(round: round, association: try f.association("Öljymäen ry"), requested: 1_00)
        XCTAssertEqual(try f.grants.resolveRound(String(round))?.id, round)
        XCTAssertEqual(try f.grants.resolveRound("kohdeavustukset 2026")?.id, round)
        XCTAssertNil(try f.grants.resolveRound("ei ole"))
        let list = try DecisionList.build(store: f.store, roundID: round)
        XCTAssertTrue(list.rendered(.md, .fi).hasPrefix("# Päätösluettelo"))
        XCTAssertTrue(list.rendered(.html, .en).hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(list.rendered(.csv, .fi).hasPrefix("\u{FEFF}Hakija;"))
        XCTAssertTrue(try GrantExport.rendered(.json, store: f.store, language: .fi).contains("\"applicant\" : \"Öljymäen ry\""))
    }
}
