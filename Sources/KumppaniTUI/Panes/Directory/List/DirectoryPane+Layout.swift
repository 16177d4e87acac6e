import Kumppani

/// Where pane 1 puts its parts, as a pure function of the area and the list's size: drawing and
/// the update path (page sizes, prefetching, the detail's wrapped lines) agree without drawing
/// having to write anything back.
struct DirectoryLayout {
    /// Wide windows put the detail beside the list; narrow ones below it.
    static let sideBySideWidth = 100
    let queryLine: Rect
    let list: Rect
    let detail: Rect
    /// The line between the list and the detail (vertical when side by side).
    let divider: Rect
    let sideBySide: Bool

    init(area: Rect, listCount: Int) {
        let (top, body) = area.splitTop(1)
        queryLine = top
        sideBySide = area.width >= Self.sideBySideWidth
        if sideBySide {
            let (left, right) = body.splitLeft(body.width / 2)
            list = Rect(x: left.x, y: left.y, width: left.width - 1, height: left.height)
            detail = Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height)
            divider = Rect(x: right.x, y: right.y, width: 1, height: right.height)
        } else {
            let listHeight = max(3, min(body.height / 2, listCount + 1))
            let (upper, lower) = body.splitTop(listHeight)
            list = upper
            detail = Rect(x: lower.x, y: lower.y + 1, width: lower.width, height: lower.height - 1)
            divider = Rect(x: lower.x, y: lower.y, width: lower.width, height: 1)
        }
    }

    /// The detail's text area (a column of margin on each side).
    var detailText: Rect { Rect(x: detail.x + 1, y: detail.y, width: detail.width - 2, height: detail.height) }
}

extension DirectoryPane {
    /// After the list moved, changed or the window was resized: size the page from the area the
    /// shell gives, read the rows around it (the only list query), and re-wrap the detail.
    func syncList(context: PaneContext) {
        let layout = DirectoryLayout(area: context.area, listCount: home.list.count)
        home.listHeight = layout.list.height
        home.list.setViewport(height: layout.list.height)
        home.source?.prefetch(top: home.list.top, height: home.list.rowsVisible(inHeight: layout.list.height), from: directory(context))
        home.list.reload()   // the page again, now from the filled cache
        refreshDetailLines(context: context)
    }

    /// Before a key or an action: a window resized since the last one gets its page size and
    /// the detail's lines for the new width first (cheap when nothing changed).
    func followLayout(context: PaneContext) {
        let layout = DirectoryLayout(area: context.area, listCount: home.list.count)
        if layout.list.height != home.listHeight { syncList(context: context) } else { refreshDetailLines(context: context) }
    }

    /// The detail's wrapped lines for the current width (kept while their inputs stay the same).
    func refreshDetailLines(context: PaneContext) {
        let text = DirectoryLayout(area: context.area, listCount: home.list.count).detailText
        home.detail.refreshLines(text: text, language: context.language, today: context.todayISO)
    }

    /// The category labels the filter line names (read on the update path, not while drawing).
    func loadFilterLabels(context: PaneContext) {
        let dir = directory(context)
        home.filterLabels = FilterLabels(targetGroups: (try? dir.categories("target_group")) ?? [],
                                    activityKinds: (try? dir.categories("activity_kind")) ?? [],
                                    tags: (try? dir.tags()) ?? [])
    }
}

/// The target-group, activity-kind and tag names of the filter summary.
struct FilterLabels {
    var targetGroups: [CategoryLabel] = []
    var activityKinds: [CategoryLabel] = []
    var tags: [Tag] = []
}
