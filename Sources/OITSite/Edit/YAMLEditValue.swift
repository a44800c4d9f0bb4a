import OITLoad
import OITModel
import OITRender

/// The new value for a path.
public indirect enum YAMLEditValue: Hashable, Sendable {
    /// Text; quoted only when YAML needs it (or as the old value was quoted).
    case scalar(String)
    /// Block style at the key's indentation (flow if the old value was flow).
    case sequence([YAMLEditValue])
    /// Block style likewise.
    case mapping([YAMLEditPair])
    /// Deletes the key (or list entry) and exactly its lines.
    case remove

    /// Parses a command-line VALUE: YAML flow `[a, b]` / `{k: v}` becomes .sequence / .mapping, else .scalar.
    ///
    /// Any other text is the value itself, as typed: `oit set … summary 'ก: ข'` stores `ก: ข` (the
    /// writer quotes it), so a vendor's script never has to quote for YAML.
    public init(parsingCommandLine text: String) throws {
        guard let first = text.first, first == "[" || first == "{" else {
            self = .scalar(text)
            return
        }
        switch YAMLComposer.compose(text, file: "") {
        case .success(let node?):
            self = Self(node)
        case .success(nil):
            self = .scalar(text)
        case .failure(let problem):
            throw YAMLEditError.refused(.edit(.invalidValue(text, problem: Self.problem(text, problem))), at: nil)
        }
    }

    /// Why a text does not read, as `EditFinding` words it in Thai: libyaml's own problem (the
    /// finding has a Thai wording for those we can meet), else the composer's message in English.
    static func problem(_ text: String, _ problem: YAMLComposer.Problem) -> String {
        if let words = YAMLSpanReader.problem(text) { return words }
        switch problem.message {
        case .yamlSyntax(let words), .yamlSyntaxStarted(let words, _, _): return words
        default: return problem.message.text(in: .english)
        }
    }

    init(_ node: YAMLNode) {
        switch node.value {
        case .scalar(let text, _): self = .scalar(text)
        case .sequence(let items): self = .sequence(items.map(Self.init))
        case .mapping(let pairs):
            self = .mapping(pairs.map { YAMLEditPair(key: $0.key.scalar ?? "", value: Self($0.value)) })
        }
    }
}
