import Kumppani

extension App {
    /// Text widgets never take C0/C1 controls or DEL (`ControlCharacters`); this says so on the
    /// status line, whichever field the event goes to. A typed control character goes no further
    /// (true); a paste goes on, and the widget drops only those characters from it.
    func refuseControlCharacters(_ event: Event) -> Bool {
        switch event {
        case .key(.char(let c)):
            guard let found = ControlCharacters.found(in: String(c)), c != "\r\n" else { return false }
            post(l["text.control_refused", found.first], kind: .error)
            return true
        case .paste(let text):
            guard let found = ControlCharacters.found(in: text) else { return false }
            post(l["text.control_removed_from_paste", "\(found.count)", found.first], kind: .error)
            return false
        default:
            return false
        }
    }
}
