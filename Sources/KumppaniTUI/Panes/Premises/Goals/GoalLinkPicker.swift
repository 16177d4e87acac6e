import Kumppani

/// The list for linking something to a strategy goal (everything of the chosen kind not yet
/// linked) or for unlinking (what is linked), filtered as you type.
struct GoalLinkPicker {
    let goalID: Int64
    let unlinking: Bool
    let items: [StrategyStore.LinkCandidate]
    var dialog: PickerDialog

    /// The kinds in the order the kind question lists them.
    static let kinds: [StrategyLinkKind] = [.activity, .round, .application, .negotiationGoal]

    static func kindLabel(_ kind: StrategyLinkKind, _ l: L) -> String { l["strategy.link.kind.\(kind.rawValue)"] }
}

/// The strategy goals view: the list, the goal form, deleting after asking, and linking and
/// unlinking activities, rounds (as criteria), applications and negotiation goals.
extension PremisesPane {
    /// The chosen goal's details as the goals view shows them.
    struct GoalDetail {
        var links: [StrategyStore.LinkCandidate]
        var serving: GoalServing
        var figures: BenefitReport.Line?
    }

    mutating func reloadGoals(context: PaneContext) throws {
        let strategy = StrategyStore(store: context.store)
        let keep = selectedGoal?.id
        goals = try strategy.goals()
        goalIndex = keep.flatMap { id in goals.firstIndex { $0.id == id } } ?? min(goalIndex, max(0, goals.count - 1))
        guard let goal = selectedGoal else { goalDetail = nil; return }
        let report = try BenefitReport.build(store: context.store, year: year ?? context.today.year, by: .goal, language: context.language)
        goalDetail = GoalDetail(links: try strategy.links(goalID: goal.id, language: context.language),
                                serving: try strategy.serving(goalID: goal.id, language: context.language),
                                figures: report.lines.first { $0.goalID == goal.id })
    }

    mutating func performGoal(_ action: PremisesAction, argument: String?, context: inout PaneContext) -> PaneResult {
        let l = context.l
        switch action {
        case .previousGoal: goalIndex = max(0, goalIndex - 1)
        case .nextGoal: goalIndex = min(max(0, goals.count - 1), goalIndex + 1)
        case .addGoal:
            goalForm = GoalForm(language: context.language)
            return .handled
        case .editGoal:
            guard let goal = chosenGoal(&context) else { return .handled }
            goalForm = GoalForm(editing: (try? StrategyStore(store: context.store).goal(id: goal.id)) ?? goal, language: context.language)
            return .handled
        case .deleteGoal:
            guard let goal = chosenGoal(&context) else { return .handled }
            let links = goalDetail?.links.count ?? 0
            context.open(DialogRequest(title: l["premises.action.delete_goal"], kind: .confirm(message: l["strategy.ui.delete_ask", goal.code, goal.title, links]),
                                       action: PremisesAction.goalDeleteConfirmed.id, argument: String(goal.id)))
            return .handled
        case .goalDeleteConfirmed:
            guard let id = argument.flatMap({ Int64($0) }) else { return .handled }
            let code = goals.first { $0.id == id }?.code ?? ""
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
            let linked = Set((goalDetail?.links ?? []).filter { $0.kind == kind }.map(\.id))
            let items = ((try? StrategyStore(store: context.store).candidates(kind, language: context.language)) ?? []).filter { !linked.contains($0.id) }
            guard !items.isEmpty else { context.post(l["strategy.ui.nothing_to_link", GoalLinkPicker.kindLabel(kind, l)]); return .handled }
            linkPicker = GoalLinkPicker(goalID: goal.id, unlinking: false, items: items,
                                        dialog: PickerDialog(title: l["strategy.ui.link_title", goal.code, GoalLinkPicker.kindLabel(kind, l)],
                                                             items: items.map(\.label), language: context.language, box: context.boxStyle))
            return .handled
        case .unlinkGoal:
            guard let goal = chosenGoal(&context) else { return .handled }
            let items = goalDetail?.links ?? []
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
        guard let goal = selectedGoal else { context.post(context.l["strategy.ui.empty"], kind: .error); return nil }
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
            try reloadGoals(context: context)
            goalIndex = goals.firstIndex { $0.id == id } ?? goalIndex
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
