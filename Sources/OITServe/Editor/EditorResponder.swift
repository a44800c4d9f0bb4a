import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The editor at `/_edit/`: agencies → an agency's profile and years → a year's items → one form
/// per item. GET shows, POST saves (then redirects); every POST must pass `EditorGuard`.
struct EditorResponder: Sendable {
    static let prefix = "/_edit/"

    let content: EditorContent
    let guardian: EditorGuard
    let settings: EditorSettings
    let language: Language
    let snapshots = Snapshots()

    var th: Bool { language == .thai }

    /// The agency whose preview assets hold the built-in theme's Thai font, as the readiness page
    /// uses them: a computer without a Thai font would show boxes.
    var fontSlug: String? { content.agencySlugs().first }

    /// A request under `/_edit`, already checked for a loopback `Host`.
    /// - Parameters:
    ///   - path: the decoded path (`/_edit/x/2566/o12/`).
    ///   - query: the query string (`saved=1`).
    ///   - post: the posted form, nil for GET.
    func answer(path: String, query: String, post: PostedForm?) async -> EditorAnswer {
        let parts = path.split(separator: "/").map(String.init).dropFirst()
        guard path.hasSuffix("/") || parts.isEmpty else { return .redirect(path + "/") }
        let route = Array(parts)
        if let answer = await cycleAnswer(route, query: query, post: post) { return answer }
        switch route.count {
        case 0:
            return post == nil ? agencies() : .text(405, "405 method not allowed")
        case 1:
            guard let checked = content.check(route[0]) else { return notFound() }
            if let post { return await saveProfile(checked, post) }
            return await agencyPage(checked, notice: notice(query))
        case 2, 3:
            guard let checked = content.check(route[0]), let year = Int(route[1]),
                checked.agency?.year(year) != nil
            else { return notFound() }
            if route.count == 2 {
                if let post { return await addItem(checked, year: year, post) }
                return yearPage(checked, year)
            }
            let code = route[2]
            if let answer = await yearFileAnswer(checked, year: year, form: code, post: post, notice: notice(query)) {
                return answer
            }
            guard code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return notFound() }
            if let post { return await saveItem(checked, year: year, code: code, post) }
            return await itemPage(checked, year: year, code: code, notice: notice(query))
        default:
            return notFound()
        }
    }

    func notFound() -> EditorAnswer {
        .page(
            EditorPage.html(
                fonts: fontSlug,
                title: th ? "ไม่พบหน้านี้" : "Not found", crumbs: [crumbs[0]],
                body: "<p><a href=\"\(Self.prefix)\">\(th ? "กลับไปหน้ารายชื่อหน่วยงาน" : "Back to the agencies")</a></p>\n",
                language: language), status: 404)
    }

    /// The message after a save, from the redirect's query.
    private func notice(_ query: String) -> String {
        switch query {
        case "saved=1":
            return EditorPage.notice(
                th ? "บันทึกแล้ว ตัวอย่างเว็บไซต์จะสร้างใหม่ภายในไม่กี่วินาที" : "Saved; the preview rebuilds in a few seconds.", kind: "ok")
        case "saved=0": return EditorPage.notice(th ? "ไม่มีค่าที่เปลี่ยน ไม่ได้บันทึก" : "Nothing changed; nothing saved.", kind: "ok")
        default: return ""
        }
    }

    var crumbs: [EditorPage.Crumb] { [EditorPage.Crumb(label: th ? "หน่วยงาน" : "Agencies", href: Self.prefix)] }

    private func agencies() -> EditorAnswer {
        let slugs = content.agencySlugs()
        // Each agency by its name from agency.yaml (the folder name when it has none), the folder
        // name in small text: two agencies may share a name, never a folder.
        let list = slugs.map { slug -> String in
            let name = content.agencyName(slug) ?? slug
            return "<li><a href=\"\(Self.prefix)\(HTML.escape(slug))/\">\(HTML.escape(name))</a> "
                + "<small class=\"slug\">\(HTML.escape(slug))</small></li>"
        }.joined()
        let title = th ? "แก้ไขเนื้อหา: หน่วยงาน" : "Edit content: agencies"
        return .page(
            EditorPage.html(
                fonts: fontSlug,
                title: title, crumbs: [EditorPage.Crumb(label: crumbs[0].label, href: nil)],
                body: "<ul>\(list)</ul>\n", language: language))
    }
}
