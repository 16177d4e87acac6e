import Foundation
import XCTest
@testable import Kumppani

/// Issue 15: every path the program takes works for any legal name, and nothing that was not
/// Kumppani's to change loses a byte. A seeded fuzz over names (one character, non-ASCII,
/// combining marks, spaces, relative and absolute, trailing slash, in a missing folder) × what is
/// at the path (nothing, a file, a FIFO, a character device, a socket, links, a folder, a
/// zero-length file, another program's SQLite file and an empty SQLite database in both journal
/// modes, read-only files) × what is done (export, private write, backup, open to read, open to
/// create). Each case checks the outcome and the sha256 of every entry in its folder.
final class FileKindsFuzzTests: XCTestCase {
    enum Kind: CaseIterable {
        case nothing, regular, readOnlyRegular, zeroLength, fifo, device, socket, linkToFile, danglingLink, linkToFIFO,
             folder, foreignRollback, foreignWAL, emptyRollback, emptyWAL, kumppani
    }

    enum Operation: CaseIterable { case export, privateWrite, backup, openToRead, openToCreate }

    static let names = ["a", "z", "ä", "Ö", "e\u{301}", "日", "x y", "nimi.sqlite", ".piilo", "-", "--output", "a.b.c",
                        "Ämpäri ja kääpiö.csv", String(repeating: "k", count: 200), "sub/f", "missing/f", "é"]

