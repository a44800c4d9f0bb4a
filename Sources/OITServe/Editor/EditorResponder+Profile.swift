import Foundation
import OITLoad
import OITRender
import OITSite

extension EditorResponder {
    /// Saves the agency profile's changed fields, as `saveItem` saves an item: the text fields,
    /// the social links and the logo, an uploaded logo stored first (`LogoStore`).
    func saveProfile(_ checked: EditorContent.Checked, _ post: PostedForm) async -> EditorAnswer {
        guard let file = content.file(["agencies", checked.slug, "agency.yaml"]) else { return notFound() }
        let back = agencyHref(checked.slug)
        let current: Data
        switch await unchanged(file, post, back: back) {
        case .success(let data): current = data
        case .failure(let refusal): return refusal.answer
        }
        let old = ProfileValues(checked.agency?.profile)
        let new = old.posted(post.fields)
        var refusals = new.refusals(in: language)
        let oldLinks = ProfileLinks(checked.agency?.profile)
        let posted = oldLinks.posted(post.fields, language: language)
        var links = posted.links
        refusals.merge(posted.refusals) { first, _ in first }
        var written: [URL] = []
        if refusals.isEmpty, let upload = post.files.first(where: { $0.field == "logo" }) {
            let store = LogoStore(agencyFolder: file.deletingLastPathComponent(), limit: settings.maxUpload)
            do {
                let stored = try store.store(upload.data, named: upload.name)
                links.logo = stored.path
                if !stored.reused { written.append(file.deletingLastPathComponent().appending(path: stored.path)) }
            } catch {
                refusals["logo"] = error.text(in: language)
            }
        }
        guard refusals.isEmpty else {
            return await agencyPage(
                checked, notice: refusedNotice, problems: refusals.mapValues { [$0] }, submitted: new, submittedLinks: links,
                status: 422)
        }
        let name = checked.agency?.profile.name ?? checked.slug
        let edits = old.edits(to: new) + oldLinks.edits(to: links)
        return await write(edits, to: file, expected: current, extra: written, back: back, subject: name)
    }
}
