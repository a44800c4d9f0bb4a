/// Why an output folder was refused.
public enum OutputRefusal: Sendable, Equatable, Codable {
    /// The output is the content or theme folder itself.
    case isSource(SourceFolder)
    /// The output lies inside the content or theme folder.
    case insideSource(SourceFolder)
    /// The output holds the content or theme folder (for example `--output .`).
    case containsSource(SourceFolder)
    /// The output path is an existing file, not a folder.
    case isFile
    /// A non-empty folder that oit did not write (no manifest file in it).
    case foreignFolder
    /// The folder oit stages a build in exists and was not written by oit.
    case foreignStaging(String)

    public enum SourceFolder: String, Sendable, Equatable, Codable {
        case content, theme
    }
}