    var root: URL!
    var fixtures: [Kind: [UInt8]] = [:]
    var source: Store!
    let payload = Array("nimi;kunta\r\nKylätalo ry;Lahti\r\n".utf8)

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-kinds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        fixtures[.foreignRollback] = try sqliteBytes("PRAGMA journal_mode=DELETE; CREATE TABLE t(x); INSERT INTO t VALUES ('muu ohjelma');")
        fixtures[.foreignWAL] = try sqliteBytes("PRAGMA journal_mode=WAL; CREATE TABLE t(x); INSERT INTO t VALUES ('muu ohjelma');")
        fixtures[.emptyRollback] = try sqliteBytes("PRAGMA journal_mode=DELETE; VACUUM;")
        fixtures[.emptyWAL] = try sqliteBytes("PRAGMA journal_mode=WAL; VACUUM;")
        XCTAssertEqual(fixtures[.foreignWAL]?[18], 2, "the WAL fixture is in WAL mode")
        XCTAssertEqual(fixtures[.emptyRollback]?[18], 1, "the rollback fixture is in rollback mode")
        let ours = root.appendingPathComponent("template.sqlite").path
        _ = try Store.open(path: ours, options: Store.Options(autoBackup: false))
        fixtures[.kumppani] = Array(try Data(contentsOf: URL(fileURLWithPath: ours)))
        source = try Store.open(path: root.appendingPathComponent("source.sqlite").path, options: Store.Options(autoBackup: false))
    }

    override func tearDown() {
        source = nil
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    /// The bytes of a file made by another SQLite user (a plain connection, no Kumppani).
    func sqliteBytes(_ sql: String) throws -> [UInt8] {
        let path = root.appendingPathComponent("fixture-\(UUID().uuidString).sqlite").path
        do {
            let db = try Database(path: path)
            try db.execute(sql)
        }
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func testTwoThousandFourHundredPathsAndFileKinds() throws {
        var random = SeededRandom(seed: 15)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let started = Date()
        let home = FileManager.default.currentDirectoryPath
        defer { _ = FileManager.default.changeCurrentDirectoryPath(home) }
        var outcomes: [String: Int] = [:]
        for number in 0..<2400 {
            let operation = pick(Operation.allCases), name = pick(Self.names)
            var kind = pick(Kind.allCases)
            if name.hasPrefix("missing/") { kind = .nothing }   // its folder does not exist
            let trailingSlash = random.next() % 12 == 0
            let relative = random.next() % 2 == 0
            let folder = root.appendingPathComponent("case-\(number)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            if name.hasPrefix("sub/") { mkdir(folder + "/sub", 0o700) }
            let full = folder + "/" + name
            let made = try make(kind, at: full, in: folder)
            let given = (relative ? name : full) + (trailingSlash ? "/" : "")
            if relative { XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(folder)) }
            let before = snapshot(folder)
            let reader = made == .fifo || made == .linkToFIFO ? open(full, O_RDONLY | O_NONBLOCK) : -1
            let label = "case \(number): \(operation) on \(made) at \(given.debugDescription)"

            let result = run(operation, path: given)
            outcomes["\(operation) \(result.isSuccess ? "ok" : "refused")", default: 0] += 1

            var changedAllowed = Set<String>()
            let expectSuccess = expected(operation, made, given: given, name: name)
            XCTAssertEqual(result.isSuccess, expectSuccess, "\(label): \(result.message)")
            if !result.isSuccess {
                XCTAssertFalse(result.message.isEmpty, "\(label): a refusal says why")
            }
            let toStandardOutput = given == "-" && (operation == .export || operation == .privateWrite)
            if result.isSuccess && !toStandardOutput {   // "-" is standard output: nothing in the folder
                switch operation {
                case .export, .privateWrite:
                    if made == .fifo || made == .linkToFIFO {
                        var got = [UInt8](repeating: 0, count: 4096)
                        let n = read(reader, &got, got.count)
                        XCTAssertEqual(Array(got.prefix(max(0, n))), payload, "\(label): the FIFO got the bytes")
                    } else if made != .device {
                        XCTAssertEqual(try? Array(Data(contentsOf: URL(fileURLWithPath: full))), payload, "\(label): the file holds the export")
                        changedAllowed.insert(name)
                    }
                case .backup:
                    XCTAssertTrue(FileProblem.hasSQLiteHeader(full), "\(label): the backup is an SQLite file")
                    changedAllowed.insert(name)
                case .openToRead, .openToCreate:
                    // Kumppani's own file (or the one it just made) may change: WAL, copies, schema.
                    for suffix in ["", "-wal", "-shm", "-backups"] { changedAllowed.insert(name + suffix) }
                    if name.hasPrefix("missing/") { changedAllowed.insert("missing") }   // --db makes its folder
                }
            }
            if reader >= 0 { close(reader) }
            if relative { XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(home)) }
            let after = snapshot(folder)
            for (entry, state) in before where !changedAllowed.contains(entry) {
                XCTAssertEqual(after[entry], state, "\(label): \(entry) must keep every byte")
            }
            for entry in after.keys where before[entry] == nil && !changedAllowed.contains(entry) {
                XCTFail("\(label): \(entry) appeared (a leftover temporary file?)")
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print("file kinds fuzz: 2400 cases in \(String(format: "%.1f", seconds)) s; \(outcomes.sorted { $0.key < $1.key })")
        XCTAssertLessThan(seconds, 120, "the fuzz stays quick")
    }

    struct Outcome {
        let isSuccess: Bool
        let message: String
    }

    func run(_ operation: Operation, path: String) -> Outcome {
        do {
            switch operation {
            case .export:
                let sink = try ExportSink.file(path)
                try sink.write(bytes: payload)
                try sink.commit()
            case .privateWrite:
                try PrivateFile.write(Data(payload), to: path)
            case .backup:
                try Backup.write(from: source.database, to: path)
            case .openToRead:
                _ = try Store.open(path: path, options: Store.Options(create: false, migrate: false, readOnlyFallback: true, autoBackup: false))
            case .openToCreate:
                _ = try Store.open(path: path, options: Store.Options(autoBackup: false))
            }
            return Outcome(isSuccess: true, message: "")
        } catch let error as ExportError {
            return Outcome(isSuccess: false, message: error.message(.en))
        } catch let error as StoreError {
            return Outcome(isSuccess: false, message: error.message(.en))
        } catch {
            return Outcome(isSuccess: false, message: "\(error)")
        }
    }

    /// What each operation may do with each kind of thing at the path.
    func expected(_ operation: Operation, _ kind: Kind, given: String, name: String) -> Bool {
        if given.hasSuffix("/") { return false }                                      // "a folder was given"
        if given == "-" && (operation == .export || operation == .privateWrite) { return true }   // standard output
        if name.hasPrefix("missing/") { return operation == .openToCreate }           // only --db makes its folder
        switch operation {
        case .export, .privateWrite:
            switch kind {
            case .nothing, .regular, .readOnlyRegular, .zeroLength, .fifo, .device, .linkToFIFO,
                 .foreignRollback, .foreignWAL, .emptyRollback, .emptyWAL, .kumppani: return true
            case .socket, .linkToFile, .danglingLink, .folder: return false
            }
        case .backup: return kind == .nothing
        case .openToRead: return kind == .kumppani
        case .openToCreate: return kind == .kumppani || kind == .nothing
        }
    }

    /// Makes `kind` at `path`; returns what was made (a device stands in as a link to /dev/null
    /// where `mknod` is not allowed).
    func make(_ kind: Kind, at path: String, in folder: String) throws -> Kind {
        func write(_ bytes: [UInt8], mode: mode_t = 0o644) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            chmod(path, mode)
        }
        switch kind {
        case .nothing: break
        case .regular: try write(Array("käyttäjän oma tiedosto\n".utf8))
        case .readOnlyRegular: try write(Array("vain luku\n".utf8), mode: 0o444)
        case .zeroLength: try write([])
        case .fifo: XCTAssertEqual(mkfifo(path, 0o600), 0)
        case .device:
            // A copy of /dev/null where mknod is allowed (root), else a link to it: written into alike.
            if mknod(path, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) != 0 { symlink("/dev/null", path) }
        case .socket:
            let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            let bytes = Array(path.utf8)
            guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { close(fd); return try make(.regular, at: path, in: folder) }
            withUnsafeMutableBytes(of: &address.sun_path) { raw in for (i, b) in bytes.enumerated() { raw[i] = b } }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            close(fd)
            XCTAssertEqual(bound, 0)
        case .linkToFile:
            try Data("linkin kohde\n".utf8).write(to: URL(fileURLWithPath: folder + "/target.txt"))
            symlink(folder + "/target.txt", path)
        case .danglingLink: symlink(folder + "/nowhere", path)
        case .linkToFIFO:
            mkfifo(folder + "/pipe", 0o600)
            symlink(folder + "/pipe", path)
        case .folder: mkdir(path, 0o700)
        case .foreignRollback, .foreignWAL, .emptyRollback, .emptyWAL, .kumppani: try write(fixtures[kind]!, mode: 0o600)
        }
        return kind
    }

    /// Digests by content: the same fixtures recur in every case, and SHA-256 in a debug build
    /// is slow (the dictionary compares whole contents, so a hit is the same bytes).
    var digests: [Data: String] = [:]
    func digest(_ data: Data) -> String {
        if let known = digests[data] { return known }
        let hex = SHA256.hex(Array(data))
        digests[data] = hex
        return hex
    }

    /// Every entry in `folder` (recursively): its type, and for a file the sha256 of its bytes.
    func snapshot(_ folder: String) -> [String: String] {
        var result: [String: String] = [:]
        func walk(_ relative: String) {
            let full = relative.isEmpty ? folder : folder + "/" + relative
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? [] {
                let name = relative.isEmpty ? entry : relative + "/" + entry
                let path = folder + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFREG:
                    let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
                    result[name] = "file \(String(info.st_mode & 0o777, radix: 8)) " + digest(data)
                case S_IFLNK: result[name] = "link " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
                case S_IFDIR: result[name] = "folder"; walk(name)
                case S_IFIFO: result[name] = "fifo"
                case S_IFCHR: result[name] = "device \(info.st_rdev)"
                case S_IFSOCK: result[name] = "socket"
                default: result[name] = "other"
                }
            }
        }
        walk("")
        return result
    }

    func testSHA256OfKnownText() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
