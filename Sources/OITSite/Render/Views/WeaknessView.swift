/// A weak point of a round's results, with the measures that address it.
struct WeaknessView: Encodable {
    var anchor: String
    var label: String
    var score: String
    var measures: [LinkView]
}
