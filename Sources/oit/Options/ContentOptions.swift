import ArgumentParser
import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

extension Language: ExpressibleByArgument {}
extension DiagnosticFormat: ExpressibleByArgument {}

/// Options shared by the commands that read content: where it is, which agencies, and how
/// messages are printed.
struct ContentOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "โฟลเดอร์เนื้อหา (ค่าเริ่มต้น: โฟลเดอร์แรกที่มี agencies/ จากโฟลเดอร์นี้ขึ้นไป) / content folder (default: the first folder holding agencies/, from here upward)",
            valueName: "folder"))
    var content: String?

    @Option(
        name: .customLong("agency"),
        help: ArgumentHelp("สร้างเฉพาะหน่วยงานนี้ (ใส่ซ้ำได้) / only this agency (repeatable)", valueName: "slug"))
    var agencies: [String] = []

    @Option(help: "ภาษาของข้อความแจ้ง / message language")
    var lang: Language = .thai

    @Option(help: "รูปแบบข้อความแจ้ง: text, json (หนึ่งบรรทัดต่อหนึ่งเรื่อง), github (annotation ของ GitHub Actions) / message format")
    var format: DiagnosticFormat = .text

    @Flag(help: "ถือว่าคำเตือนเป็นข้อผิดพลาด / treat warnings as errors")
    var strict = false

    @Option(
        name: .customLong("allow"),
        help: ArgumentHelp(
            "คำเตือนของกฎนี้ไม่ทำให้ --strict ล้มเหลว (ใส่ซ้ำได้) / keep this rule's warnings from failing --strict",
            valueName: "rule"))
    var allowed: [String] = []

    /// The content folder as given, or found from the current folder upward (`ContentSearch`).
    var location: Result<ContentSearch.Found, ContentSearch.NotFound> { ContentSearch().locate(given: content) }

    /// The content folder as messages show it; `validate()` has made sure there is one.
    var contentPath: String { (try? location.get())?.argument ?? "." }

    var contentURL: URL { (try? location.get())?.content ?? URL(fileURLWithPath: contentPath).standardizedFileURL }

    /// Where `Site/` goes when no output folder is given: beside `agencies/` (or `Content/`),
    /// shown as a path from the current folder.
    var defaultOutput: String {
        guard let found = try? location.get() else { return "Site" }
        return ContentSearch().relativePath(to: found.project.appending(path: "Site"))
    }

    /// The project folder (where `Site/` goes by default).
    var projectURL: URL { (try? location.get())?.project ?? contentURL }

    var report: Report { Report(format: format, language: lang, paths: DisplayPaths(contentArgument: contentPath)) }

    func validate() throws {
        if case .failure(let notFound) = location { throw ValidationError(notFound.text(in: lang)) }
        let unknownRules = allowed.filter { !Message.allRuleIDs.contains($0) }
        if !unknownRules.isEmpty {
            throw ValidationError(
                lang.pick(
                    "ไม่รู้จักกฎ \(unknownRules.joined(separator: ", ")) ใน --allow (กฎที่มี: \(Message.allRuleIDs.joined(separator: ", ")))",
                    "unknown rule \(unknownRules.joined(separator: ", ")) in --allow (rules: \(Message.allRuleIDs.joined(separator: ", ")))"
                ))
        }
        if !agencies.isEmpty {
            let known = Project.agencySlugs(in: contentURL)
            let unknown = agencies.filter { !known.contains($0) }
            if !unknown.isEmpty {
                let list = known.isEmpty ? "-" : known.joined(separator: ", ")
                throw ValidationError(
                    lang.pick(
                        "ไม่พบหน่วยงาน \(unknown.joined(separator: ", ")) ใน \(contentPath)/agencies (มี: \(list))",
                        "no agency \(unknown.joined(separator: ", ")) in \(contentPath)/agencies (found: \(list))"))
            }
        }
    }

    /// Builder options for these content options; the output and theme come from the command.
    func builderOptions(theme: URL?, output: URL, baseURL: String? = nil) -> SiteBuilder.Options {
        var options = SiteBuilder.Options(content: contentURL, theme: theme, output: output, strict: strict)
        options.allowedWarnings = Set(allowed)
        options.agencies = agencies
        options.baseURL = baseURL
        return options
    }
}

/// Options of the commands that render pages: the theme over the built-in one.
struct ThemeOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "โฟลเดอร์แม่แบบที่ใช้แทนแม่แบบในตัวทีละไฟล์ / theme folder over the built-in theme",
            valueName: "folder"))
    var theme: String?

    var themeURL: URL? { theme.map { URL(fileURLWithPath: $0).standardizedFileURL } }

    /// A missing theme folder is a usage error (not a silent fall-back to the built-in theme).
    /// Called by the commands' `validate()`, which know the message language.
    func check(_ language: Language) throws {
        if let theme {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: theme, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError(language.pick("ไม่พบโฟลเดอร์แม่แบบ \(theme)", "theme folder \(theme) not found"))
            }
        }
    }
}

extension Language {
    /// The Thai or the English text, by this language.
    func pick(_ thai: String, _ english: String) -> String { self == .thai ? thai : english }
}
