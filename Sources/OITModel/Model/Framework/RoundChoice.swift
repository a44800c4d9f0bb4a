/// Which round's framework a fiscal year runs on when its content does not say (`round:`).
///
/// A round's criteria are published during its fiscal year, often months after it began, so
/// agencies publish a new year's items under the latest criteria they have: fiscal 2570 runs on
/// round 2569 until a 2570 framework exists. `oit init`, `oit new year`, `oit items` and the build
/// all decide it here, so they never disagree.
public enum RoundChoice {
    /// The year's own round when a framework of it is known, else the latest known round before
    /// it; nil when no known round is as early as the year.
    public static func round(forYear year: Int, known: some Sequence<Int>) -> Int? {
        let rounds = Array(known)
        if rounds.contains(year) { return year }
        return rounds.filter { $0 < year }.max()
    }

    /// The round for a year without a checklist (results, measures or progress only): as above,
    /// else the earliest known round after it. Such a year uses a framework only for its tools,
    /// indicators, weights and labels, which every known round shares, not for an item list.
    public static func round(forYearWithoutChecklist year: Int, known: some Sequence<Int>) -> Int? {
        let rounds = Array(known)
        return round(forYear: year, known: rounds) ?? rounds.filter { $0 > year }.min()
    }
}
