import Foundation
import OITModel

/// Reads `evidence:` lists; a named file must exist inside the year folder.
package enum EvidenceReader {
    package static func read(_ map: MappingReader, yearFolder: URL, _ context: LoadContext) -> [Evidence] {
        map.mappings("evidence") { item -> Evidence? in
            let title = item.text("title", required: true)
            let url = item.url("url")
            let file = item.text("file")
            if url == nil && file == nil && !item.has("url") {
                context.diagnostics.error(.missingKey("url"), at: item.location)
            }
            if let file, !ContentFolder.checkFile(file.value, in: yearFolder, at: file.location, context) {
                return nil
            }
            guard let title else { return nil }
            if let file { return Evidence(title: title.value, target: .file(file.value), location: item.location) }
            if let url { return Evidence(title: title.value, target: .url(url.value), location: item.location) }
            return nil
        }
    }
}
