import Foundation
import Kumppani

/// A deterministic fuzzer: the same seed always gives the same cases, so a failure names a
/// seed and a case number that reproduce it. Inputs are valid seeds with 1–4 stacked mutations
/// (bit flips, byte inserts and deletes, splices, truncation, control bytes, huge fields, quotes,
/// BOMs, CR/LF mixes, invalid UTF-8) or, one case in eight, random bytes.
/// (Shared with KumppaniTUITests through a symbolic link.)
struct Fuzzer {
    var random: SeededRandom
    let seeds: [[UInt8]]
    /// Bytes meaningful to the format under test (delimiters, keywords), inserted whole.
    let dictionary: [[UInt8]]

    init(seed: UInt64, seeds: [String], dictionary: [String] = []) {
        random = SeededRandom(seed: seed)
        self.seeds = seeds.map { Array($0.utf8) }
        self.dictionary = dictionary.map { Array($0.utf8) } + Fuzzer.hostile
    }

    /// Terminal attacks and encoding traps every format must survive.
    static let hostile: [[UInt8]] = [
        [0x1B, 0x5B, 0x32, 0x4A],                                    // ESC [ 2 J
        Array("\u{1B}]52;c;aGVsbG8=\u{07}".utf8),                    // OSC 52 clipboard write
        [0xC2, 0x9B], [0x9B], [0x00], [0x7F], [0x07], [0x08],         // C1 CSI, raw C1 byte, NUL, DEL, BEL, BS
        Array("\u{202E}".utf8), Array("\u{2066}".utf8),              // bidi override and isolate
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],               // BOMs
        [0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],   // invalid UTF-8
        [0x0D], [0x0A], [0x0D, 0x0A], [0x22], [0x22, 0x22], [0x5C],
        Array("ä".utf8), Array("👩‍👩‍👧".utf8), Array("e\u{301}".utf8), Array("漢".utf8),
    ]

    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(random.next() % UInt64(n)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// The next case.
    mutating func next() -> [UInt8] {
        if seeds.isEmpty || below(8) == 0 { return randomBytes(count: below(200)) }
        var bytes = seeds[below(seeds.count)]
        for _ in 0...below(4) { mutate(&bytes) }
        return bytes
    }

    mutating func randomBytes(count: Int) -> [UInt8] {
        (0..<count).map { _ in
            // Mostly printable ASCII, so random text reaches deeper than the first byte.
            below(4) == 0 ? UInt8(truncatingIfNeeded: random.next()) : UInt8(0x20 + below(0x5F))
        }
    }

    mutating func mutate(_ b: inout [UInt8]) {
        let at = below(b.count + 1)
        switch below(11) {
        case 0 where !b.isEmpty:   // bit flip
            let k = below(b.count); b[k] ^= UInt8(1 << below(8))
        case 1:                    // random byte
            b.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
        case 2 where !b.isEmpty:   // delete a range
            let n = min(b.count - at, 1 + below(16)); b.removeSubrange(at..<(at + n))
        case 3:                    // dictionary or hostile token
            b.insert(contentsOf: dictionary[below(dictionary.count)], at: at)
        case 4 where !seeds.isEmpty:   // splice: the head of this, the tail of another seed
            let other = seeds[below(seeds.count)]
            b.replaceSubrange(at..., with: other[below(other.count + 1)...])
        case 5:                    // truncate
            b.removeSubrange(at...)
        case 6:                    // a long field; rarely a huge one (slow for every parser by design, so rare)
            let n = below(40) == 0 ? 20_000 + below(50_000) : 16 + below(500)
            let byte = chance(50) ? UInt8(ascii: "x") : dictionary[below(dictionary.count)].first ?? 0x41
            b.insert(contentsOf: repeatElement(byte, count: n), at: at)
        case 7:                    // line ends: every LF becomes CR, CRLF or LFCR
            let to: [[UInt8]] = [[0x0D], [0x0D, 0x0A], [0x0A, 0x0D]]
            let end = to[below(to.count)]
            var out: [UInt8] = []
            out.reserveCapacity(b.count + b.count / 8)
            for byte in b { if byte == 0x0A { out.append(contentsOf: end) } else { out.append(byte) } }
            b = out
        case 8:                    // a BOM in front
            b.insert(contentsOf: [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xEF, 0xBB]][below(3)], at: 0)
        case 9:                    // duplicate a range (repeated records, nested brackets)
            guard !b.isEmpty else { break }
            let start = below(b.count), n = min(b.count - start, 1 + below(64))
            let chunk = b[start..<(start + n)]
            for _ in 0..<(1 + below(8)) { b.insert(contentsOf: chunk, at: at) }
        default:                   // swap two bytes
            guard b.count > 1 else { break }
            b.swapAt(below(b.count), below(b.count))
        }
    }

    /// The case as text, the way a file read by the app reaches a parser that takes String
    /// (invalid UTF-8 repaired, as `String(decoding:)` does).
    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}

/// Runs `count` cases; `check` returns a description of what went wrong, or nil.
/// The first few failures are collected with the case number and a printable head of the input.
enum Fuzz {
    static func run(cases count: Int, fuzzer: inout Fuzzer, check: (_ input: [UInt8], _ index: Int) throws -> String?) rethrows -> [String] {
        var failures: [String] = []
        for index in 0..<count {
            let input = fuzzer.next()
            if let failure = try check(input, index) {
                let head = String(decoding: input.prefix(120), as: UTF8.self).unicodeScalars
                    .map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
                failures.append("case \(index) (\(input.count) bytes: \(head)): \(failure)")
                if failures.count >= 5 { break }
            }
        }
        return failures
    }

    /// True when a message a user sees is fine: not empty and without a control character
    /// (values from the file are echoed escaped; line breaks only separate problems).
    static func isGoodMessage(_ message: String) -> Bool {
        guard !message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return false }
        return !message.unicodeScalars.contains { s in
            (s.value < 0x20 && s != "\n") || (0x7F..<0xA0).contains(s.value) || (0x202A...0x202E).contains(s.value)
                || (0x2066...0x2069).contains(s.value)
        }
    }
}
