import Foundation
import OITLoad
import OITRender
import OITSite

extension EditorResponder {
    /// Saves the agency profile's changed fields, as `saveItem` saves an item.
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
        let refusals = new.refusals(in: language)
        guard refusals.isEmpty else {
            return await agencyPage(
                checked, notice: refusedNotice, problems: refusals.mapValues { [$0] }, submitted: new, status: 422)
        }
        let name = checked.agency?.profile.name ?? checked.slug
        return await write(old.edits(to: new), to: file, expected: current, extra: [], back: back, subject: name)
    }
}
