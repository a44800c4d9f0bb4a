/// A letter band (AA … F): a score gets the first band, highest first, whose minimum it reaches.
public struct Band: Sendable {
    public var grade: String
    public var min: Double

    package init(grade: String, min: Double) {
        self.grade = grade
        self.min = min
    }
}
