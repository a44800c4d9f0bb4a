/// Scores as the NACC publishes them: two decimals, halves away from zero. Bands, labels, changes
/// and the wording of a figure are all decided on this figure.
public enum PublishedScore {
    public static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
