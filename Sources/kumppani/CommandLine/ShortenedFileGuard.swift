import Glibc

// A handler can only reach globals: the line it prints, made before the handler is installed.
nonisolated(unsafe) private var shortenedLine = UnsafeMutablePointer<UInt8>.allocate(capacity: 1024)
nonisolated(unsafe) private var shortenedLineCount = 0

/// An import reads its file through a memory map (a 1 GB file is not 1 GB of memory). If another
/// program shortens the file meanwhile, the next page read raises SIGBUS: instead of a crash
/// report this prints one line and exits 1. The import is one transaction that has not committed,
/// so the database keeps every byte it had.
enum ShortenedFileGuard {
    static func install(message: String) {
        let bytes = Array((message + "\n").utf8.prefix(1023))
        for (i, b) in bytes.enumerated() { shortenedLine[i] = b }
        shortenedLineCount = bytes.count
        var action = sigaction()
        action.__sigaction_handler.sa_handler = onShortenedFile
        sigemptyset(&action.sa_mask)
        sigaction(SIGBUS, &action, nil)
    }
}

private func onShortenedFile(_ signal: Int32) {
    _ = write(STDERR_FILENO, shortenedLine, shortenedLineCount)
    _exit(1)
}
