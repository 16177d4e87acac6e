import Foundation
import Kumppani

extension ActionID {
    /// Shows the draft an interrupted session left (`<db>.luonnos.txt`) and offers to delete it.
    public static let draft: ActionID = "draft"
}

/// The draft view: the text a signal saved from an open form, with the choice to keep the file or
/// delete it (after a yes), so the user never has to find the file in a shell.
extension App {
    static let draftAnswered: ActionID = "draft-answered"
    static let draftDeleteConfirmed: ActionID = "draft-delete-confirmed"
    /// The view shows this much of the file; a form with a huge description must not slow the UI.
    static let draftShownCharacters = 20_000

    func runDraftAction(_ action: ActionID, argument: String?) {
        let path = Self.draftPath(forDatabase: services.databasePath)
        switch action {
        case App.draftAnswered:
            if argument == App.draftRestoreChoice { restoreDraftIntoForm(textPath: path); return }
            guard argument == "1" else { post(l["drafts.kept", path]); return }
            push(DialogRequest(title: l["drafts.title"], kind: .confirm(message: l["drafts.delete_confirm", path]),
                               action: App.draftDeleteConfirmed))
        case App.draftDeleteConfirmed:
            do {
                try FileManager.default.removeItem(atPath: path)
                // The restore copy goes with the text: alone it would offer to restore a deleted draft.
                try? FileManager.default.removeItem(atPath: DraftSidecar.path(forDatabase: services.databasePath))
                post(l["drafts.deleted", path])
            } catch {
                post(l["drafts.delete_failed", path, error.localizedDescription], kind: .error)
            }
        default:
            showLeftoverDraft(path)
        }
    }

    /// The text, with "Restore into the form" as a third choice (chosen already) when the sidecar
    /// holds a form that can be reopened; a sidecar that cannot be used leaves the text view with a note.
    func showLeftoverDraft(_ path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { post(l["drafts.none"]); return }
        // Invalid bytes become U+FFFD; control characters are made visible by `Frame.put`.
        var text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count > App.draftShownCharacters { text = String(text.prefix(App.draftShownCharacters)) + "\n" + l["drafts.more"] }
        var message = l["drafts.intro", path] + "\n\n" + text
        var options = [l["drafts.keep"], l["drafts.delete"]]
        var selected = 0
        switch DraftSidecar.read(at: DraftSidecar.path(forDatabase: services.databasePath)) {
        case .restorable(let sidecar):
            message = Self.restorableIntro(sidecar.payload, path: path, l: l) + "\n\n" + text
            options.append(l["drafts.restore"])
            selected = options.count - 1   // keys 1 and 2 stay keep and delete, as for every draft
        case .unusable(let noteKey):
            message = l[noteKey] + "\n" + message
        case .none:
            break
        }
        push(DialogRequest(title: l["drafts.title"], kind: .options(message: message, options: options, selected: selected),
                           action: App.draftAnswered))
    }

    /// Says which form the restore choice reopens.
    static func restorableIntro(_ payload: DraftSidecar.Payload, path: String, l: L) -> String {
        switch payload {
        case .association: return l["drafts.intro_restorable", path]
        case .contactLog(let log):
            let name = log.associationName.trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? l["drafts.intro_restorable_log_unnamed", path] : l["drafts.intro_restorable_log", path, name]
        case .grantApplication:
            return l["drafts.intro_restorable_application", path]
        case .form(let form):
            if let prompt = form.prompt { return l["drafts.intro_restorable_prompt", path, prompt.title] }
            return l["drafts.intro_restorable_form", path, l["drafts.form_name.\(form.form)"]]
        }
    }
}
