import Kumppani

/// Moving between the screens: Enter opens the row's board or application, Esc goes back to the
/// screen the shown one carries, and the side views open over what is shown.
extension GrantsPane {
    mutating func open(context: inout PaneContext) {
        switch screen {
        case .rounds:
            guard let round = selectedRound else { context.post(context.l["grants.status.no_round"], kind: .error); return }
            attempt(context: &context) { pane, ctx in
                pane.screen = .board(try BoardScreen.load(round, home: pane.home, store: ctx.store, today: ctx.today))
            }
        case .board, .list:
            guard let id = currentApplicationID else { return }
            attempt(context: &context) { pane, ctx in
                pane.screen = .application(try ApplicationScreen.load(id, returnTo: pane.screen, store: ctx.store, today: ctx.today,
                                                                      language: ctx.language))
            }
        case .application, .charts: break
        }
    }

    mutating func back() -> PaneResult {
        guard let previous = screen.back else { return .ignored }
        screen = previous
        return .handled
    }

    /// A side list over the screen shown (or instead of another side view, keeping where that goes back to).
    mutating func showList(_ list: SideList) {
        screen = .list(ListScreen(list: list, returnTo: screen.sideReturn))
    }

    mutating func showCharts(year: Int, context: PaneContext) throws {
        screen = .charts(try ChartsScreen.load(year: year, returnTo: screen.sideReturn, store: context.store, language: context.language))
    }
}
