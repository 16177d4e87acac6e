import Foundation
import Kumppani

/// What every command needs: the parsed options, the language, the environment, and output.
struct CommandContext {
    let options: Options
    let language: Language
    let environment: [String: String]

    var l: L { L(language) }
    var databasePath: String { options.resolvedDatabasePath(environment: environment) }

    func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints a failure the user can fix and returns exit code 1.
    func fail(_ text: String) -> Int32 {
        err("kumppani: " + text)
        return ExitCode.failure
    }

    /// Opens the database; on failure prints the store's own message.
    func openStore(create: Bool, migrate: Bool = true) -> Result<Store, StoreError> {
        do {
            return .success(try Store.open(path: databasePath, options: Store.Options(create: create, migrate: migrate)))
        } catch let error as StoreError {
            return .failure(error)
        } catch let error as DatabaseError {
            return .failure(.other(error.message))
        } catch {
            return .failure(.other("\(error)"))
        }
    }

    /// A progress line on stderr, only when a person is watching.
    var showsProgress: Bool { isatty(2) == 1 }
}
