/// What the preview server knows about the builds: the number of the last good one (which pages
/// compare to decide whether to reload) and the errors of the last build if it failed.
actor PreviewState {
    private(set) var version = 0
    private(set) var error: String?
    /// True once a build has succeeded, so that there are files to serve.
    var hasSite: Bool { version > 0 }

    func succeeded() {
        version += 1
        error = nil
    }

    func failed(_ text: String) {
        error = text
    }
}
