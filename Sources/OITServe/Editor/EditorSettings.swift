/// How `oit serve` runs its editor (`/_edit/`).
public struct EditorSettings: Sendable {
    /// Commit each save when the content is in a git repository (`--commit`).
    public var commit: Bool
    /// The largest upload accepted, in bytes (`--max-upload`, in MB on the command line).
    public var maxUpload: Int

    public init(commit: Bool = false, maxUpload: Int = 20 * 1_048_576) {
        self.commit = commit
        self.maxUpload = maxUpload
    }
}
