import Foundation
import Kumppani

/// Parses the arguments and runs the command; returns the exit code.
enum CommandRunner {
    static func run(arguments: [String], environment: [String: String]) -> Int32 {
        let early = Language.resolve(option: ArgumentParser.languageOption(arguments), environment: environment)
        let options: Options
        do {
            options = try ArgumentParser.parse(arguments)
        } catch let error as UsageError {
            FileHandle.standardError.write(Data(CommandContext.forDescriptor(2, error.message(early) + "\n")))
            return ExitCode.usage
        } catch {
            return ExitCode.usage
        }
        let c = CommandContext(options: options, language: Language.resolve(option: options.language, environment: environment),
                               environment: environment)
        switch options.command {
        case .help:
            c.out(c.l["cli.help"])
            return ExitCode.success
        case .version:
            c.out("kumppani \(KumppaniVersion.current)")
            return ExitCode.success
        case .ui:
            return runInteractiveUI(c)
        case .demoUI:
            let code = DemoCommand.ensureDemoDatabase(c)
            guard code == ExitCode.success else { return code }
            var withPath = options
            withPath.databasePath = c.databasePath
            return runInteractiveUI(CommandContext(options: withPath, language: c.language, environment: environment))
        case .demo(let associations, let seed):
            return DemoCommand.run(c, associations: associations, seed: seed)
        case .initialise:
            return InitCommand.run(c)
        case .importAssociations(let file, let dryRun, let allowDuplicates):
            return ImportCommand.run(c, file: file, dryRun: dryRun, allowDuplicates: allowDuplicates)
        case .importYTJ(let file, let region, let county, let dryRun):
            return YTJImportCommand.run(c, file: file, region: region, county: county, dryRun: dryRun)
        case .exportAssociations(let format, let output, let search, let tag):
            return ExportCommand.associations(c, format: format, output: output, search: search, tag: tag)
        case .exportAll(let output):
            return ExportCommand.all(c, output: output)
        case .exportDecisions(let round, let format, let output):
            return GrantsExportCommand.decisions(c, round: round, format: format, output: output)
        case .exportLetter(let application, let format, let output):
            return GrantsExportCommand.letter(c, application: application, format: format, output: output)
        case .exportGrants(let format, let output):
            return GrantsExportCommand.grants(c, format: format, output: output)
        case .exportMeetingDocument(let minutes, let meeting, let format, let output):
            return MeetingsExportCommand.document(c, minutes: minutes, meeting: meeting, format: format, output: output)
        case .exportCalendar(let output):
            return MeetingsExportCommand.calendar(c, output: output)
        case .exportPremises(let what, let format, let output):
            return ReportCommand.premises(c, what: what, format: format, output: output)
        case .reportBenefits(let year, let by, let format, let output):
            return ReportCommand.benefits(c, year: year, by: by, format: format, output: output)
        case .check:
            return CheckCommand.run(c)
        case .backup(let destination):
            return BackupCommand.run(c, destination: destination)
        case .audit(let since):
            return AuditCommand.run(c, since: since)
        case .followUps(let until):
            return FollowUpsCommand.run(c, until: until)
        case .county(let nameFi, let nameSv, let businessID):
            return CountyCommand.run(c, nameFi: nameFi, nameSv: nameSv, businessID: businessID)
        case .restore(let backup):
            return RestoreCommand.run(c, backup: backup)
        case .backups:
            return RestoreCommand.list(c)
        case .personExport(let query, let output):
            return PersonCommand.export(c, query: query, output: output)
        case .personErase(let query, let yes):
            return PersonCommand.erase(c, query: query, yes: yes)
        case .sync(let action):
            return SyncCommand.run(c, action)
        case .tag(let action):
            return TagCommand.run(c, action)
        }
    }
}
