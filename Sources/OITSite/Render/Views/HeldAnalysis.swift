/// The analysis and measures on the item that holds them (o42 in 2566).
struct HeldAnalysis: Encodable {
    /// The round analysed: the one before the year shown.
    var resultsYear: String
    var results: LinkView?
    var overall: String?
    var grade: String?
    var label: String?
    var weaknesses: [WeaknessView]
    var measures: [LinkView]
    var measuresPage: String?
    var hasMeasures: Bool
}
