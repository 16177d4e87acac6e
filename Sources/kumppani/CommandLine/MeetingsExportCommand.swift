import Foundation
import Kumppani

/// `kumppani export minutes|agenda --meeting ID|n/yyyy --format md|html|txt` and
/// `kumppani export calendar`; stdout unless `--output`.
enum MeetingsExportCommand {
    static func document(_ c: CommandContext, minutes: Bool, meeting: String, format: DocumentFormat, output: String?) -> Int32 {
        write(c, output: output) { store in
            let s = MeetingStore(store: store)
            let m = try s.findMeeting(meeting)
            // The body's document language unless `--lang` says otherwise (never LANG).
            if c.options.language == nil, try s.body(m.bodyID)?.bilingual == true {
                return try s.exportInBodyLanguage(meetingID: m.id, minutes: minutes, format: format)
            }
            let language = try GrantsExportCommand.documentLanguage(c, store: store, bodyID: m.bodyID)
            return minutes ? try s.exportMinutes(meetingID: m.id, format: format, language: language)
                : try s.exportAgenda(meetingID: m.id, format: format, language: language)
        }
    }

    static func calendar(_ c: CommandContext, output: String?) -> Int32 {
        write(c, output: output) { store in try MeetingStore(store: store).exportCalendar(language: c.language) }
    }

    private static func write(_ c: CommandContext, output: String?, _ make: (Store) throws -> String) -> Int32 {
        c.writeExport(output: output, describe: { error in
            if let error = error as? MeetingReferenceError { return error.message(c.language) }
            if let error = error as? MeetingError { return error.message(c.language) }
            return nil
        }, make)
    }
}
