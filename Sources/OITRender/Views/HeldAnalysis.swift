import OITCheck

/// The analysis and measures on the item that holds them (o42 in 2566).
package struct HeldAnalysis: Encodable {
    /// The round analysed: the one before the year shown.
    package var resultsYear: String
    package var results: LinkView?
    package var overall: String?
    package var grade: String?
    package var label: String?
    package var weaknesses: [WeaknessView]
    package var measures: [LinkView]
    package var measuresPage: String?
    package var hasMeasures: Bool
}
