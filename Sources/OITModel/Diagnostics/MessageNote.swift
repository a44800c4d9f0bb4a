/// A second place a message points to, as swift-format's `Finding.Note` does: where something
/// defined twice was first defined. The message's text names it ("first at …"), and
/// `--format json` gives it as data, its file shown as the message's own.
public struct MessageNote: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The first definition of a key, code, framework or item entry defined again.
        case firstDefined
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public func text(in language: Language) -> String {
        switch kind {
        case .firstDefined: return Wording(th: "ประกาศครั้งแรกที่นี่", en: "first defined here").text(in: language)
        }
    }
}

extension Message {
    /// The second places the message points to; empty for most messages.
    public var notes: [MessageNote] {
        switch self {
        case .duplicateFramework(_, let first), .duplicateCode(_, let first), .duplicateKey(_, let first):
            return [MessageNote(.firstDefined, at: first)]
        default:
            return []
        }
    }
}
