import Foundation

/// One outgoing file of a copy: `<copy>-<number>.kumppani-sync` in the exchange folder.
///
/// Layout: the line `KUMPPANI-SYNC 1`, one line of header fields (`key=value` separated by
/// spaces: copy, origin, file, schema, entries, bytes, checksum), then the payload: per entry the
/// field clock (8 bytes), the operating-system user and the changeset, each with a 4-byte length.
/// The checksum (FNV-1a, 64 bits, over header fields and payload) catches a damaged or cut file.
struct SyncFile: Equatable {
    struct Entry: Equatable {
        let atMs: Int64
        let osUser: String
        let changeset: [UInt8]
    }

    let copyID: String
    let originID: String
    let number: Int
    let schemaVersion: Int
    let entries: [Entry]

    static let suffix = ".kumppani-sync"
    static let magic = "KUMPPANI-SYNC 1"

    static func name(copyID: String, number: Int) -> String {
        copyID + "-" + String(format: "%08d", number) + suffix
    }

    /// (copy, number) of a file name this program writes; nil for any other name.
    static func parseName(_ name: String) -> (copyID: String, number: Int)? {
        guard name.hasSuffix(suffix), !name.hasPrefix(".") else { return nil }
        let stem = name.dropLast(suffix.count)
        guard let dash = stem.lastIndex(of: "-") else { return nil }
        let copy = String(stem[..<dash]), digits = stem[stem.index(after: dash)...]
        guard !copy.isEmpty, digits.count == 8, let number = Int(digits), number > 0 else { return nil }
        return (copy, number)
    }

    func encoded() -> [UInt8] {
        var payload: [UInt8] = []
        for entry in entries {
            payload += Self.bigEndian(UInt64(bitPattern: entry.atMs), bytes: 8)
            let user = Array(entry.osUser.utf8)
            payload += Self.bigEndian(UInt64(user.count), bytes: 4) + user
            payload += Self.bigEndian(UInt64(entry.changeset.count), bytes: 4) + entry.changeset
        }
        let fields = "copy=\(copyID) origin=\(originID) file=\(number) schema=\(schemaVersion) entries=\(entries.count) bytes=\(payload.count)"
        let checksum = Self.checksum(Array(fields.utf8) + payload)
        let header = Self.magic + "\n" + fields + " checksum=" + checksum + "\n"
        return Array(header.utf8) + payload
    }

    enum Problem: Error, Equatable {
        case notASyncFile
        case damaged
    }

    /// Reads a file; anything that does not add up (format, lengths, checksum) is `damaged`.
    static func decode(_ bytes: [UInt8]) throws -> SyncFile {
        let magicBytes = Array((magic + "\n").utf8)
        guard bytes.count > magicBytes.count, Array(bytes[0..<magicBytes.count]) == magicBytes else { throw Problem.notASyncFile }
        guard let end = bytes[magicBytes.count...].firstIndex(of: 10) else { throw Problem.damaged }
        let line = String(decoding: bytes[magicBytes.count..<end], as: UTF8.self)
        var fields: [String: String] = [:]
        for part in line.split(separator: " ") {
            guard let eq = part.firstIndex(of: "=") else { throw Problem.damaged }
            fields[String(part[..<eq])] = String(part[part.index(after: eq)...])
        }
        let payload = Array(bytes[(end + 1)...])
        guard let copy = fields["copy"], let origin = fields["origin"], let number = fields["file"].flatMap(Int.init),
              let schema = fields["schema"].flatMap(Int.init), let count = fields["entries"].flatMap(Int.init),
              let size = fields["bytes"].flatMap(Int.init), let checksum = fields["checksum"], size == payload.count,
              let checksumRange = line.range(of: " checksum=") else { throw Problem.damaged }
        let signed = String(line[..<checksumRange.lowerBound])
        guard Self.checksum(Array(signed.utf8) + payload) == checksum else { throw Problem.damaged }
        var entries: [Entry] = []
        var i = 0
        func take(_ n: Int) throws -> ArraySlice<UInt8> {
            guard n >= 0, i + n <= payload.count else { throw Problem.damaged }
            defer { i += n }
            return payload[i..<(i + n)]
        }
        for _ in 0..<count {
            let at = Int64(bitPattern: readBigEndian(try take(8)))
            let user = String(decoding: try take(Int(readBigEndian(try take(4)))), as: UTF8.self)
            let changeset = Array(try take(Int(readBigEndian(try take(4)))))
            entries.append(Entry(atMs: at, osUser: user, changeset: changeset))
        }
        guard i == payload.count else { throw Problem.damaged }
        return SyncFile(copyID: copy, originID: origin, number: number, schemaVersion: schema, entries: entries)
    }

    static func checksum(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(format: "%016llx", hash)
    }

    static func bigEndian(_ value: UInt64, bytes: Int) -> [UInt8] {
        (0..<bytes).reversed().map { UInt8(truncatingIfNeeded: value >> (UInt64($0) * 8)) }
    }

    static func readBigEndian(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(0) { ($0 << 8) | UInt64($1) }
    }
}
