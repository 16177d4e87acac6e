import Foundation

/// Checks and normal forms for contact details typed into the directory.
public enum ContactFormats {
    // MARK: Email

    /// A trimmed email address with its domain in lower case, or why it cannot be one. This is a
    /// shape check that catches typos (missing `@`, spaces, `..`, no domain dot), not a full
    /// RFC 5322 parser: unusual but valid addresses must never be refused.
    public static func email(_ text: String) -> Result<String, ContactProblem> {
        var s = FinnishInput.trimmed(text)
        if let fast = ASCIIContactFormats.email(s) { return fast }
        if s.lowercased().hasPrefix("mailto:") { s = String(s.dropFirst(7)) }
        if s.isEmpty { return .failure(.empty) }
        guard !s.contains(where: { $0.isWhitespace }) else { return .failure(.emailHasSpaces) }
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return .failure(parts.count < 2 ? .emailMissingAt : .emailTooManyAts)
        }
        let local = parts[0]
        let domain = parts[1].lowercased()
        guard !local.isEmpty, local.count <= 64, !local.hasPrefix("."), !local.hasSuffix("."),
              !zip(local, local.dropFirst()).contains(where: { $0 == "." && $1 == "." }), !local.contains(where: { "<>()[],;:\"\\".contains($0) }) else {
            return .failure(.emailBadLocalPart)
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, domain.count <= 253,
              labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-")
                  && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
              let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else {
            return .failure(.emailBadDomain)
        }
        return .success(local + "@" + domain)
    }

    // MARK: Phone

    /// A phone number in international form: `+358 40 1234567`: country code, area or operator
    /// code without the trunk zero, and the subscriber number, separated by single spaces.
    ///
    /// One canonical form makes duplicates findable and numbers dialable from a foreign phone,
    /// and the area code stays visible to a reader. Accepts `040 123 4567`, `0401234567`,
    /// `+358401234567`, `00358 40 123 4567`, `+358 (0)40 123 4567`, `(03) 123 4567`. Foreign
    /// numbers (`+46 8 123 456`) are kept as `+` and digits, since their area codes vary.
    public static func phone(_ text: String) -> Result<String, ContactProblem> {
        let s = FinnishInput.trimmed(text)
        if s.isEmpty { return .failure(.empty) }
        var digits = ""
        var plus = false
        for (i, c) in s.enumerated() {
            if FinnishInput.isDigit(c) {
                digits.append(c)
            } else if c == "+" && i == 0 {
                plus = true
            } else if !(FinnishInput.spaces.contains(c) || "-()./".contains(c)) {
                return .failure(.phoneBadCharacters)
            }
        }
        if digits.hasPrefix("00") && !plus {
            digits.removeFirst(2)
            plus = true
        }
        var national: String
        if plus {
            guard digits.hasPrefix("358") else {
                guard (7...15).contains(digits.count), digits.first != "0" else { return .failure(.phoneWrongLength) }
                return .success("+" + digits)
            }
            national = String(digits.dropFirst(3))
            // `+358 (0)40 ...`: the trunk zero in parentheses is not dialled.
            if national.hasPrefix("0") { national.removeFirst() }
        } else {
            guard digits.hasPrefix("0") else { return .failure(.phoneMissingPrefix) }
            national = String(digits.dropFirst())
        }
        guard (5...12).contains(national.count) else { return .failure(.phoneWrongLength) }
        let areaLength = finnishAreaCodeLength(national)
        return .success("+358 " + national.prefix(areaLength) + " " + national.dropFirst(areaLength))
    }

    /// How many leading digits of a Finnish national number (without the 0) are the area or
    /// operator code: mobile 40–50, 01x regions, 0800, nationwide 020/029/030/07x; one digit for
    /// the old regions 02, 03, 05, 06, 08, 09 (subscriber numbers never start with 0).
    static func finnishAreaCodeLength(_ national: String) -> Int {
        let chars = Array(national)
        guard chars.count >= 2 else { return 1 }
        if national.hasPrefix("800") { return 3 }
        switch chars[0] {
        case "1", "4", "7": return 2
        default: return chars[1] == "0" || national.hasPrefix("29") ? 2 : 1
        }
    }

    // MARK: Website

    /// A web address with `https://` added when no scheme is given (`yhdistys.fi` →
    /// `https://yhdistys.fi`) and the host in lower case. `http://` is kept as typed; other
    /// schemes (`javascript:`, `ftp:`) and addresses with spaces are refused.
    public static func website(_ text: String) -> Result<String, ContactProblem> {
        let s = FinnishInput.trimmed(text)
        if let fast = ASCIIContactFormats.website(s) { return fast }
        if s.isEmpty { return .failure(.empty) }
        guard !s.contains(where: { $0.isWhitespace }) else { return .failure(.websiteHasSpaces) }
        var scheme = "https://"
        var rest = Substring(s)
        // The standard library's search: Foundation's `range(of:)` bridges through NSString.
        if let range = s.firstRange(of: "://") {
            let given = s[..<range.lowerBound].lowercased()
            guard given == "http" || given == "https" else { return .failure(.websiteBadScheme) }
            scheme = given + "://"
            rest = s[range.upperBound...]
        } else if let colon = s.firstIndex(of: ":"),
                  s[..<colon].allSatisfy(\.isLetter), !s[s.index(after: colon)...].hasPrefix("//"),
                  !(s[s.index(after: colon)...].first?.isNumber ?? false) {
            // `mailto:x`, `javascript:x` — a scheme that is not the web (a port like `:8080` is fine).
            return .failure(.websiteBadScheme)
        }
        let hostEnd = rest.firstIndex(where: { "/?#".contains($0) }) ?? rest.endIndex
        let hostAndPort = rest[..<hostEnd].lowercased()
        let host = hostAndPort.split(separator: ":", omittingEmptySubsequences: false).first ?? ""
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
              host.firstIndex(of: "@") == nil else {
            return .failure(.websiteBadHost)
        }
        return .success(scheme + hostAndPort + rest[hostEnd...])
    }
}

/// Why a contact detail is not accepted.
public enum ContactProblem: Error, Equatable, Sendable {
    case empty
    case emailHasSpaces
    case emailMissingAt
    case emailTooManyAts
    case emailBadLocalPart
    case emailBadDomain
    /// Letters or other marks in a phone number.
    case phoneBadCharacters
    /// A national number must start with 0, or the number with a country code.
    case phoneMissingPrefix
    case phoneWrongLength
    case websiteHasSpaces
    case websiteBadScheme
    case websiteBadHost

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .empty: return l["finnish.contact.empty"]
        case .emailHasSpaces: return l["finnish.contact.email_has_spaces"]
        case .emailMissingAt: return l["finnish.contact.email_missing_at"]
        case .emailTooManyAts: return l["finnish.contact.email_too_many_ats"]
        case .emailBadLocalPart: return l["finnish.contact.email_bad_local_part"]
        case .emailBadDomain: return l["finnish.contact.email_bad_domain"]
        case .phoneBadCharacters: return l["finnish.contact.phone_bad_characters"]
        case .phoneMissingPrefix: return l["finnish.contact.phone_missing_prefix"]
        case .phoneWrongLength: return l["finnish.contact.phone_wrong_length"]
        case .websiteHasSpaces: return l["finnish.contact.website_has_spaces"]
        case .websiteBadScheme: return l["finnish.contact.website_bad_scheme"]
        case .websiteBadHost: return l["finnish.contact.website_bad_host"]
        }
    }
}
