import Foundation
import Kumppani

/// Starts the full-screen UI. Stub: the UI-shell engineer replaces this file.
func runInteractiveUI(options: Options) -> Int32 {
    FileHandle.standardError.write(Data("UI not yet wired\n".utf8))
    return ExitCode.failure
}
