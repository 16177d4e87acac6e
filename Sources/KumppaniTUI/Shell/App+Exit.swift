import Foundation
import Kumppani

/// What saving on a termination signal achieved, for the one line the program prints after the
/// terminal is restored.
public struct ExitSaveReport: Equatable, Sendable {
    /// The file the unsaved form input was written to, if a form was open with changes.
    public var draftFile: String?
    /// Why something could not be saved (already localised), if anything.
    public var problem: String?
}

/// Leaving on a signal (SIGTERM, SIGHUP, SIGINT): nothing the user typed may be lost.
///
/// Minutes are flushed by every pane's `idle` (the autosave). An open form with changes is not
/// stored: its input may be half-typed and saving it would put unchecked data into the register,
/// so it is written as plain text to a draft file (mode 0600) beside the database, and the next
/// start says where that file is.
extension App {
    /// Flushes every pane and writes changed forms to the draft file. Call once, before exiting.
    public func saveForSignalExit(signal name: String) -> ExitSaveReport {
        idle()   // every pane flushes what it has (the minutes autosave)
        var report = ExitSaveReport()
        if let failed = panes.first(where: { $0.hasUnsavedWork && $0.openForm == nil }) {
            report.problem = l["signals.unsaved", l[failed.titleKey]]   // e.g. minutes refused by a locked file
        }
        let stamp = Self.stamp(clock.now(), state.language)
        guard let (text, formCount) = openDraftText(heading: { l["signals.draft.heading", $0, name, stamp] }) else {
            removeCrashDraft()   // nothing open to keep: the in-progress copy is not needed either
            return report
        }
        let path = Self.draftPath(forDatabase: services.databasePath)
        let hadText = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) > 0
        do {
            try Self.appendPrivately(text, to: path)
            report.draftFile = path
        } catch {
            report.problem = l["signals.draft_failed", path, "\(error)"]
            return report
        }
        writeDraftSidecar(textPath: path, textWasNew: !hadText, formCount: formCount)
        removeCrashDraft()   // the real draft holds it now (a failed write above keeps the copy for the next start)
        return report
    }

    /// Every open, changed form (and a changed meetings prompt) as the text draft shows it: a
    /// heading line per form (`heading` gets the pane's title) and one line per field. nil when
    /// nothing is open with changes; `count` is how many forms the text holds.
    func openDraftText(heading: (String) -> String) -> (text: String, count: Int)? {
        let forms = panes.compactMap { pane in pane.openForm.map { (pane, $0) } }.filter { $0.1.isChanged }
        let prompt = changedPrompt
        guard !forms.isEmpty || prompt != nil else { return nil }
        var text = ""
        for (pane, form) in forms {
            text += heading(l[pane.titleKey]) + "\n"
            for field in form.fields { text += "\(field.label): \(Self.display(field, l: l))\n" }
            text += "\n"
        }
        if let prompt { text += promptDraftText(prompt, heading: heading) }
        return (text, forms.count + (prompt == nil ? 0 : 1))
    }

    /// The restore copy of the first pane's open form, else of the open prompt (the text draft
    /// holds every form either way); nil when none can be put back.
    func openDraftPayload() -> DraftSidecar.Payload? {
        let today = HelsinkiTime.localParts(of: clock.now()).date
        return panes.lazy.compactMap { pane -> DraftSidecar.Payload? in
            (pane as? DraftRestoring)?.restorableDraft(today: today)
        }.first ?? restorablePrompt()
    }

    /// The machine-readable copy of an open, changed form `:draft` can put back (the association
    /// form, a contact-log entry or a grant application). Best effort: the text draft already holds everything, so a
    /// failure here only means the user retypes, and the exit line must not claim something was lost.
    private func writeDraftSidecar(textPath: String, textWasNew: Bool, formCount: Int) {
        let sidecarPath = DraftSidecar.path(forDatabase: services.databasePath)
        guard let payload = openDraftPayload() else {
            // A fresh text draft of another form: a restore copy left from an older draft would not match it.
            if textWasNew { try? FileManager.default.removeItem(atPath: sidecarPath) }
            return
        }
        let textBytes = (try? FileManager.default.attributesOfItem(atPath: textPath)[.size] as? Int) ?? 0
        let sidecar = DraftSidecar(payload: payload, textBytes: textBytes, textHoldsOnlyThis: textWasNew && formCount == 1)
        try? sidecar.write(to: sidecarPath)
    }

    /// Shows where the draft of an earlier interrupted session is, when one is there. Call once after start.
    public func announceLeftoverDraft() {
        adoptCrashDrafts()   // a form open when a process was killed becomes the draft first
        let path = Self.draftPath(forDatabase: services.databasePath)
        guard FileManager.default.fileExists(atPath: path) else { return }
        post(l["signals.draft_found", path], kind: .error)   // an error stays until the next key
    }

    /// `kumppani.sqlite` → `kumppani.sqlite.luonnos.txt` ("draft"), in the database's folder; plain
    /// ASCII so it is easy to type in any shell.
    public static func draftPath(forDatabase database: String) -> String {
        database + ".luonnos.txt"
    }

    static func stamp(_ date: Date, _ language: Language) -> String {
        let parts = HelsinkiTime.localParts(of: date)
        return parts.date.formatted(language) + " " + parts.time.formatted(language)
    }

    static func display(_ field: FormField, l: L) -> String {
        switch field.value {
        case .text(let s): return s.replacingOccurrences(of: "\n", with: "\n    ")
        case .choice(let i): return field.options.indices.contains(i) ? field.options[i] : ""
        case .checkbox(let on): return l[on ? "signals.yes" : "signals.no"]
        case .choices(let chosen): return chosen.filter { field.options.indices.contains($0) }.map { field.options[$0] }.joined(separator: ", ")
        }
    }

    /// Appends to `path`, creating it 0600 whatever the umask: the draft may hold contact details.
    static func appendPrivately(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        fchmod(fd, 0o600)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBufferPointer { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(fd, base + written, buffer.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            written += n
        }
        guard fsync(fd) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }
}
