import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The operating-system user who made a change, for the audit trail of stage moves,
/// decisions and payments: `$USER`, else the password database, else the numeric uid.
public enum OSUser {
    public static func current() -> String {
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            let text = String(cString: name)
            if !text.isEmpty { return text }
        }
        return "uid:\(getuid())"
    }
}
