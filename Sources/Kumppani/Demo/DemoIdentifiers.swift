import Foundation

/// Identifiers the demo data invents, with check digits from the shared Finnish rules.
/// Integer-based so that 100,000 of them are cheap to generate.
enum DemoIdentifiers {
    /// Y-tunnus check digit (mod 11, weights 7 9 10 5 8 4 2); nil when remainder 1 (never issued).
    static func businessIDCheckDigit(_ seven: Int) -> Int? {
        BusinessID.checkDigit(forBase: padded(seven, 7))
    }

    static func businessID(_ seven: Int) -> String? {
        BusinessID(base: padded(seven, 7))?.formatted
    }

    /// Zero-padded decimal (String(format:) is slow on Linux).
    static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// A Finnish payment reference (viitenumero) with its 7-3-1 check digit.
    static func reference(base: String) -> String {
        base + String(ReferenceNumber.checkDigit(forBase: base) ?? 0)
    }

    /// A Finnish IBAN (FI + 2 check digits + 14-digit BBAN), electronic form without spaces.
    static func iban(bban: String) -> String {
        // Move "FI00" to the end, F=15, I=18, then 98 - (n mod 97).
        let digits = bban + "151800"
        var remainder = 0
        for ch in digits { remainder = (remainder * 10 + (ch.wholeNumberValue ?? 0)) % 97 }
        return "FI" + padded(98 - remainder, 2) + bban
    }
}
