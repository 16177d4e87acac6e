/// The editor's paragraphs (arrays of graphemes) with each paragraph's UTF-8 kept beside it, so
/// the whole document (`TextEditor.text`, built on every autosave) is a copy of cached bytes
/// instead of a walk over 100,000 `Character`s (~1.5 ms for the 30-page bench document).
///
/// Every change to the text goes through this type: the subscript's write access re-encodes the
/// paragraph it touched, and insert/remove keep the byte copies in step. The character arrays
/// cannot be changed from outside, so no edit path can leave a stale copy behind.
struct Paragraphs: Sendable {
    private(set) var characters: [[Character]]
    /// `utf8[i]` is always exactly the UTF-8 of `characters[i]`.
    private var utf8: [[UInt8]]

    init(_ paragraphs: [[Character]] = [[]]) {
        characters = paragraphs
        utf8 = paragraphs.map(Self.encode)
    }

    var count: Int { characters.count }
    var isEmpty: Bool { characters.isEmpty }
    var indices: Range<Int> { characters.indices }

    /// Read a paragraph, or change it in place (the paragraph is re-encoded after the change).
    subscript(p: Int) -> [Character] {
        get { characters[p] }
        _modify {
            // A `defer` runs even when the caller's access ends by throwing.
            defer { utf8[p] = Self.encode(characters[p]) }
            yield &characters[p]
        }
    }

    mutating func insert(_ paragraph: [Character], at p: Int) {
        characters.insert(paragraph, at: p)
        utf8.insert(Self.encode(paragraph), at: p)
    }

    mutating func insert(contentsOf paragraphs: [[Character]], at p: Int) {
        characters.insert(contentsOf: paragraphs, at: p)
        utf8.insert(contentsOf: paragraphs.map(Self.encode), at: p)
    }

    @discardableResult
    mutating func remove(at p: Int) -> [Character] {
        utf8.remove(at: p)
        return characters.remove(at: p)
    }

    /// The document: the paragraphs' cached UTF-8 joined by "\n".
    var joined: String {
        let total = utf8.reduce(max(0, utf8.count - 1)) { $0 + $1.count }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var at = 0
            for (i, bytes) in utf8.enumerated() {
                if i > 0 { buffer[at] = 0x0A; at += 1 }
                bytes.withUnsafeBufferPointer { source in
                    guard let base = source.baseAddress, let target = buffer.baseAddress else { return }
                    (target + at).update(from: base, count: source.count)
                }
                at += bytes.count
            }
            return at
        }
    }

    /// The UTF-8 of one paragraph. "\r\n" inside a paragraph (one grapheme) keeps both bytes.
    static func encode(_ paragraph: [Character]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(paragraph.count)
        for character in paragraph { bytes.append(contentsOf: character.utf8) }
        return bytes
    }
}
