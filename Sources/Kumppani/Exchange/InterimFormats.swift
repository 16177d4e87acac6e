import Foundation

// Import's value checks, on top of the shared Finnish rules (`Finnish/`): each returns the
// stored normal form, "" for an empty value, or nil when the value is wrong.

enum PhoneFormat {
    /// `+358 40 1234567` (ContactFormats' canonical form).
    static func normalise(_ text: String) -> String? {
        switch ContactFormats.phone(text) {
        case .success(let phone): return phone
        case .failure(.empty): return ""
        case .failure: return nil
        }
    }
}

enum EmailFormat {
    static func normalise(_ text: String) -> String? {
        switch ContactFormats.email(text) {
        case .success(let email): return email
        case .failure(.empty): return ""
        case .failure: return nil
        }
    }
}

enum WebsiteFormat {
    static func normalise(_ text: String) -> String? {
        switch ContactFormats.website(text) {
        case .success(let site): return site
        case .failure(.empty): return ""
        case .failure: return nil
        }
    }
}

enum BusinessIDFormat {
    /// `1234567-8` with a valid check digit, or nil.
    static func parse(_ text: String) -> String? {
        if case .success(let id) = BusinessID.parse(text) { return id.formatted }
        return nil
    }
}
