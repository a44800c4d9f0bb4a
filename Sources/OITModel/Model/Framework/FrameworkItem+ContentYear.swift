extension FrameworkItem {
    /// The fiscal year whose documents the item shows in the round of `year`: the previous one
    /// for an annual report (`previous-year`: 2569's report in round 2570), else the year itself.
    /// The submission sheet's default line names this year, so it never asks for the wrong one.
    /// An item that holds the analysis or the progress shows the year's own measures: its year.
    public func contentYear(inRoundOf year: Int) -> Int {
        periodStated && period == .previousYear && holds == nil ? year - 1 : year
    }
}
