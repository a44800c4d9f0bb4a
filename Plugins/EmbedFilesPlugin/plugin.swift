import Foundation
import PackagePlugin

/// Embeds the default theme (`Templates/`) and the shipped frameworks into the OITSite library as
/// generated Swift source, so an installed `oit` carries them inside the binary.
///
/// Runs at every build: the file list is read again each time, so adding, editing or removing a
/// template regenerates the source without any manual step.
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let package = context.package.directoryURL
        let groups = [
            ("theme", package.appendingPathComponent("Templates")),
            ("frameworks", package.appendingPathComponent("Sources/OITSite/Resources/Frameworks")),
        ]
        let inputs = groups.flatMap { files(under: $0.1) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the default theme and frameworks",
                executable: try context.tool(named: "EmbedFiles").url,
                arguments: [output.path] + groups.map { "\($0.0)=\($0.1.path)" },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func files(under folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles])
        var found: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }
}
