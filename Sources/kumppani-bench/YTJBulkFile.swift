import Foundation
import Kumppani

/// A YTJ open data v3 bulk file (`[company, …]`) of made-up non-profits, in the layout of
/// `ytj-sample.json`: every field a real record has (names with history, forms, main line of
/// business, addresses with post offices per language, website, status, dates), ~700 bytes a
/// company. All are registered associations or foundations in Päijät-Häme, still active, with
/// valid and distinct Y-tunnus, so a `--region Päijät-Häme` import adds every one of them.
enum YTJBulkFile {
    static let region = "Päijät-Häme"

    /// Writes `companies` records to `path` (deterministic: the same file every run).
    static func write(_ path: String, companies: Int) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw BenchFailure.message("cannot write \(path)") }
        defer { try? handle.close() }
        let places = Municipality.all.filter { $0.regionFI == region }
        guard !places.isEmpty else { throw BenchFailure.message("no municipalities in \(region)") }
        let kinds = ["Omaishoitajat", "Martat", "Eläkeläiset", "Kylätoimikunta", "Urheiluseura", "Nuorisoseura", "Kuoro",
                     "Mielenterveysyhdistys", "Sydänyhdistys", "Invalidit", "Partiolaiset", "Kotiseutuyhdistys"]
        let streets = ["Kauppakatu", "Rautatienkatu", "Kirkkokatu", "Koulutie", "Myllytie", "Aleksanterinkatu", "Vesijärvenkatu"]
        var buffer = "["
        var base = 2_000_000
        var random = SplitMix(seed: 16)
        for i in 0..<companies {
            var check: Int?
            repeat { base += 1; check = BusinessID.checkDigit(forBase: String(base)) } while check == nil
            let id = "\(base)-\(check ?? 0)"
            let place = places[i % places.count]
            let city = place.nameFI.uppercased()
            let foundation = i % 20 == 19
            let name = foundation ? "\(place.nameFI)n \(kinds[i % kinds.count]) -säätiö \(i) sr"
                                  : "\(place.nameFI)n \(kinds[i / places.count % kinds.count]) \(i) ry"
            let year = 1950 + Int(random.next() % 75)
            let registered = String(format: "%04d-%02d-%02d", year, 1 + i % 12, 1 + i % 28)
            // One in five was renamed: the older name has an end date.
            let former = i % 5 == 0
                ? #",{"name":"\#(place.nameFI)n \#(kinds[(i + 3) % kinds.count]) \#(i) ry","type":"1","registrationDate":"\#(registered)","endDate":"2015-06-30","version":2,"source":"0"}"#
                : ""
            let form = foundation ? ("SÄÄ", "Säätiö", "Stiftelse", "Foundation")
                                  : ("AY", "Aatteellinen yhdistys", "Ideell förening", "Non-profit association")
            buffer += (i == 0 ? "\n" : ",\n") + """
                {"businessId":{"value":"\(id)","registrationDate":"\(registered)","source":"3"},\
                "names":[{"name":"\(name)","type":"1","registrationDate":"\(former.isEmpty ? registered : "2015-07-01")","endDate":null,"version":1,"source":"0"}\(former)],\
                "mainBusinessLine":{"type":"94991","descriptions":[{"languageCode":"1","description":"Muiden muualla luokittelemattomien järjestöjen toiminta"}],"typeCodeSet":"TOIMI4","source":"2"},\
                "companyForms":[{"type":"\(form.0)","descriptions":[{"languageCode":"1","description":"\(form.1)"},{"languageCode":"2","description":"\(form.2)"},{"languageCode":"3","description":"\(form.3)"}],"registrationDate":"\(registered)","endDate":null,"version":1,"source":"0"}],\
                "addresses":[{"type":\(i % 3 == 0 ? 1 : 2),"street":"\(streets[i % streets.count]) \(i % 90 + 1)","postCode":"\(15_100 + i % 80)",\
                "postOffices":[{"city":"\(city)","languageCode":"1","municipalityCode":"\(place.code)"},{"city":"\(place.nameSV.uppercased())","languageCode":"2","municipalityCode":"\(place.code)"}],\
                "postOfficeBox":"","co":"","country":"","registrationDate":"\(registered)","source":"0"}],\
                "tradeRegisterStatus":"1","status":"2","registrationDate":"\(registered)","endDate":null,"lastModified":"2026-10-11 09:32:11",\
                "website":{"url":"\(i % 4 == 0 ? "www.yhdistys\(i).fi" : "")","source":"0"}}
                """
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data((buffer + "\n]\n").utf8))
    }
}
