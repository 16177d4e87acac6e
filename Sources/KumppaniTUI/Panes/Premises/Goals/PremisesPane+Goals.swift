import Kumppani

/// The strategy goals screen's actions: the goal form, deleting after asking, and linking and
/// unlinking activities, rounds (as criteria), applications and negotiation goals.
extension PremisesPane {
    mutating func performGoal(_ action: PremisesAction, argument: String?, context: inout PaneContext) -> PaneResult {
        let l = context.l
        switch action {
        case .previousGoal: screen.updateGoals { $0.move(by: -1) }
        case .nextGoal: screen.updateGoals { $0.move(by: 1) }
        case .addGoal:
            goalForm = GoalForm(language: context.language)
            return .handled
        case .editGoal:
            guard let goal = chosenGoal(&context) else { return .handled }
            goalForm = GoalForm(editing: (try? StrategyStore(store: context.store).goal(id: goal.id)) ?? goal, language: context.language)
            return .handled
        case .deleteGoal:
            guard let goal = chosenGoal(&context) else { return .handled }
            let links = screen.goals?.goalDetail?.links.count ?? 0
            context.open(DialogRequest(title: l["premises.action.delete_goal"], kind: .confirm(message: l["strategy.ui.delete_ask", goal.code, goal.title, links]),
                                       action: PremisesAction.goalDeleteConfirmed.id, argument: String(goal.id)))
            return .handled
        case .goalDeleteConfirmed:
            guard let id = argument.flatMap({ Int64($0) }) else { return .handled }
            let code = screen.goals?.goals.first { $0.id == id }?.code ?? ""
            do {
                try StrategyStore(store: context.store).deleteGoal(id: id)
                context.post(l["strategy.ui.deleted", code])
            } catch { context.post(Self.message(error, context.language), kind: .error) }
        case .linkGoal:
            guard chosenGoal(&context) != nil else { return .handled }
            context.open(DialogRequest(title: l["premises.action.link_goal"],
                                       kind: .choice(options: GoalLinkPicker.kinds.map { GoalLinkPicker.kindLabel($0, l) }, selected: 0),
                                       action: PremisesAction.linkKindChosen.id))
            return .handled
        case .linkKindChosen:
            guard let goal = chosenGoal(&context), let index = argument.flatMap({ Int($0) }), GoalLinkPicker.kinds.indices.contains(index) else { return .handled }
            let kind = GoalLinkPicker.kinds[index]
            let linked = Set((screen.goals?.goalDetail?.links ?? []).filter { $0.kind == kind }.map(\.id))
            let items = ((try? StrategyStore(store: context.store).candidates(kind, language: context.language)) ?? []).filter { !linked.contains($0.id) }
            guard !items.isEmpty else { context.post(l["strategy.ui.nothing_to_link", GoalLinkPicker.kindLabel(kind, l)]); return .handled }
            linkPicker = GoalLinkPicker(goalID: goal.id, unlinking: false, items: items,
                                        dialog: PickerDialog(title: l["strategy.ui.link_title", goal.code, GoalLinkPicker.kindLabel(kind, l)],
                                                             items: items.map(\.label), language: context.language, box: context.boxStyle))
            return .handled
        case .unlinkGoal:
            guard let goal = chosenGoal(&context) else { return .handled }
            let items = screen.goals?.goalDetail?.links ?? []
            guard !items.isEmpty else { context.post(l["strategy.ui.no_links", goal.code]); return .handled }
            linkPicker = GoalLinkPicker(goalID: goal.id, unlinking: true, items: items,
                                        dialog: PickerDialog(title: l["strategy.ui.unlink_title", goal.code],
                                                             items: items.map { GoalLinkPicker.kindLabel($0.kind, l) + ": " + $0.label },
                                                             language: context.language, box: context.boxStyle))
            return .handled
        default:
            return .ignored
        }
        reload(context: &context)
        return .handled
    }

    func chosenGoal(_ context: inout PaneContext) -> StrategyGoal? {
        guard let goal = screen.goals?.selectedGoal else { context.post(context.l["strategy.ui.empty"], kind: .error); return nil }
        return goal
    }

    mutating func handleLinkPicker(_ event: Event, context: inout PaneContext) {
        guard var picker = linkPicker else { return }
        let result = picker.dialog.handle(event)
        linkPicker = picker
        switch result {
        case .cancelled: linkPicker = nil
        case .activated(let index) where picker.items.indices.contains(index):
            let item = picker.items[index], l = context.l
            do {
                let strategy = StrategyStore(store: context.store)
                if picker.unlinking {
                    try strategy.unlink(goalID: picker.goalID, item.kind, item.id)
                    context.post(l["strategy.ui.unlinked", item.label])
                } else {
                    try strategy.link(goalID: picker.goalID, item.kind, item.id)
                    context.post(l["strategy.ui.linked", item.label])
                }
            } catch { context.post(Self.message(error, context.language), kind: .error) }
            linkPicker = nil
            reload(context: &context)
        default: break
        }
    }

    mutating func handleGoalForm(_ event: Event, context: inout PaneContext) {
        guard var form = goalForm else { return }
        let result = form.form.handle(event)
        goalForm = form
        switch result {
        case .cancelled: goalForm = nil
        case .submitted: saveGoal(context: &context)
        default: break
        }
    }

    mutating func saveGoal(context: inout PaneContext) {
        guard var form = goalForm else { return }
        do {
            let goal = try form.goal(language: context.language)
            let strategy = StrategyStore(store: context.store)
            guard let id = try form.session.save({ try strategy.save(goal, expecting: $0) }) else {
                goalForm = form
                if let request = form.session.pendingDialog(l: context.l, action: PremisesAction.conflictAnswer.id) { context.open(request) }
                return
            }
            goalForm = nil
            reload(context: &context)
            screen.updateGoals { $0.select(goalID: id) }
            reload(context: &context)
            context.post(context.l["strategy.ui.saved", goal.code])
        } catch {
            let message = Self.message(error, context.language)
            form.problem = message
            goalForm = form
            context.post(message, kind: .error)
        }
    }
}
