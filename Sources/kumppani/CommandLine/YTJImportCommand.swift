import Foundation
import Kumppani

/// `kumppani import ytj FILE.json [--region NAME|--county NAME] [--dry-run]`: PRH/YTJ open data in,
/// streamed (the bulk file is hundreds of megabytes), all or nothing.
enum YTJImportCommand {
    static func run(_ c: CommandContext, file: String, region: String?, county: String?, dryRun: Bool) -> Int32 {
        var area: YTJRegion?
        switch (region, county) {
        case (.some, .some): return c.fail(c.l["ytj.region_and_county"])
        case (.some(let name), nil):
            guard let found = YTJRegion.region(name) else { return c.fail(c.l["ytj.unknown_region", name]) }
            area = found
        case (nil, .some(let name)):
            guard let found = YTJRegion.county(name) else { return c.fail(c.l["ytj.unknown_county", name]) }
            area = found
        case (nil, nil): break
        }
        guard FileManager.default.isReadableFile(atPath: file) else {
            let reason = FileManager.default.fileExists(atPath: file) ? c.l["cli.cannot_read"] : c.l["cli.no_such_file"]
            return c.fail(c.l["cli.import.cannot_open", file, reason])
        }
        let store: Store
        switch c.openStore(create: true) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        return ImportCommand.report(c, store: store) {
            try YTJImport.run(file: file, store: store, region: area, dryRun: dryRun) { done, total in
                if c.showsProgress && total > 0 { FileHandle.standardError.write(Data("\r\(done * 100 / total) %".utf8)) }
            }.message(c.language)
        }
    }
}
