/// What the preview server knows about the builds: the number of the last good one (which pages
/// compare to decide whether to reload), the errors of the last build if it failed, and the
/// readiness report of a good build once someone asked for it.
actor PreviewState {
    private(set) var version = 0
    private(set) var error: String?
    /// The readiness report and the build it was made after. It needs a full check of every
    /// agency (an incremental build checks only those it renders again), so it is made when the
    /// report is asked for, not after every build: a save's preview does not wait for it.
    private var readiness: (version: Int, sections: [ReadinessPage.Section])?
    /// The preview's address, which the builds give the agencies as their base URL.
    private(set) var baseURL: String?
    /// True once a build has succeeded, so that there are files to serve.
    var hasSite: Bool { version > 0 }

    func serving(at address: String) {
        baseURL = address
    }

    /// A good build; `changed` false when it rendered and wrote nothing, which then reloads no
    /// page (unless the build before failed: its errors must go).
    func succeeded(changed: Bool = true) {
        guard changed || error != nil || version == 0 else { return }
        version += 1
        error = nil
    }

    func failed(_ text: String) {
        error = text
    }

    /// The report made after the last good build, if there is one yet; while the last build
    /// failed, the one made after the last good build (never a report of content that fails).
    func readinessReport() -> [ReadinessPage.Section]? {
        guard let readiness else { return nil }
        return readiness.version == version || error != nil ? readiness.sections : nil
    }

    /// Keeps a report made for build `version` (a newer build may have finished meanwhile: then it
    /// is dropped and made again when asked).
    func keep(_ sections: [ReadinessPage.Section], madeAfter version: Int) {
        guard version == self.version else { return }
        readiness = (version, sections)
    }
}
