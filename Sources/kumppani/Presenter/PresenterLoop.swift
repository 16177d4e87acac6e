import CNcurses
import KumppaniTUI

/// The event loop: read input in batches, hand events to the app, keep `idle()` running at least
/// every 250 ms, and draw after every batch and every idle call. Returns 0 after a normal quit and
/// 128 + signal after SIGINT/SIGTERM/SIGHUP; saving on a signal is the caller's (`runPresenter`).
struct PresenterLoop {
    let app: TerminalApp
    let session: TerminalSession
    static let idleInterval: Int32 = 250
    /// How often to look for a background query's answer while one is running.
    static let workPollInterval: Int32 = 8
    static let pasteEndWait: Int32 = 500
    /// A bound on one batch, so a flood of input still lets the screen and idle work catch up.
    static let maxBatch = 4096

    func run() -> Int32 {
        var decoder = InputDecoder()
        var styles = StyleTable(theme: app.theme, tier: session.tier, defaultColors: session.defaultColors)
        var writer = ScreenWriter()
        var lastIdle = ContinuousClock.now
        let clock = ContinuousClock()

        func render() {
            if app.theme != styles.theme {
                styles = StyleTable(theme: app.theme, tier: session.tier, defaultColors: session.defaultColors)
            }
            let size = Size(width: Int(kumppani_cols()), height: Int(kumppani_lines()))
            let frame = app.render(size: size)
            writer.draw(frame, styles: styles, fullRedraw: app.takeFullRedrawRequest())
        }

        render()
        session.startBracketedPaste()
        while true {
            if let signal = SignalGuard.pendingSignal {
                // Keys typed before the signal are the user's work too: take what is already waiting
                // (never wait for more), so the caller's save includes it.
                var count = 0
                while count < Self.maxBatch, !app.shouldQuit, let batch = read(&decoder, waitingAtMost: 0) {
                    for event in batch where !app.shouldQuit { app.handle(event) }
                    count += 1
                }
                return 128 + signal
            }
            if app.shouldQuit { return 0 }

            var events = read(&decoder, waitingAtMost: wait(for: decoder))
            if events == nil {
                app.idle()
                lastIdle = clock.now
                render()
                continue
            }
            // Take everything already waiting before drawing, so a paste or key repeat costs one render.
            var count = 0
            while let batch = events, count < Self.maxBatch {
                for event in batch where !app.shouldQuit { app.handle(event) }
                count += 1
                if app.shouldQuit || SignalGuard.pendingSignal != nil { break }
                events = read(&decoder, waitingAtMost: 0)
            }
            if clock.now - lastIdle >= .milliseconds(Int(Self.idleInterval)) {
                app.idle()
                lastIdle = clock.now
            }
            render()
        }
    }

    private func wait(for decoder: InputDecoder) -> Int32 {
        switch decoder.pendingWait {
        case .none: return app.isWaitingForWork ? Self.workPollInterval : Self.idleInterval
        case .escapeDelay: return session.escapeDelay
        case .pasteEnd: return Self.pasteEndWait
        }
    }

    /// The events from one read, or nil when nothing arrived. A pending Esc is completed by the
    /// timeout only when the full wait has passed (never on the zero-wait reads of a batch).
    private func read(_ decoder: inout InputDecoder, waitingAtMost milliseconds: Int32) -> [Event]? {
        switch KeyReader.read(waitingAtMost: milliseconds) {
        case .input(let input):
            return decoder.feed(input)
        case .resize:
            return decoder.feed(.timeout) + [.resize(Size(width: Int(kumppani_cols()), height: Int(kumppani_lines())))]
        case .nothing:
            if milliseconds > 0, decoder.pendingWait != .none {
                let events = decoder.feed(.timeout)
                return events.isEmpty ? nil : events
            }
            return nil
        }
    }
}
