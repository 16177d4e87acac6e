import Foundation

/// Check digits for the identifiers the demo data invents. Interim: replaced by the shared
/// `Finnish/` types (BusinessID, ReferenceNumber, IBAN) once they land on main.
enum DemoIdentifiers {
    /// Y-tunnus check digit (mod 11, weights 7 9 10 5 8 4 2); nil when remainder 1 (never issued).
    static func businessIDCheckDigit(_ seven: Int) -> Int? {
        let weights = [7, 9, 10, 5, 8, 4, 2]
        var n = seven
        var digits: [Int] = []
        for _ in 0..<7 { digits.insert(n % 10, at: 0); n /= 10 }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let r = sum % 11
        if r == 0 { return 0 }
        if r == 1 { return nil }
        return 11 - r
    }

    static func businessID(_ seven: Int) -> String? {
        guard let check = businessIDCheckDigit(seven) else { return nil }
        return String(format: "%07d-%d", seven, check)
    }

    /// A Finnish payment reference (viitenumero) with its 7-3-1 check digit.
    static func reference(base: String) -> String {
        let weights = [7, 3, 1]
        var sum = 0
        for (i, ch) in base.reversed().enumerated() { sum += (ch.wholeNumberValue ?? 0) * weights[i % 3] }
        return base + String((10 - sum % 10) % 10)
    }

    /// A Finnish IBAN (FI + 2 check digits + 14-digit BBAN), electronic form without spaces.
    static func iban(bban: String) -> String {
        // Move "FI00" to the end, F=15, I=18, then 98 - (n mod 97).
        let digits = bban + "151800"
        var remainder = 0
        for ch in digits { remainder = (remainder * 10 + (ch.wholeNumberValue ?? 0)) % 97 }
        return "FI" + String(format: "%02d", 98 - remainder) + bban
    }
}
