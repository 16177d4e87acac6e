import Foundation

extension CivilDate {
    /// Reads a date as a Finnish user types it, relative to `today`:
    /// `23.11.2026`, `23.11.` and `23.11` (this year), `2026-11-23`, `tänään`/`today`,
    /// `huomenna`/`tomorrow`, `ylihuomenna`, `eilen`/`yesterday`, `+7` / `-3` (days from today).
    ///
    /// Two-digit years (`23.11.26`) are refused: 26 could be 1926 or 2026, and founding dates
    /// of associations really are that old.
    public static func parse(_ text: String, today: CivilDate) -> Result<CivilDate, CivilDateProblem> {
        let s = FinnishInput.trimmed(text).lowercased()
        if s.isEmpty { return .failure(.empty) }
        if let offset = relativeWords[s] { return .success(today.adding(days: offset)) }

        if let sign = s.first, sign == "+" || sign == "-" {
            let digits = FinnishInput.withoutSpaces(String(s.dropFirst()))
            guard FinnishInput.isAllDigits(digits), digits.count <= 5, let n = Int(digits) else {
                return .failure(.wrongShape)
            }
            guard n <= maximumOffset else { return .failure(.offsetTooLarge(maximum: maximumOffset)) }
            return checkedYear(today.adding(days: sign == "+" ? n : -n))
        }

        let compact = FinnishInput.withoutSpaces(s)
        if compact.contains("-") { return parseISO(compact) }
        return parseFinnish(compact, today: today)
    }

    /// Relative offsets people can type, more than three years either way is surely a typo.
    public static let maximumOffset = 1_100

    private static let relativeWords: [String: Int] = [
        "tänään": 0, "today": 0, "nyt": 0, "now": 0,
        "huomenna": 1, "tomorrow": 1, "ylihuomenna": 2,
        "eilen": -1, "yesterday": -1, "toissapäivänä": -2,
    ]

    private static func parseISO(_ s: String) -> Result<CivilDate, CivilDateProblem> {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy(FinnishInput.isAllDigits),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            return .failure(.wrongShape)
        }
        return make(year: y, month: m, day: d)
    }

    private static func parseFinnish(_ s: String, today: CivilDate) -> Result<CivilDate, CivilDateProblem> {
        var parts = s.split(separator: ".", omittingEmptySubsequences: false)
        // `23.11.` has an empty last part: it means this year, same as `23.11`.
        if parts.count == 3 && parts[2].isEmpty { parts.removeLast() }
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy(FinnishInput.isAllDigits),
              (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let d = Int(parts[0]), let m = Int(parts[1]) else {
            return .failure(.wrongShape)
        }
        guard parts.count == 3 else { return make(year: today.year, month: m, day: d) }
        switch parts[2].count {
        case 4:
            guard let y = Int(parts[2]) else { return .failure(.wrongShape) }
            return make(year: y, month: m, day: d)
        case 2: return .failure(.twoDigitYear)
        default: return .failure(.wrongShape)
        }
    }

    private static func make(year: Int, month: Int, day: Int) -> Result<CivilDate, CivilDateProblem> {
        guard supportedYears.contains(year) else {
            return .failure(.yearOutOfRange(minimum: supportedYears.lowerBound, maximum: supportedYears.upperBound))
        }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            return .failure(.noSuchDate(day: day, month: month, year: year))
        }
        return .success(date)
    }

    private static func checkedYear(_ date: CivilDate) -> Result<CivilDate, CivilDateProblem> {
        guard supportedYears.contains(date.year) else {
            return .failure(.yearOutOfRange(minimum: supportedYears.lowerBound, maximum: supportedYears.upperBound))
        }
        return .success(date)
    }
}

/// Why a text is not a date.
public enum CivilDateProblem: Error, Equatable, Sendable {
    case empty
    /// Not one of the accepted forms.
    case wrongShape
    /// `23.11.26`: the century is ambiguous.
    case twoDigitYear
    /// The day does not exist in that month (30.2., or 29.2. outside a leap year).
    case noSuchDate(day: Int, month: Int, year: Int)
    case yearOutOfRange(minimum: Int, maximum: Int)
    case offsetTooLarge(maximum: Int)

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .empty: return l["finnish.date.empty"]
        case .wrongShape: return l["finnish.date.wrong_shape_example"]
        case .twoDigitYear: return l["finnish.date.two_digit_year"]
        case .noSuchDate(let day, let month, let year):
            if (1...12).contains(month) {
                return l["finnish.date.no_such_day", day, month, year, CivilDate.daysIn(month: month, year: year)]
            }
            return l["finnish.date.no_such_month", month]
        case .yearOutOfRange(let minimum, let maximum): return l["finnish.date.year_out_of_range", minimum, maximum]
        case .offsetTooLarge(let maximum): return l["finnish.date.offset_too_large", maximum]
        }
    }
}
