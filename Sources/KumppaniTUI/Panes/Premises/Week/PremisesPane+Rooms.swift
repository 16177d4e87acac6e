import Kumppani

/// Rooms of the register: `n` adds one, `E` changes the chosen one (a save over another
/// window's change asks first), `D` deletes it after asking, and only when no booking refers
/// to it: the bookings are what associations agreed on, so they are deleted one by one first.
extension PremisesPane {
    mutating func performRoom(_ action: PremisesAction, argument: String?, context: inout PaneContext) -> PaneResult {
        let l = context.l
        switch action {
        case .addPremises:
            premisesForm = PremisesForm(language: context.language)
        case .editPremises:
            guard let room = home.selectedRoom else { context.post(l["premises.ui.empty"], kind: .error); return .handled }
            do {
                guard let stored = try PremisesStore(store: context.store).premises(id: room.id) else {
                    context.post(PremisesProblem.noSuchPremises.message(context.language), kind: .error)
                    reload(context: &context)
                    return .handled
                }
                premisesForm = PremisesForm(editing: stored, language: context.language)
            } catch { context.post(Self.message(error, context.language), kind: .error) }
        case .deletePremises:
            guard let room = home.selectedRoom else { context.post(l["premises.ui.empty"], kind: .error); return .handled }
            // Refused at once when bookings refer to it: no question whose yes could not be carried out.
            let count = (try? PremisesStore(store: context.store).bookings(premisesID: room.id).count) ?? 0
            guard count == 0 else {
                context.post(PremisesProblem.hasBookings(count).message(context.language), kind: .error)
                return .handled
            }
            context.open(DialogRequest(title: l["premises.action.delete_premises"], kind: .confirm(message: l["premises.ui.delete_premises_ask", room.name]),
                                       action: PremisesAction.premisesDeleteConfirmed.id, argument: String(room.id)))
        case .premisesDeleteConfirmed:
            guard let id = argument.flatMap({ Int64($0) }) else { return .handled }
            let name = home.rooms.first { $0.id == id }?.name ?? ""
            do {
                try PremisesStore(store: context.store).deletePremises(id: id)
                context.post(l["premises.ui.premises_deleted", name])
            } catch { context.post(Self.message(error, context.language), kind: .error) }
            reload(context: &context)
        default:
            return .ignored
        }
        return .handled
    }

    mutating func handleRoomForm(_ event: Event, context: inout PaneContext) {
        guard var form = premisesForm else { return }
        let result = form.form.handle(event)
        premisesForm = form
        switch result {
        case .cancelled: premisesForm = nil
        case .submitted: saveRoom(context: &context)
        default: break
        }
    }

    mutating func saveRoom(context: inout PaneContext) {
        guard var form = premisesForm else { return }
        do {
            let p = try form.premises(language: context.language)
            let store = PremisesStore(store: context.store)
            guard let id = try form.session.save({ try store.save(p, expecting: $0) }) else {
                premisesForm = form
                if let request = form.session.pendingDialog(l: context.l, action: PremisesAction.conflictAnswer.id) { context.open(request) }
                return
            }
            premisesForm = nil
            reload(context: &context)
            home.select(roomID: id)
            reload(context: &context)
            context.post(context.l["premises.ui.premises_saved", p.name])
        } catch {
            let message = Self.message(error, context.language)
            form.problem = message
            premisesForm = form
            context.post(message, kind: .error)
        }
    }
}
