import Foundation
import Kumppani

/// A small hand-written parser (no packages): options may come before or after the command;
/// `--name value` and `--name=value` both work.
enum ArgumentParser {
    static let valueOptions: Set<String> = ["--db", "--lang", "--theme", "--associations", "--seed", "--format", "--output", "--round", "--meeting", "--application",
                                            "--replay", "--size", "--screen-dump", "--since", "--until", "--search",
                                            "--name-fi", "--name-sv", "--business-id", "--folder", "--year", "--by", "--region", "--county", "--tag"]
    static let flagOptions: Set<String> = ["--no-color", "--demo", "--dry-run", "--allow-duplicates", "--help", "-h", "--version", "--yes"]

    /// Finds `--lang` even when the rest does not parse, so usage errors speak the right language.
    static func languageOption(_ args: [String]) -> String? {
        for (i, a) in args.enumerated() {
            if a.hasPrefix("--lang=") { return String(a.dropFirst(7)) }
            if a == "--lang", i + 1 < args.count { return args[i + 1] }
        }
        return nil
    }

    static func parse(_ args: [String]) throws -> Options {
        var options = Options()
        var values: [String: String] = [:]
        var flags = Set<String>()
        var positionals: [String] = []
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let arg = args[i]
            i += 1
            if onlyPositionals || !arg.hasPrefix("-") || arg == "-" { positionals.append(arg); continue }
            if arg == "--" { onlyPositionals = true; continue }
            var name = arg
            var inline: String?
            if let eq = arg.firstIndex(of: "="), arg.hasPrefix("--") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            if valueOptions.contains(name) {
                if let inline { values[name] = inline; continue }
                guard i < args.count else { throw UsageError.missingValue(option: name) }
                values[name] = args[i]
                i += 1
            } else if flagOptions.contains(name), inline == nil {
                flags.insert(name)
            } else {
                throw UsageError.unknownOption(arg)
            }
        }
        options.databasePath = values["--db"]
        options.theme = values["--theme"]
        options.noColor = flags.contains("--no-color")
        options.replayFile = values["--replay"]
        options.screenDump = values["--screen-dump"]
        if let lang = values["--lang"] {
            guard Language(rawValue: lang.lowercased()) != nil else { throw UsageError.badValue(option: "--lang", value: lang) }
            options.language = lang.lowercased()
        }
        if let size = values["--size"] {
            let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, parts[0] > 0, parts[1] > 0 else { throw UsageError.badValue(option: "--size", value: size) }
            options.size = (parts[0], parts[1])
        }
        if flags.contains("--help") || flags.contains("-h") || positionals.first == "help" { options.command = .help; return options }
        if flags.contains("--version") { options.command = .version; return options }
        options.command = try command(positionals, values: values, flags: flags)
        try checkApplicable(options.command, values: values, flags: flags)
        return options
    }

    static func command(_ p: [String], values: [String: String], flags: Set<String>) throws -> Command {
        guard let first = p.first else { return flags.contains("--demo") ? .demoUI : .ui }
        func noMore(_ count: Int) throws { if p.count > count { throw UsageError.unexpectedArgument(p[count]) } }
        switch first {
        case "demo":
            try noMore(1)
            guard values["--db"] != nil else { throw UsageError.missingArgument("--db PATH") }
            var count: Int?
            if let text = values["--associations"] {
                guard let n = Int(text), n >= 0, n <= 1_000_000 else { throw UsageError.badValue(option: "--associations", value: text) }
                count = n
            }
            var seed: UInt64?
            if let text = values["--seed"] {
                guard let n = UInt64(text) else { throw UsageError.badValue(option: "--seed", value: text) }
                seed = n
            }
            return .demo(associations: count, seed: seed)
        case "init":
            try noMore(1)
            return .initialise
        case "import":
            guard p.count >= 2 else { throw UsageError.missingArgument("associations FILE.csv") }
            if p[1] == "ytj" {
                guard p.count >= 3 else { throw UsageError.missingArgument("FILE.json") }
                try noMore(3)
                return .importYTJ(file: p[2], region: values["--region"], county: values["--county"], dryRun: flags.contains("--dry-run"))
            }
            guard p[1] == "associations" else { throw UsageError.unknownCommand("import \(p[1])") }
            guard p.count >= 3 else { throw UsageError.missingArgument("FILE.csv") }
            try noMore(3)
            return .importAssociations(file: p[2], dryRun: flags.contains("--dry-run"), allowDuplicates: flags.contains("--allow-duplicates"))
        case "export":
            guard p.count >= 2 else { throw UsageError.missingArgument("associations | all | decisions | letter | grants | minutes | agenda | calendar | premises | bookings") }
            try noMore(2)
            switch p[1] {
            case "associations":
                let text = values["--format"] ?? "csv"
                guard let format = AssociationExport.Format(rawValue: text.lowercased()) else {
                    throw UsageError.badValue(option: "--format", value: text)
                }
                return .exportAssociations(format: format, output: values["--output"], search: values["--search"], tag: values["--tag"])
            case "all": return .exportAll(output: values["--output"])
            case "decisions":
                guard let round = values["--round"] else { throw UsageError.missingArgument("--round ID") }
                let text = values["--format"] ?? "md"
                guard let format = DecisionList.Format(rawValue: text.lowercased()) else { throw UsageError.badValue(option: "--format", value: text) }
                return .exportDecisions(round: round, format: format, output: values["--output"])
            case "letter":
                guard let application = values["--application"] else { throw UsageError.missingArgument("--application ID") }
                let text = values["--format"] ?? "md"
                guard let format = DecisionLetter.Format(rawValue: text.lowercased()) else { throw UsageError.badValue(option: "--format", value: text) }
                return .exportLetter(application: application, format: format, output: values["--output"])
            case "grants":
                let text = values["--format"] ?? "csv"
                guard let format = GrantExport.Format(rawValue: text.lowercased()) else { throw UsageError.badValue(option: "--format", value: text) }
                return .exportGrants(format: format, output: values["--output"])
            case "minutes", "agenda":
                guard let meeting = values["--meeting"] else { throw UsageError.missingArgument("--meeting ID") }
                let text = values["--format"] ?? "md"
                guard let format = DocumentFormat(rawValue: text.lowercased()) else { throw UsageError.badValue(option: "--format", value: text) }
                return .exportMeetingDocument(minutes: p[1] == "minutes", meeting: meeting, format: format, output: values["--output"])
            case "calendar": return .exportCalendar(output: values["--output"])
            case "premises", "bookings":
                let text = values["--format"] ?? "csv"
                guard let format = PremisesExport.Format(rawValue: text.lowercased()) else { throw UsageError.badValue(option: "--format", value: text) }
                return .exportPremises(what: p[1] == "premises" ? .premises : .bookings, format: format, output: values["--output"])
            default: throw UsageError.unknownCommand("export \(p[1])")
            }
        case "report":
            return try ReportCommand.parse(p, values: values)
        case "check":
            try noMore(1)
            return .check
        case "backup":
            guard p.count >= 2 else { throw UsageError.missingArgument("DEST") }
            try noMore(2)
            return .backup(destination: p[1])
        case "audit":
            try noMore(1)
            return .audit(since: values["--since"])
        case "followups":
            try noMore(1)
            return .followUps(until: values["--until"])
        case "county":
            try noMore(1)
            return .county(nameFi: values["--name-fi"], nameSv: values["--name-sv"], businessID: values["--business-id"])
        case "restore":
            guard p.count >= 2 else { throw UsageError.missingArgument("BACKUP") }
            try noMore(2)
            return .restore(backup: p[1])
        case "backups":
            try noMore(1)
            return .backups
        case "person":
            return try PersonCommand.parse(p, values: values, flags: flags)
        case "sync":
            return .sync(try SyncCommand.parse(p, values: values))
        case "tag":
            return .tag(try TagCommand.parse(p, values: values))
        default:
            throw UsageError.unknownCommand(first)
        }
    }

    /// Options that belong to one command are refused elsewhere, so typos do not pass silently.
    static func checkApplicable(_ command: Command, values: [String: String], flags: Set<String>) throws {
        var allowed: Set<String> = ["--db", "--lang"]
        switch command {
        case .ui, .demoUI: allowed.formUnion(["--theme", "--no-color", "--demo", "--replay", "--size", "--screen-dump"])
        case .demo: allowed.formUnion(["--associations", "--seed"])
        case .importAssociations: allowed.formUnion(["--dry-run", "--allow-duplicates"])
        case .importYTJ: allowed.formUnion(["--dry-run", "--region", "--county"])
        case .exportAssociations: allowed.formUnion(["--format", "--output", "--search", "--tag"])
        case .exportAll: allowed.insert("--output")
        case .exportDecisions: allowed.formUnion(["--round", "--format", "--output"])
        case .exportGrants: allowed.formUnion(["--format", "--output"])
        case .exportLetter: allowed.formUnion(["--application", "--format", "--output"])
        case .exportMeetingDocument: allowed.formUnion(["--meeting", "--format", "--output"])
        case .exportCalendar: allowed.insert("--output")
        case .exportPremises: allowed.formUnion(["--format", "--output"])
        case .reportBenefits: allowed.formUnion(["--year", "--by", "--format", "--output"])
        case .audit: allowed.insert("--since")
        case .followUps: allowed.insert("--until")
        case .county: allowed.formUnion(["--name-fi", "--name-sv", "--business-id"])
        case .personExport: allowed.insert("--output")
        case .personErase: allowed.insert("--yes")
        case .sync(.exchange): allowed.insert("--folder")
        case .tag(.add), .tag(.remove): allowed.insert("--search")
        default: break
        }
        for name in Array(values.keys).sorted() + flags.sorted() where !allowed.contains(name) {
            throw UsageError.notValidHere(option: name)
        }
    }
}
