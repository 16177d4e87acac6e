/// The height a scrolling view had when last drawn. Drawing cannot change a value-type pane, so
/// this small box carries the height from `render` to the keys that scroll, which stop where
/// the last page is full instead of running on past the end.
final class RenderedHeight {
    var rows = 0
}
