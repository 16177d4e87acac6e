import Foundation
import Kumppani

/// What the user asked for on the command line.
enum Command: Equatable {
    case ui
    case demoUI
    case demo(associations: Int?, seed: UInt64?)
    case initialise
    case importAssociations(file: String, dryRun: Bool, allowDuplicates: Bool)
    case importYTJ(file: String, region: String?, county: String?, dryRun: Bool)
    case exportAssociations(format: AssociationExport.Format, output: String?, search: String? = nil, tag: String? = nil)
    case exportAll(output: String?)
    case exportDecisions(round: String, format: DecisionList.Format, output: String?)
    case exportLetter(application: String, format: DecisionLetter.Format, output: String?)
    case exportGrants(format: GrantExport.Format, output: String?)
    case exportMeetingDocument(minutes: Bool, meeting: String, format: DocumentFormat, output: String?)
    case exportCalendar(output: String?)
    case exportPremises(what: PremisesExport.What, format: PremisesExport.Format, output: String?)
    case reportBenefits(year: Int, by: BenefitReport.Grouping, format: BenefitReport.Format, output: String?)
    case check
    case backup(destination: String)
    case audit(since: String?)
    case followUps(until: String?)
    case county(nameFi: String?, nameSv: String?, businessID: String?)
    case restore(backup: String)
    case backups
    case personExport(query: String, output: String?)
    case personErase(query: String, yes: Bool)
    case sync(SyncCommand.Action)
    case tag(TagCommand.Action)
    case help
    case version
}

/// Everything parsed from the command line; the UI launcher reads the display options.
struct Options: Equatable {
    var command: Command = .ui
    var databasePath: String?
    var language: String?
    var theme: String?
    var noColor = false
    /// Headless UI test mode: replay keys from a file at a fixed size and dump the screen.
    var replayFile: String?
    var size: (width: Int, height: Int)?
    var screenDump: String?

    static func == (a: Options, b: Options) -> Bool {
        a.command == b.command && a.databasePath == b.databasePath && a.language == b.language && a.theme == b.theme
            && a.noColor == b.noColor && a.replayFile == b.replayFile && a.size?.width == b.size?.width
            && a.size?.height == b.size?.height && a.screenDump == b.screenDump
    }

    /// The database the command works on: `--db`, else the default (or demo) location.
    func resolvedDatabasePath(environment: [String: String]) -> String {
        if let databasePath { return databasePath }
        if command == .demoUI { return StorePaths.demoDatabasePath(environment: environment) }
        return StorePaths.defaultDatabasePath(environment: environment)
    }
}

/// Wrong usage: exit code 2 with a message and a hint to `--help`.
enum UsageError: Error, Equatable {
    case unknownOption(String)
    case unknownCommand(String)
    case missingArgument(String)
    case missingValue(option: String)
    case badValue(option: String, value: String)
    case notValidHere(option: String)
    case unexpectedArgument(String)

    func message(_ language: Language) -> String {
        let l = L(language)
        let text: String
        switch self {
        case .unknownOption(let o): text = l["cli.unknown_option", o]
        case .unknownCommand(let c): text = l["cli.unknown_command", c]
        case .missingArgument(let what): text = l["cli.missing_argument", what]
        case .missingValue(let o): text = l["cli.missing_value", o]
        case .badValue(let o, let v): text = l["cli.bad_value", o, v]
        case .notValidHere(let o): text = l["cli.not_valid_here", o]
        case .unexpectedArgument(let a): text = l["cli.unexpected_argument", a]
        }
        return "kumppani: " + text + "\n" + l["cli.see_help"]
    }
}

enum ExitCode {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 2
}

enum KumppaniVersion {
    static let current = "0.1.0"
}
