/// Rebuilds the editor asks for after it wrote a file. The editor knows its write is complete, so
/// the preview builds at once instead of waiting for the next poll of the folders and the pause
/// that lets a text editor finish saving.
actor RebuildRequests {
    private var pending = false

    func request() {
        pending = true
    }

    /// Whether a rebuild was asked for since the last call.
    func take() -> Bool {
        defer { pending = false }
        return pending
    }
}
