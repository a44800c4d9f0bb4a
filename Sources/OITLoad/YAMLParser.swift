import CYaml
import Foundation
import OITModel

/// Parses YAML text into located nodes, or says where and why it cannot.
///
/// One pass over libyaml's events (`YAMLComposer`) builds the nodes and, before anything large is
/// built, rejects what would exhaust memory or stack (alias expansion, nesting depth), finds
/// duplicate keys at the duplicate and the first, and locates syntax errors where the broken
/// construct began as well as where parsing stopped. It composes exactly what Yams' `compose`
/// gave before (a test compares both on every file of the example content and on edge cases),
/// without Yams' second parse, tag resolution by regular expressions and hashing of every key.
package enum YAMLParser {
    /// - Parameters:
    ///   - lineOffset: lines before `text` in its file (front matter starts after `---`).
    package static func parse(_ text: String, file: String, lineOffset: Int = 0, into diagnostics: inout Diagnostics) -> YAMLNode?
    {
        let place = { (line: Int, column: Int) in SourceLocation(file: file, line: line + lineOffset, column: column) }
        switch YAMLComposer.compose(text, file: file, lineOffset: lineOffset) {
        case .success(let node):
            return node
        case .failure(let problem):
            var message = problem.message
            // The composer knows lines within `text`; the file's lines start `lineOffset` later.
            switch message {
            case .duplicateKey(let key, let first):
                message = .duplicateKey(key, first: place(first.line, first.column))
            case .yamlSyntaxStarted(let problem, let context, let stopped):
                message = .yamlSyntaxStarted(problem: problem, context: context, stoppedAt: place(stopped.line, stopped.column))
            default:
                break
            }
            diagnostics.error(message, at: place(problem.line, problem.column))
            return nil
        }
    }
}
