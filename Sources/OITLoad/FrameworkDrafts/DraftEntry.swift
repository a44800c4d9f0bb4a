import OITModel

/// An entry of a framework list, found by its key (code, number, grade or label) when an
/// extension corrects it.
package protocol DraftEntry {
    var key: Located<String> { get }
    /// Takes every field `other` writes; keeps the others. The key's location becomes the
    /// correcting file's, so later messages about the entry point at the correction.
    mutating func correct(with other: Self)
}
