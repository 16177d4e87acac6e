import Foundation

/// Progress goes to stderr so `--json` output on stdout stays clean.
enum BenchLog {
    static func say(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A progress line that overwrites itself (`\r`), ended by `done`.
    static func progress(_ label: String, _ fraction: Double) {
        let percent = Int((fraction * 100).rounded())
        FileHandle.standardError.write(Data("\r\(label): \(percent) %   ".utf8))
    }

    static func done(_ label: String, seconds: Double) {
        FileHandle.standardError.write(Data("\r\(label): done in \(String(format: "%.1f", seconds)) s   \n".utf8))
    }
}
