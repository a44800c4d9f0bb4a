import OITCheck
import OITLoad
import OITModel
import OITRender

/// A place in a YAML document: mapping keys and sequence indexes, written `items.o12.evidence.0.url`.
public struct YAMLKeyPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component]) {
        self.components = components
    }

    /// Parses the dotted form; a component of digits only is an index. Throws YAMLEditError.
    ///
    /// A key that is all digits (results.yaml's `indicators.1`) is read as an index here; the
    /// editor treats an index under a mapping as that key, so `indicators.1` still reaches it.
    public init(parsing dotted: String) throws {
        let parts = dotted.split(separator: ".", omittingEmptySubsequences: false)
        guard !dotted.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else {
            throw YAMLEditError.refused(.edit(.invalidPath(dotted)), at: nil)
        }
        components = parts.map { part in
            if part.allSatisfy({ $0.isASCII && $0.isNumber }), let index = Int(part) { return .index(index) }
            return .key(String(part))
        }
    }

    public var description: String {
        components.map { component in
            switch component {
            case .key(let key): return key
            case .index(let index): return String(index)
            }
        }.joined(separator: ".")
    }

    /// The path of the first `count` components.
    func prefix(_ count: Int) -> YAMLKeyPath { YAMLKeyPath(Array(components.prefix(count))) }
}
