import Foundation
import Kumppani

/// The shell is what both presenters (ncurses and headless) drive.
extension App: TerminalApp {
    public var theme: Theme {
        if let loaded = loadedTheme, loaded.name == state.themeName { return loaded.theme }
        let result = themeLoader(state.themeName)
        loadedTheme = (state.themeName, result.theme)
        if let problem = result.problems.first {
            // A bad theme never stops the program: the default is used and the line is named.
            post(problem.message(state.language), kind: .error)
        }
        return result.theme
    }
}
