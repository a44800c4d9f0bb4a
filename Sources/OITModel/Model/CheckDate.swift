import Foundation

/// The day that the checks depending on the calendar compare with (whether a round has been
/// assessed yet): today in Thailand, or the day `SOURCE_DATE_EPOCH` names, as reproducible builds
/// fix a build's time, so tests and rebuilds of old content do not depend on the day they run.
public enum CheckDate {
    /// `SOURCE_DATE_EPOCH` (seconds since 1970) when it is set and valid, else `now`; the day as
    /// it is in Thailand (UTC+7), where the fiscal year is counted.
    public static func today(
        environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()
    ) -> CivilDate {
        let fixed = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init).map { Date(timeIntervalSince1970: Double($0)) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: fixed ?? now)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
            let today = CivilDate(year: year, month: month, day: day)
        else { preconditionFailure("the Gregorian calendar gave no day for a date") }
        return today
    }

    /// The latest round whose results can exist on `date`. A round's results are announced in the
    /// last months of its fiscal year (round 2568's on 18 August 2568); none exist before the
    /// second half of that year begins on 1 April, so a round counts from that day on. The rule
    /// errs towards allowing: it never refuses results that really came out.
    public static func latestAssessedRound(on date: CivilDate) -> Int {
        date.month >= 4 ? date.buddhistYear : date.buddhistYear - 1
    }
}
