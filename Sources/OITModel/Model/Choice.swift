/// A closed set of words a content key accepts; the first spelling is the one shown in messages.
package protocol Choice: CaseIterable {
    var spellings: [String] { get }
    /// Words clerks write for this choice that are not accepted (`เสร็จแล้ว` for done): a wrong
    /// one is answered with "did you mean" this choice.
    var nearWords: [String] { get }
}

extension Choice {
    package var nearWords: [String] { [] }
}
