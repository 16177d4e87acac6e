import Foundation
import Kumppani

/// What acts on the marked rows (or the current one): add or remove a tag, export them as CSV,
/// and write their e-mail list. Files are written through the services (`context.writeDocument`).
extension DirectoryPane {
    func performOnMarked(_ action: DirectoryAction, argument: String?, context: inout PaneContext) -> PaneResult {
        let l = context.l
        let dir = directory(context)
        // A marked association deleted or merged away since is no longer a target.
        if !home.bulk.marks.isEmpty, let alive = try? dir.existing(home.bulk.marks), alive != home.bulk.marks {
            home.bulk.marks = alive
            marksChanged(context: context)
        }
        let targets = bulkTargets
        guard !targets.isEmpty else { return nothingSelected(&context) }
        let what = bulkTargetText(context)
        switch action {
        case .tagAdd:
            openTagPrompt(initial: "", what: what, dir: dir, context: &context)
        case .tagAddNamed:
            guard let name = argument else { return .ignored }
            do {
                let added = try dir.addTag(name, to: targets)
                let stored = (try? dir.tag(named: name))??.name ?? name
                context.post(l[added == 1 ? "directory.tag.added_one" : "directory.tag.added", stored, added])
                reload(context: context, keeping: selectedID)
            } catch {
                // A refused name (too long, empty) comes back to be mended, not typed again.
                failBulk(error, &context)
                openTagPrompt(initial: name, what: what, dir: dir, context: &context)
            }
        case .tagRemove:
            let names = Set(((try? dir.tagNames(of: targets)) ?? [:]).values.flatMap { $0 })
            guard !names.isEmpty else { context.post(l["directory.tag.none_on_set"]); return .handled }
            home.bulk.choices = names.sorted(by: FinnishCollation.areInIncreasingOrder)
            context.open(DialogRequest(title: l["directory.tag.remove_title", what], kind: .choice(options: home.bulk.choices, selected: 0),
                                       action: DirectoryAction.tagRemoveChosen.id))
        case .tagRemoveChosen:
            guard let name = chosen(argument) else { return .ignored }
            do {
                let removed = try dir.removeTag(name, from: targets)
                context.post(l[removed == 1 ? "directory.tag.removed_one" : "directory.tag.removed", name, removed])
                reload(context: context, keeping: selectedID)
            } catch { failBulk(error, &context) }
        case .exportMarked:
            context.open(DialogRequest(title: l["directory.bulk.export_title", what],
                                       kind: .prompt(label: l["directory.bulk.file"], initial: "~/" + l["shell.file.associations"] + ".csv"),
                                       action: DirectoryAction.exportMarkedTo.id))
        case .exportMarkedTo:
            guard let path = cleanPath(argument) else { return .ignored }
            do {
                let csv = try AssociationExport.csvText(from: context.store.database, ids: targets, today: context.todayISO)
                try context.writeDocument(csv.text, path)
                context.post(l["directory.bulk.exported", csv.count, path])
            } catch {
                context.post(l["directory.bulk.failed", path, (error as NSError).localizedDescription], kind: .error)
            }
        case .emailList:
            context.open(DialogRequest(title: l["directory.email.title", what],
                                       kind: .prompt(label: l["directory.email.file"], initial: "~/" + l["directory.email.default_file"]),
                                       action: DirectoryAction.emailListTo.id))
        case .emailListTo:
            guard let path = cleanPath(argument) else { return .ignored }
            do {
                let list = try EmailList.make(ids: targets, directory: dir, today: context.todayISO, language: context.language)
                try context.writeDocument(list.document(for: path, language: context.language), path)
                context.post(l["directory.email.written", list.recipients.count, list.skipped.count, path])
            } catch {
                context.post(l["directory.bulk.failed", path, (error as NSError).localizedDescription], kind: .error)
            }
        default:
            return .ignored
        }
        return .handled
    }

    private func openTagPrompt(initial: String, what: String, dir: DirectoryStore, context: inout PaneContext) {
        let l = context.l
        let existing = ((try? dir.tags()) ?? []).map(\.name)
        // A few existing names as a reminder of their spelling; the dialog is one line wide.
        let shown = existing.prefix(6).joined(separator: ", ") + (existing.count > 6 ? ", …" : "")
        let label = existing.isEmpty ? l["directory.tag.name_new"] : l["directory.tag.name", shown]
        context.open(DialogRequest(title: l["directory.tag.add_title", what], kind: .prompt(label: label, initial: initial),
                                   action: DirectoryAction.tagAddNamed.id))
    }

    /// The option a choice dialog's answer (its index) stands for.
    func chosen(_ argument: String?) -> String? {
        guard let i = argument.flatMap(Int.init), home.bulk.choices.indices.contains(i) else { return nil }
        return home.bulk.choices[i]
    }

    func cleanPath(_ argument: String?) -> String? {
        guard let path = argument?.trimmingCharacters(in: .whitespaces), !path.isEmpty else { return nil }
        return path
    }

    func failBulk(_ error: Error, _ context: inout PaneContext) {
        if let problem = error as? TagProblem { context.post(problem.message(context.language), kind: .error) } else { fail(error, &context) }
    }
}
