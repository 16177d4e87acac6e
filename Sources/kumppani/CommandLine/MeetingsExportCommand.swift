import Foundation
import Kumppani

/// `kumppani export minutes|agenda --meeting ID|n/yyyy --format md|html|txt` and
/// `kumppani export calendar`; stdout unless `--output`.
enum MeetingsExportCommand {
    static func document(_ c: CommandContext, minutes: Bool, meeting: String, format: DocumentFormat, output: String?) -> Int32 {
        write(c, output: output) { store in
            let s = MeetingStore(store: store)
            let m = try s.findMeeting(meeting)
            return minutes ? try s.exportMinutes(meetingID: m.id, format: format, language: c.language)
                : try s.exportAgenda(meetingID: m.id, format: format, language: c.language)
        }
    }

    static func calendar(_ c: CommandContext, output: String?) -> Int32 {
        write(c, output: output) { store in try MeetingStore(store: store).exportCalendar(language: c.language) }
    }

    private static func write(_ c: CommandContext, output: String?, _ make: (Store) throws -> String) -> Int32 {
        let store: Store
        switch c.openStore(create: false) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        do {
            let text = try make(store)
            let sink = try output.map { try ExportSink.file($0) } ?? ExportSink.standardOutput()
            try sink.write(text)
            try sink.commit()
            return ExitCode.success
        } catch let error as MeetingReferenceError {
            return c.fail(error.message(c.language))
        } catch let error as MeetingError {
            return c.fail(error.message(c.language))
        } catch let error as ExportError {
            return c.fail(error.message(c.language))
        } catch {
            return c.fail("\(error)")
        }
    }
}
