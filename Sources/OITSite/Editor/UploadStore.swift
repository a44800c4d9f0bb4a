import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITWrite

/// Puts an uploaded evidence file into a year's `files/` folder: checked for size and kind, named
/// by `UploadName`, and not stored twice (a file of the same SHA-256 already there is reused).
public struct UploadStore: Sendable {
    /// Why an upload was refused; nothing was written.
    public enum Refusal: Error, Equatable, Sendable {
        case tooLarge(bytes: Int, limit: Int)
        case empty
        case unknownKind(name: String)
        /// `files/` is a link out of the year folder, or cannot be written.
        case folderUnsafe

        public func text(in language: Language) -> String {
            let th = language == .thai
            switch self {
            case .tooLarge(let bytes, let limit):
                let (size, max) = (megabytes(bytes), megabytes(limit))
                return th ? "ไฟล์ใหญ่เกินไป (\(size) MB เกิน \(max) MB)" : "the file is too large (\(size) MB, over \(max) MB)"
            case .empty:
                return th ? "ไฟล์ว่าง" : "the file is empty"
            case .unknownKind(let name):
                return th
                    ? "“\(name)” ไม่ใช่ไฟล์ PDF รูปภาพ (PNG, JPEG, GIF, WebP) หรือเอกสาร Office: ตรวจจากเนื้อไฟล์ ไม่ใช่จากชื่อ"
                    : "“\(name)” is not a PDF, an image (PNG, JPEG, GIF, WebP) or an Office document, judged by its content, not its name"
            case .folderUnsafe:
                return th ? "บันทึกลงโฟลเดอร์ files/ ของปีนี้ไม่ได้" : "cannot write into this year's files/ folder"
            }
        }

        private func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }
    }

    /// Where the file is, relative to the year folder (`files/รายงาน.pdf`), and whether an existing
    /// file of the same content was reused.
    public struct Stored: Equatable, Sendable {
        public var path: String
        public var reused: Bool
    }

    /// The default size limit, 20 MB (`--max-upload`).
    public static let defaultLimit = 20 * 1_048_576

    public var yearFolder: URL
    public var limit: Int

    public init(yearFolder: URL, limit: Int = UploadStore.defaultLimit) {
        self.yearFolder = yearFolder
        self.limit = limit
    }

    public func store(_ data: Data, named typed: String) throws(Refusal) -> Stored {
        guard !data.isEmpty else { throw .empty }
        guard data.count <= limit else { throw .tooLarge(bytes: data.count, limit: limit) }
        guard let kind = UploadKind.sniff(data, name: typed) else { throw .unknownKind(name: typed) }
        let folder = yearFolder.appending(path: "files")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch { throw .folderUnsafe }
        // `files/` must be the year's own folder, not a link to elsewhere (the build's own rule).
        guard RealPath.isInside(folder, yearFolder) else { throw .folderUnsafe }
        let hash = SHA256.hex(data)
        if let same = existing(in: folder, size: data.count, hash: hash) {
            return Stored(path: "files/" + same, reused: true)
        }
        let name = UploadName.safe(typed, kind: kind)
        var candidate = name
        var number = 1
        while FileManager.default.fileExists(atPath: folder.appending(path: candidate).path) {
            number += 1
            candidate = UploadName.numbered(name, number)
        }
        let target = folder.appending(path: candidate)
        guard RealPath.isInside(RealPath.ofPossiblyMissing(target), RealPath.ofPossiblyMissing(folder)) else {
            throw .folderUnsafe
        }
        do { try data.write(to: target, options: [.atomic]) } catch { throw .folderUnsafe }
        return Stored(path: "files/" + candidate, reused: false)
    }

    /// The name of a file directly in `folder` with the same bytes, cheapest test (size) first.
    private func existing(in folder: URL, size: Int, hash: String) -> String? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let url = folder.appending(path: name)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                attributes[.type] as? FileAttributeType == .typeRegular,
                (attributes[.size] as? NSNumber)?.intValue == size,
                let bytes = FileManager.default.contents(atPath: url.path), SHA256.hex(bytes) == hash
            else { continue }
            return name
        }
        return nil
    }
}
