/// Question codes in their natural order: i2 before i10.
enum QuestionOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        let (pa, na) = (a.prefix(1), Int(a.dropFirst()) ?? 0)
        let (pb, nb) = (b.prefix(1), Int(b.dropFirst()) ?? 0)
        return pa == pb ? na < nb : pa < pb
    }
}
