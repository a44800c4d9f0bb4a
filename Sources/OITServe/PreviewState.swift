/// What the preview server knows about the builds: the number of the last good one (which pages
/// compare to decide whether to reload), the errors of the last build if it failed, and the
/// readiness of the last good build (the report page is made from it, never from a failed one).
actor PreviewState {
    private(set) var version = 0
    private(set) var error: String?
    private(set) var readiness: [ReadinessPage.Section] = []
    /// True once a build has succeeded, so that there are files to serve.
    var hasSite: Bool { version > 0 }

    func succeeded(readiness: [ReadinessPage.Section]) {
        version += 1
        error = nil
        self.readiness = readiness
    }

    func failed(_ text: String) {
        error = text
    }
}
