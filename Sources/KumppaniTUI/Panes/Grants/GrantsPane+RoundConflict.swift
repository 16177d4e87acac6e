import Kumppani

extension ActionID {
    /// The answer of the conflict dialog over the round form.
    static let grantsRoundConflict: ActionID = "grants.round_conflict"
}

/// Two windows on one file: the round form never overwrites another window's save of the
/// round (or brings back a deleted one) without asking.
extension GrantsPane {
    static var roundSlot: FormConflictSlot<GrantRound> { FormConflictSlot(base: \.roundBase, pending: \.roundConflict, action: .grantsRoundConflict) }

    mutating func showRoundConflict(_ conflict: RoundConflict, context: inout PaneContext) {
        let grants = GrantStore(store: context.store)
        let types = (try? grants.categories("grant_type", language: context.language)) ?? []
        let bodies = (try? grants.bodies()) ?? []
        showFormConflict(conflict, Self.roundSlot, context: &context, display: { label, value in
            // Codes and ids as the form shows them: the grant type's and the body's names.
            switch label {
            case "grants.field.grant_type": return types.first { $0.code == value }?.label ?? value
            case "grants.field.body": return bodies.first { "#\($0.id)" == value }?.name ?? value
            default: return value
            }
        })
    }

    mutating func resolveRoundConflict(_ answer: String?, context: inout PaneContext) {
        resolveFormConflict(answer, Self.roundSlot, context: &context) { stored, ctx in
            let grants = GrantStore(store: ctx.store)
            return GrantsForms.round(stored, types: try grants.categories("grant_type", language: ctx.language),
                                     bodies: try grants.bodies(), context: ctx)
        }
    }
}
