import OITCheck

/// A weak point of a round's results, with the measures that address it.
package struct WeaknessView: Encodable {
    package var anchor: String
    package var label: String
    package var score: String
    package var measures: [LinkView]
}
