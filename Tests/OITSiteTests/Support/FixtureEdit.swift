import Foundation
import Testing

extension String {
    /// The text with every `old` replaced by `new`, for a fixture made by editing another one.
    /// Fails the test (it throws) when the text has no `old`: an edit that silently did not happen
    /// would leave the fixture unchanged and let the test pass for the wrong reason.
    func edited(replacing old: String, with new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> String
    {
        try #require(contains(old), "the fixture has no \(old.debugDescription)", sourceLocation: sourceLocation)
        return replacingOccurrences(of: old, with: new)
    }
}
