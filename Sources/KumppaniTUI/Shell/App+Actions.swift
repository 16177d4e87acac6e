import Foundation
import Kumppani

/// The app's own actions: the program menu, global keys and the welcome view.
extension App {
    /// Second steps of two-step actions (dialog answers); not in the key table.
    static let importConfirmed: ActionID = "import-confirmed"
    static let quitConfirmed: ActionID = "quit-confirmed"

    func runAppAction(_ action: ActionID, argument: String?) {
        let arg = argument.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        switch action {
        case .switchDirectory: switchPane(.directory)
        case .switchGrants: switchPane(.grants)
        case .switchMeetings: switchPane(.meetings)
        case .switchPremises: switchPane(.premises)
        case .help: pushOverlay(.help(HelpState()))
        case .palette: pushOverlay(.palette(PaletteState()))
        case .menu: pushOverlay(.menu(MenuState()))
        case .cancel: state.status = nil
        case .redraw: requestRedraw()
        case .search:
            if state.showsWelcome || perform(.search, in: state.currentPane, argument: arg) == .ignored {
                post(l["shell.search.none"])
            }
        case .quit:
            if let busy = panes.first(where: { $0.hasUnsavedWork }) {
                push(DialogRequest(title: l["shell.quit.title"],
                                   kind: .confirm(message: l["shell.quit.unsaved", l[busy.titleKey]]),
                                   action: App.quitConfirmed))
            } else {
                quitNow()
            }
        case App.quitConfirmed: quitNow()
        case .language:
            let next: Language = arg.flatMap { Language(rawValue: $0.lowercased()) } ?? state.language.next
            setLanguage(next)
            post(l["shell.language.changed"])
        case .theme: chooseTheme(arg)
        case .loadDemo: loadDemo()
        case .draft, App.draftAnswered, App.draftDeleteConfirmed: runDraftAction(action, argument: arg)
        case .importAssociations: importAssociations(arg)
        case App.importConfirmed: importAssociations(arg, confirmed: true)
        case .exportAssociations:
            fileAction(action, arg, title: "shell.export.title", defaultName: "shell.file.associations", ext: "csv") { path in
                // Pane 1's search or filters narrow the export to the list on screen.
                if let ids = directoryListIDs() {
                    let n = try withProgress(l["shell.export.title"]) { try services.exportAssociations(path: path, ids: ids, progress: $0) }
                    return l[directoryHasMarks() ? "directory.export.done_marked" : "directory.export.done_list", n, path]
                }
                let n = try withProgress(l["shell.export.title"]) { try services.exportAssociations(path: path, progress: $0) }
                return l["shell.export.done", n, path]
            }
        case .exportAll:
            fileAction(action, arg, title: "shell.export_all.title", defaultName: "shell.file.all", ext: "json") { path in
                let n = try withProgress(l["shell.export_all.title"]) { try services.exportAll(path: path, progress: $0) }
                return l["shell.export_all.done", n, path]
            }
        case .backup:
            fileAction(action, arg, title: "shell.backup.title", defaultName: "shell.file.backup", ext: "sqlite") { path in
                try services.backup(to: path)
                return l["shell.backup.done", path]
            }
        case .exchangeFolder: exchangeWithFolder(arg)
        case .syncConflicts: showSyncConflict(answered: nil)
        case _ where action.rawValue.hasPrefix(App.syncConflictAnswered):
            showSyncConflict(answered: (Int64(action.rawValue.dropFirst(App.syncConflictAnswered.count)), arg.flatMap { Int($0) }))
        default:
            post(l["shell.action.unknown", action.rawValue], kind: .error)
        }
    }

    /// Asks for a path (prefilled with a dated name) unless one was given, then runs `work`.
    private func fileAction(_ action: ActionID, _ path: String?, title: String, defaultName: String, ext: String,
                            _ work: (String) throws -> String) {
        guard let path else {
            let suggestion = "\(l[defaultName])-\(makeContext().todayISO).\(ext)"
            push(DialogRequest(title: l[title], kind: .prompt(label: l["shell.prompt.path"], initial: suggestion),
                               action: action))
            return
        }
        do {
            post(try work(expand(path)))
        } catch {
            post(describe(error), kind: .error)
        }
    }

    /// Import in two steps: a dry run shows what would happen, a confirmation imports.
    private func importAssociations(_ path: String?, confirmed: Bool = false) {
        guard let path else {
            push(DialogRequest(title: l["shell.import.title"], kind: .prompt(label: l["shell.import.ask"], initial: ""),
                               action: .importAssociations))
            return
        }
        let full = expand(path)
        do {
            let summary = confirmed
                ? try withProgress(l["shell.import.title"]) { progress in
                    try services.importAssociations(path: full, dryRun: false, progress: progress)
                }
                : try services.importAssociations(path: full, dryRun: true, progress: { _ in })
            if confirmed {
                refreshEmptiness()
                activate(state.currentPane)
                post(summary.report ?? l["shell.import.done", summary.inserted, summary.updated, summary.unchanged])
                return
            }
            // All-or-nothing: with problems the file is refused outright, so no counts are shown.
            // The advice comes before the rows, since a long dialog is cut at the bottom.
            if !summary.problems.isEmpty {
                var text = l["shell.import.refused", full, summary.problems.count] + "\n" + l["shell.import.fix"]
                for problem in summary.problems.prefix(3) { text += "\n" + problem }
                if summary.problems.count > 3 { text += "\n" + l["shell.import.more", summary.problems.count - 3] }
                push(DialogRequest(title: l["shell.import.title"], kind: .message(text: text)))
                return
            }
            let text = summary.report.map { full + "\n" + $0 } ?? l["shell.import.preview", full, summary.inserted, summary.updated, summary.unchanged]
            if summary.inserted + summary.updated == 0 {
                push(DialogRequest(title: l["shell.import.title"], kind: .message(text: text + "\n" + l["shell.import.nothing"])))
            } else {
                push(DialogRequest(title: l["shell.import.title"], kind: .confirm(message: text + "\n" + l["shell.import.confirm"]),
                                   action: App.importConfirmed, argument: full))
            }
        } catch {
            post(describe(error), kind: .error)
        }
    }

