import Foundation
import Kumppani

/// What the in-progress copy of the open form has done this session (`App.crashDraft`).
struct CrashDraftState {
    /// The file this app wrote and has not removed yet.
    var writtenPath: String?
    /// The text and restore copy last written (without the time in the headings), so an
    /// unchanged form is not written again.
    var lastWritten: String?
    /// When the open form was last looked at for a copy (at most every `crashDraftInterval`).
    var lastCheck: Date?
    /// A failed write is said once; later failures stay quiet (the copy is retried at the same pace).
    var failureShown = false
}

/// The in-progress copy (`<db>.kesken-<pid>.json`, "unfinished"): a signal's draft needs a
/// catchable signal, so a form half typed when the process is killed (`kill -9`), crashes or the
/// power goes would be lost. While a form (or a meetings prompt) is open with changes, the idle
/// tick keeps its text and restore copy in that file, at most every ~2 s and only after a change;
/// the next start turns the file of a process that is gone into the usual draft
/// (`<db>.luonnos.txt` + `.json`), so the start message and `:draft` work unchanged. Nothing
/// goes into the database, and a key never waits for this beyond one small file write.
extension App {
    static let crashDraftInterval: TimeInterval = 2

    /// `kumppani.sqlite` → `kumppani.sqlite.kesken-4711.json`, beside the database.
    public static func crashDraftPath(forDatabase database: String, pid: Int32 = getpid()) -> String {
        database + ".kesken-\(pid).json"
    }

    /// The idle tick's part: a fresh copy when the open form changed since the last one.
    func keepCrashDraft() {
        dropCrashDraftIfDone()
        let now = clock.now()
        if let last = crashDraft.lastCheck, abs(now.timeIntervalSince(last)) < Self.crashDraftInterval { return }
        let stamp = Self.stamp(now, state.language)
        // The comparison leaves the time out: only a changed value is a reason to write.
        guard let (bare, _) = openDraftText(heading: { l["crashdraft.heading", $0, ""] }) else { return }
        crashDraft.lastCheck = now
        let payload = openDraftPayload()
        let sidecar = payload.map { DraftSidecar(payload: $0, textBytes: 0, textHoldsOnlyThis: false) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]   // sorted: the same values give the same text
        let sidecarJSON = sidecar.flatMap { try? encoder.encode($0) }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        let fingerprint = bare + "\u{0}" + sidecarJSON
        guard fingerprint != crashDraft.lastWritten,
              let (text, count) = openDraftText(heading: { l["crashdraft.heading", $0, stamp] }) else { return }
        let path = Self.crashDraftPath(forDatabase: services.databasePath)
        let file = CrashDraftFile(pid: getpid(), boot: CrashDraftFile.currentBoot(), text: text, formCount: count, draft: sidecar)
        do {
            try PrivateFile.write(try encoder.encode(file), to: path)
            crashDraft.writtenPath = path
            crashDraft.lastWritten = fingerprint
        } catch {
            guard !crashDraft.failureShown else { return }
            crashDraft.failureShown = true
            post(l["crashdraft.write_failed", reason(error)], kind: .error)
        }
    }

    /// Removes the copy once no form is open with changes (saved, discarded or closed). Cheap
    /// when nothing was written, so it runs after every event.
    func dropCrashDraftIfDone() {
        guard crashDraft.writtenPath != nil else { return }
        let open = changedPrompt != nil || panes.contains { $0.openForm?.isChanged == true }
        if !open { removeCrashDraft() }
    }

    /// Removes this app's copy (a normal quit, a signal's draft written, the form closed).
    public func removeCrashDraft() {
        if let path = crashDraft.writtenPath { unlink(path) }
        crashDraft.writtenPath = nil
        crashDraft.lastWritten = nil
        crashDraft.lastCheck = nil
    }

    /// At start: every copy left by a process that is gone becomes the usual draft (its text
    /// appended to the text draft, its restore copy kept when there is none yet), then the file
    /// goes. Another running window's copy is left alone.
    func adoptCrashDrafts() {
        let database = services.databasePath
        let folder = PathText.folder(of: database)
        let prefix = PathText.name(of: database) + ".kesken-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where name.hasPrefix(prefix) && name.hasSuffix(".json") {
            let digits = name.dropFirst(prefix.count).dropLast(".json".count)
            guard let pid = Int32(digits), pid > 0 else { continue }
            adoptCrashDraft(at: PathText.join(folder, name), pid: pid)
        }
    }

    private func adoptCrashDraft(at path: String, pid: Int32) {
        guard let data = FileManager.default.contents(atPath: path),
              let file = try? JSONDecoder().decode(CrashDraftFile.Text.self, from: data) else { return }   // unreadable: left as it is
        guard !CrashDraftFile.isRunning(pid: pid, boot: file.boot) else { return }
        let textPath = Self.draftPath(forDatabase: services.databasePath)
        let hadText = ((try? FileManager.default.attributesOfItem(atPath: textPath)[.size] as? Int) ?? 0) > 0
        do {
            try Self.appendPrivately(file.text, to: textPath)
        } catch {
            post(l["crashdraft.adopt_failed", path, textPath, reason(error)], kind: .error)   // the copy stays for the next start
            return
        }
        let sidecarPath = DraftSidecar.path(forDatabase: services.databasePath)
        if var sidecar = (try? JSONDecoder().decode(CrashDraftFile.self, from: data))?.draft {
            if !FileManager.default.fileExists(atPath: sidecarPath) {
                sidecar.textBytes = (try? FileManager.default.attributesOfItem(atPath: textPath)[.size] as? Int) ?? 0
                sidecar.textHoldsOnlyThis = !hadText && file.formCount == 1
                try? sidecar.write(to: sidecarPath)   // best effort: the text draft holds everything
            }
        } else if !hadText {
            // A fresh text draft of a form that cannot be put back: an older restore copy would not match it.
            unlink(sidecarPath)
        }
        unlink(path)
        // A temporary copy the process was writing when it stopped (`PrivateFile`'s name for it).
        unlink(PathText.join(PathText.folder(of: path), ".\(PathText.name(of: path)).partial-\(pid)"))
    }

    private func reason(_ error: Error) -> String {
        (error as? ExportError)?.message(state.language) ?? "\(error)"
    }
}

/// The in-progress copy as stored: whose it is, the text draft's lines and the restore copy.
struct CrashDraftFile: Codable {
    static let currentVersion = 1
    var version = CrashDraftFile.currentVersion
    var pid: Int32
    /// The kernel's boot id when written (Linux): a process id from before a restart names
    /// another process now, so a copy from an earlier boot is never "running".
    var boot: String?
    var text: String
    var formCount: Int
    var draft: DraftSidecar?

    init(pid: Int32, boot: String?, text: String, formCount: Int, draft: DraftSidecar?) {
        self.pid = pid; self.boot = boot; self.text = text; self.formCount = formCount; self.draft = draft
    }

    /// What a start needs even from a copy whose restore part this version cannot read.
    struct Text: Decodable {
        var boot: String?
        var text: String
        var formCount: Int
    }

    static func currentBoot() -> String? {
        guard let data = FileManager.default.contents(atPath: "/proc/sys/kernel/random/boot_id") else { return nil }
        let id = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return id.isEmpty ? nil : id
    }

    /// Whether the process that wrote the copy may still be typing into it: it exists (EPERM:
    /// it does, as another user) and the machine has not restarted since.
    static func isRunning(pid: Int32, boot: String?) -> Bool {
        if let boot, let now = currentBoot(), boot != now { return false }
        return kill(pid, 0) == 0 || errno != ESRCH
    }
}
