import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// Puts an uploaded logo into the agency folder (beside `agency.yaml`, as `logo.png`, `logo.jpg`
/// or `logo.webp` by its content), within the same size limit as evidence uploads. A file of the
/// same bytes already there is reused; another logo of that name is never overwritten (the new
/// one is numbered), so nothing is lost.
///
/// SVG is refused, not checked. An SVG is a document that can carry script, event attributes,
/// `<foreignObject>` and references to other sites, and the preview serves agency files from the
/// editor's own origin: a hostile logo opened there could act with the clerk's session. Telling a
/// safe SVG from an unsafe one needs a full XML sanitiser (entities, namespaces, CSS `url()`),
/// which is easy to get wrong, while every agency can export its logo as PNG.
public struct LogoStore: Sendable {
    public enum Refusal: Error, Equatable, Sendable {
        case tooLarge(bytes: Int, limit: Int)
        case empty
        case svg
        case notImage(name: String)
        case folderUnsafe

        public func text(in language: Language) -> String {
            let th = language == .thai
            switch self {
            case .tooLarge(let bytes, let limit):
                return UploadStore.Refusal.tooLarge(bytes: bytes, limit: limit).text(in: language)
            case .empty:
                return UploadStore.Refusal.empty.text(in: language)
            case .svg:
                return th
                    ? "ไม่รับโลโก้แบบ SVG เพราะไฟล์ SVG ใส่สคริปต์ได้ ให้บันทึกโลโก้เป็น PNG แล้วอัปโหลดใหม่"
                    : "SVG logos are not accepted, as an SVG file can carry script: save the logo as PNG and upload that"
            case .notImage(let name):
                return th
                    ? "“\(name)” ไม่ใช่รูป PNG JPEG หรือ WebP: ตรวจจากเนื้อไฟล์ ไม่ใช่จากชื่อ"
                    : "“\(name)” is not a PNG, JPEG or WebP image, judged by its content, not its name"
            case .folderUnsafe:
                return th ? "บันทึกลงโฟลเดอร์ของหน่วยงานไม่ได้" : "cannot write into the agency folder"
            }
        }
    }

    public var agencyFolder: URL
    public var limit: Int

    public init(agencyFolder: URL, limit: Int = UploadStore.defaultLimit) {
        self.agencyFolder = agencyFolder
        self.limit = limit
    }

    /// Stores `data`; the path is relative to the agency folder (`logo.png`).
    public func store(_ data: Data, named typed: String) throws(Refusal) -> UploadStore.Stored {
        guard !data.isEmpty else { throw .empty }
        guard data.count <= limit else { throw .tooLarge(bytes: data.count, limit: limit) }
        guard let kind = UploadKind.sniff(data, name: typed), [.png, .jpeg, .webp].contains(kind) else {
            throw Self.looksLikeSVG(data, name: typed) ? .svg : .notImage(name: typed)
        }
        let name = "logo." + (kind.extensions.first ?? "png")
        var candidate = name
        var number = 1
        while let existing = FileManager.default.contents(atPath: agencyFolder.appending(path: candidate).path) {
            if existing == data { return UploadStore.Stored(path: candidate, reused: true) }
            number += 1
            candidate = UploadName.numbered(name, number)
        }
        let target = agencyFolder.appending(path: candidate)
        guard RealPath.isInside(RealPath.ofPossiblyMissing(target), RealPath.ofPossiblyMissing(agencyFolder)) else {
            throw .folderUnsafe
        }
        do { try data.write(to: target, options: [.atomic]) } catch { throw .folderUnsafe }
        return UploadStore.Stored(path: candidate, reused: false)
    }

    /// An SVG by its name or by an `<svg` near the start of its text, for the clearer message.
    static func looksLikeSVG(_ data: Data, name: String) -> Bool {
        if name.lowercased().hasSuffix(".svg") || name.lowercased().hasSuffix(".svgz") { return true }
        return String(decoding: data.prefix(1024), as: UTF8.self).lowercased().contains("<svg")
    }
}
