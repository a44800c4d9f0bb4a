import Foundation

// Build tool behind the EmbedFilesPlugin: writes every file of each given folder into one Swift
// source as base64 text, keyed by its path inside the folder.
//
// Usage: EmbedFiles <output.swift> <name>=<folder> ...
// Base64 string literals keep the generated source small to compile, and handle the binary fonts.

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedFiles <output.swift> <name>=<folder> ...\n".utf8))
    exit(2)
}

func files(under folder: URL) -> [(String, URL)] {
    let base = folder.standardizedFileURL.path + "/"
    let enumerator = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    var found: [(String, URL)] = []
    while let url = enumerator?.nextObject() as? URL {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(base) else { continue }
        found.append((String(path.dropFirst(base.count)), url))
    }
    return found.sorted { $0.0 < $1.0 }
}

var source = """
    // Generated at build time by the EmbedFiles plugin. Do not edit: edit the folders it was made from.

    /// Files compiled into the tool, by group, as (path inside the folder, base64 contents).
    enum EmbeddedFiles {

    """
for argument in arguments.dropFirst() {
    guard let equals = argument.firstIndex(of: "=") else { continue }
    let name = String(argument[..<equals])
    let folder = URL(fileURLWithPath: String(argument[argument.index(after: equals)...]))
    source += "    static let \(name): [(path: String, base64: String)] = [\n"
    for (relative, url) in files(under: folder) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            FileHandle.standardError.write(Data("EmbedFiles: cannot read \(url.path)\n".utf8))
            exit(1)
        }
        let escaped = relative.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        source += "        (\"\(escaped)\", \"\(data.base64EncodedString())\"),\n"
    }
    source += "    ]\n"
}
source += "}\n"

do {
    let output = URL(fileURLWithPath: outputPath)
    // Leave the file alone when nothing changed, so the library is not recompiled.
    if FileManager.default.contents(atPath: output.path) != Data(source.utf8) {
        try Data(source.utf8).write(to: output, options: .atomic)
    }
} catch {
    FileHandle.standardError.write(Data("EmbedFiles: \(error)\n".utf8))
    exit(1)
}
