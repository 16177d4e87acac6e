import Foundation
import Kumppani

/// `kumppani init --db PATH`: a new empty database at a new path, or in an empty file (0 bytes, or
/// an SQLite database with nothing in it) the user made for it. Every other file is left untouched:
/// this is the one command that may stamp Kumppani's id into a file Kumppani did not create.
enum InitCommand {
    static func run(_ c: CommandContext) -> Int32 {
        let path = c.databasePath
        switch Store.identity(ofExisting: path) {
        case .ours?: c.out(c.l["files.init_exists", path]); return ExitCode.success
        case .other?: return c.fail(c.l["files.init_not_empty", path])
        case .empty?, nil: break
        }
        switch c.openStore(create: true, initialise: true) {
        case .failure(let error): return c.fail(error.message(c.language))
        case .success:
            c.out(c.l["files.init_done", path])
            return ExitCode.success
        }
    }
}
