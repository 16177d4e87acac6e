import XCTest
@testable import Kumppani

/// Manual probe (not committed): KUMPPANI_SCALE=1 swift test --filter ZZDirectoryScaleProbe
final class ZZDirectoryScaleProbe: XCTestCase {
    func testProbe() throws {
        guard ProcessInfo.processInfo.environment["KUMPPANI_SCALE"] == "1" else { return }
        let path = "/tmp/dirperf/scale.sqlite"
        let exists = FileManager.default.fileExists(atPath: path)
        let store = try Store.open(path: path, clock: FixedClock(DirectoryFixture.now))
        let db = store.database
        let places = ["Lahden", "Heinolan", "Hollolan", "Tamperen", "Äänekosken", "Sääksmäen", "Kouvolan", "Oulun", "Porin", "Espoon", "Järvenpään", "Örnäsin"]
        let kinds = ["Omaishoitajat", "Kyläyhdistys", "Eläkkeensaajat", "Nuorisoseura", "Partiolaiset", "Martat", "Urheiluseura", "Mielenterveysseura", "Sydänyhdistys", "Reumayhdistys", "Metsästysseura", "Kotiseutuyhdistys"]
        let extra = ["Ahtiala", "Kärpät", "Ilves", "Pallo", "Sisu", "Voima", "Tähti", "Kaiku", "Aalto", "Valo", "Ystävät", "Tuki"]
        let codes = try db.query("SELECT code FROM municipalities").compactMap { $0.string("code") }
        if !exists {
            try SearchIndex.bulkLoad(on: db) {
                for i in 0..<100_000 {
                    let name = "\(places[i % 12]) \(extra[(i / 12) % 12]) \(kinds[(i / 144) % 12]) \(i) ry"
                    try db.run("INSERT INTO associations(id, name, name_key, municipality_code, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')",
                               Store.newID(), name, DirectoryRules.sortKey(name), codes[i % codes.count], "Toimintaa \(kinds[(i / 7) % 12].lowercased()) ja vertaistukea")
                }
            }
        }
        if ProcessInfo.processInfo.environment["KUMPPANI_CACHE"] == "1" { try db.execute("PRAGMA cache_size = -131072; PRAGMA mmap_size = 268435456") }
        let d = DirectoryStore(store: store)
        func time(_ label: String, _ q: DirectoryQuery) throws {
            var samples: [Double] = []
            var n = 0
            for _ in 0..<15 {
                let t0 = Date()
                let l = try d.listing(q)
                _ = try d.rows(l, offset: 0, limit: 40)
                samples.append(Date().timeIntervalSince(t0) * 1000)
                n = l.count
            }
            samples.sort()
            print(String(format: "PROBE %-34@ n=%6d median %7.2f ms  max %7.2f ms", label as NSString, n, samples[7], samples[14]))
        }
        try time("empty", DirectoryQuery())
        for s in ["l", "la", "ä", "öö", "lah", "lahd", "omais", "kylä", "kyläyhd", "vertais", "lahden omais", "aanekosk", "tyttomat", "zzzq", "12345", "ahtiala", "ilves 99"] {
            try time("'\(s)'", DirectoryQuery(search: s))
        }
        try time("filter muni", DirectoryQuery(filter: DirectoryFilter(municipalityCode: "398")))
        try time("'omais' + muni", DirectoryQuery(search: "omais", filter: DirectoryFilter(municipalityCode: "398")))
        try time("sort municipality", DirectoryQuery(sort: .municipality))
        try time("sort lastContact", DirectoryQuery(sort: .lastContact))
        try time("'omais' sort municipality", DirectoryQuery(search: "omais", sort: .municipality))
    }
}
