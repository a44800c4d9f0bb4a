import Foundation
import OITModel

/// Loads framework files: the rounds shipped with the tool, then those in the content folder.
///
/// A content file for a shipped round *extends* it (adds items, corrects the keys it writes), so a
/// webmaster can complete a partial round without copying the whole file; `replace: true` makes it
/// replace the shipped round instead. A content file for a round that is not shipped is loaded as is.
package enum FrameworkLoader {
    /// The frameworks shipped inside the tool.
    package static var builtInFolder: URL? { BuiltInFiles.frameworksFolder }

    package static func loadAll(contentFolder: URL?, _ context: LoadContext) -> [Int: Framework] {
        var builtIn: [Int: FrameworkDraft] = [:]
        var shipped: LoadContext?
        if let folder = builtInFolder {
            let shippedContext = LoadContext(root: folder.deletingLastPathComponent())
            for draft in readFolder(folder, shippedContext) {
                if let round = draft.round?.value { builtIn[round] = draft }
            }
            shipped = shippedContext
        }
        var content: [Int: FrameworkDraft] = [:]
        if let folder = contentFolder {
            for draft in readFolder(folder, context) {
                guard let round = draft.round else { continue }
                if let other = content[round.value] {
                    context.diagnostics.error(.duplicateFramework(round: round.value, other: other.location), at: draft.location)
                }
                content[round.value] = draft
            }
        }
        var frameworks: [Int: Framework] = [:]
        for round in Set(builtIn.keys).union(content.keys).sorted() {
            let framework: Framework?
            switch (builtIn[round], content[round]) {
            case (let base?, let addition?) where !addition.replace:
                framework = finish(base.extended(by: addition), context)
            case (_, let own?):
                framework = finish(own, context)
            case (let base?, nil):
                framework = finish(base, shipped ?? context)
            case (nil, nil):
                framework = nil
            }
            // A content framework file with errors: the years of its round are not checked against it,
            // so its few real errors are not buried under every entry they make look wrong.
            if var checked = framework, let own = content[round], context.diagnostics.hasErrors(in: own.location.file) {
                checked.hasErrors = true
                frameworks[round] = checked
            } else {
                frameworks[round] = framework
            }
        }
        if let shipped { context.diagnostics.append(contentsOf: shipped.diagnostics) }
        return frameworks
    }

    package static func readFolder(_ folder: URL, _ context: LoadContext) -> [FrameworkDraft] {
        ContentFolder.files(in: folder, withExtension: "yaml").compactMap { read($0, context) }
    }

    package static func read(_ url: URL, _ context: LoadContext) -> FrameworkDraft? {
        context.readMapping(url) { map in
            return FrameworkDraft.read(map, context)
        }
    }

    /// One file on its own, as a complete framework (no built-in round under it).
    package static func load(_ url: URL, _ context: LoadContext) -> Framework? {
        read(url, context).flatMap { finish($0, context) }
    }

    private static func finish(_ draft: FrameworkDraft, _ context: LoadContext) -> Framework? {
        guard let framework = draft.build(context) else { return nil }
        FrameworkValidator.validate(framework, context)
        FrameworkRanges.check(framework, context)
        return framework
    }
}