    private func loadDemo() {
        do {
            try withProgress(l["shell.demo.loading"]) { progress in try services.loadDemoData(progress: progress) }
            refreshEmptiness()
            activate(state.currentPane)
            post(l["shell.demo.done"])
        } catch {
            post(describe(error), kind: .error)
        }
    }

    private func chooseTheme(_ name: String?) {
        let themes = services.availableThemes()
        if let name {
            if themes.contains(name) {
                setTheme(name)
                requestRedraw()
                post(l["shell.theme.changed", name])
            } else {
                post(l["shell.theme.unknown", name, themes.joined(separator: ", ")], kind: .error)
            }
            return
        }
        guard !themes.isEmpty else { post(l["shell.theme.none"], kind: .error); return }
        push(DialogRequest(title: l["shell.theme.title"],
                           kind: .choice(options: themes, selected: themes.firstIndex(of: state.themeName) ?? 0),
                           action: .theme))
    }

    func expand(_ path: String) -> String { PathText.expandingTilde(path) }

    func describe(_ error: Error) -> String { Self.describe(error, language: state.language) }

    /// The message for an error the user meets (also for background work: `SearchIndexCompleter`).
    static func describe(_ error: Error, language: Language) -> String {
        if let e = error as? UserFacingError { return e.message(language) }
        return L(language)["shell.error.generic", String(describing: error)]
    }

    // MARK: Generated from the key table

    /// The menu bar: the program menu, then one menu per pane.
    func menus() -> [Menu] {
        var result = [Menu(id: .program, title: l["shell.menu.program"],
                           items: KeyBindings.global.filter { $0.menu == .program }.map { Menu.Item(binding: $0, target: .app) })]
        for id in PaneID.allCases {
            var items = KeyBindings.global.filter { $0.menu == .pane(id) }.map { Menu.Item(binding: $0, target: .app) }
            if id == .directory && state.databaseIsEmpty {
                items += KeyBindings.welcome.filter { $0.menu == .pane(id) }.map { Menu.Item(binding: $0, target: .app) }
            } else {
                items += pane(id).bindings.filter { $0.menu == .pane(id) }.map { Menu.Item(binding: $0, target: .pane(id)) }
            }
            result.append(Menu(id: .pane(id), title: l[pane(id).titleKey], items: items))
        }
        return result
    }

    /// Everything the palette can run: the app's actions, then every pane's actions.
    func paletteCommands() -> [PaletteCommand] {
        let skip: Set<ActionID> = [.palette, .cancel, .menu]
        var result = KeyBindings.global.filter { !skip.contains($0.action) }
            .map { PaletteCommand(binding: $0, target: .app, label: l[$0.labelKey]) }
        if state.databaseIsEmpty {
            result += KeyBindings.welcome.filter { $0.action == .loadDemo }
                .map { PaletteCommand(binding: $0, target: .app, label: l[$0.labelKey]) }
        }
        for id in PaneID.allCases {
            let p = pane(id)
            result += p.bindings.map { b in
                let label = id == state.currentPane ? l[b.labelKey] : "\(l[p.titleKey]): \(l[b.labelKey])"
                return PaletteCommand(binding: b, target: .pane(id), label: label)
            }
        }
        return result
    }

    /// Help: the global keys, the welcome view's or the current pane's, then the editing keys.
    func helpGroups() -> [HelpGroup] {
        var groups = [HelpGroup(title: l["shell.help.global"], bindings: KeyBindings.global)]
        if state.showsWelcome {
            groups.append(HelpGroup(title: l["shell.welcome.title"], bindings: KeyBindings.welcome))
        } else {
            if state.currentPane == .directory {
                // The list's marks explain the list's keys; the marked rows' keys and saved searches follow them.
                let bulk = Set(DirectoryBindings.bulk.map(\.action.rawValue))
                groups.append(HelpGroup(title: l[currentPane.titleKey], bindings: currentPane.bindings.filter { !bulk.contains($0.action.rawValue) }))
                groups.append(HelpGroup(title: l["directory.marks.title"], bindings: DirectoryBindings.marks))
                groups.append(HelpGroup(title: l["directory.bulk.help_title"], bindings: currentPane.bindings.filter { bulk.contains($0.action.rawValue) }))
            } else {
                groups.append(HelpGroup(title: l[currentPane.titleKey], bindings: currentPane.bindings))
            }
        }
        // The editing keys are the same everywhere: last, so the pane's own stay on the first page;
        // first while a form or editor has the keyboard, since those are the keys that work there.
        let editing = HelpGroup(title: l["text.help.title"], bindings: TextKeys.bindings)
        if currentPane.isCapturingText && !state.showsWelcome { groups.insert(editing, at: 0) } else { groups.append(editing) }
        return groups
    }
}
