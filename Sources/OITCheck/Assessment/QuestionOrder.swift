import OITLoad
import OITModel

/// Question codes in their natural order: i2 before i10.
package enum QuestionOrder {
    package static func less(_ a: String, _ b: String) -> Bool {
        let (pa, na) = (a.prefix(1), Int(a.dropFirst()) ?? 0)
        let (pb, nb) = (b.prefix(1), Int(b.dropFirst()) ?? 0)
        return pa == pb ? na < nb : pa < pb
    }

    /// `codes` in the order of `less`, each code's letter and number read once rather than at
    /// every comparison; codes that `less` ranks equal ("i1", "i01") are in text order, so the
    /// order never depends on where the codes came from (a dictionary's keys have no order).
    package static func sorted(_ codes: some Sequence<String>) -> [String] {
        codes.map { (letter: String($0.prefix(1)), number: Int($0.dropFirst()) ?? 0, code: $0) }
            .sorted { ($0.letter, $0.number, $0.code) < ($1.letter, $1.number, $1.code) }
            .map(\.code)
    }
}
