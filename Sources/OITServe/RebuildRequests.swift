/// Rebuilds asked for: by the poll of the folders once a change has settled, and by the editor
/// after it wrote a file. The editor knows its write is complete, so its save is built at once,
/// without waiting for the next poll and the pause that lets a text editor finish saving.
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
