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
            guard argument == "1" else { post(l["drafts.kept", path]); return }
            push(DialogRequest(title: l["drafts.title"], kind: .confirm(message: l["drafts.delete_confirm", path]),
                               action: App.draftDeleteConfirmed))
        case App.draftDeleteConfirmed:
            do {
                try FileManager.default.removeItem(atPath: path)
                post(l["drafts.deleted", path])
            } catch {
                post(l["drafts.delete_failed", path, error.localizedDescription], kind: .error)
            }
        default:
            showLeftoverDraft(path)
        }
    }

    private func showLeftoverDraft(_ path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { post(l["drafts.none"]); return }
        // Invalid bytes become U+FFFD; control characters are made visible by `Frame.put`.
        var text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count > App.draftShownCharacters { text = String(text.prefix(App.draftShownCharacters)) + "\n" + l["drafts.more"] }
        let message = l["drafts.intro", path] + "\n\n" + text
        push(DialogRequest(title: l["drafts.title"],
                           kind: .options(message: message, options: [l["drafts.keep"], l["drafts.delete"]], selected: 0),
                           action: App.draftAnswered))
    }
}
