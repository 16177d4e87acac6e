import Foundation
import Kumppani

/// `kumppani report benefits --year YYYY [--by target-group|goal] [--format csv|md|html]` (the
/// welfare report's table) and `kumppani export premises|bookings [--format csv|json]`.
enum ReportCommand {
    static func parse(_ p: [String], values: [String: String]) throws -> Command {
        guard p.count >= 2 else { throw UsageError.missingArgument("benefits") }
        guard p[1] == "benefits" else { throw UsageError.unknownCommand("report \(p[1])") }
        if p.count > 2 { throw UsageError.unexpectedArgument(p[2]) }
        guard let yearText = values["--year"] else { throw UsageError.missingArgument("--year YYYY") }
        guard let year = Int(yearText), (2001...2100).contains(year) else { throw UsageError.badValue(option: "--year", value: yearText) }
        let byText = values["--by"] ?? "target-group"
        guard let by = BenefitReport.Grouping(rawValue: byText.lowercased()) else { throw UsageError.badValue(option: "--by", value: byText) }
        let formatText = values["--format"] ?? "md"
        guard let format = BenefitReport.Format(rawValue: formatText.lowercased()) else { throw UsageError.badValue(option: "--format", value: formatText) }
        return .reportBenefits(year: year, by: by, format: format, output: values["--output"])
    }

    static func benefits(_ c: CommandContext, year: Int, by: BenefitReport.Grouping, format: BenefitReport.Format, output: String?) -> Int32 {
        c.writeExport(output: output, describe: { _ in nil }) { store in
            try BenefitReport.build(store: store, year: year, by: by, language: c.language).rendered(format, c.language)
        }
    }

    static func premises(_ c: CommandContext, what: PremisesExport.What, format: PremisesExport.Format, output: String?) -> Int32 {
        c.writeExport(output: output, describe: { _ in nil }) { store in
            try PremisesExport.rendered(what, format, store: store, language: c.language)
        }
    }
}
