import Foundation
import OITLoad
import OITModel
import OITRender

/// The kinds of evidence file the editor accepts, told from the content's first bytes and not from
/// the name: a clerk's `รายงาน.pdf` that is really a web page, or a script named `.pdf`, is refused.
public enum UploadKind: String, Sendable, CaseIterable {
    case pdf, png, jpeg, gif, webp, docx, xlsx, pptx
    /// The older binary Office formats (Word, Excel, PowerPoint 97–2003), one container (OLE).
    case oleOffice = "ole"

    /// The extensions a file of this kind may keep, the usual one first.
    public var extensions: [String] {
        switch self {
        case .pdf: return ["pdf"]
        case .png: return ["png"]
        case .jpeg: return ["jpg", "jpeg"]
        case .gif: return ["gif"]
        case .webp: return ["webp"]
        case .docx: return ["docx"]
        case .xlsx: return ["xlsx"]
        case .pptx: return ["pptx"]
        case .oleOffice: return ["doc", "xls", "ppt"]
        }
    }

    /// The kind of `data`, nil when it is none of the accepted ones. `name` only tells the Office
    /// formats apart where the content alone does not (an OLE file).
    public static func sniff(_ data: Data, name: String) -> UploadKind? {
        let head = [UInt8](data.prefix(16))
        func starts(_ bytes: [UInt8]) -> Bool { head.count >= bytes.count && Array(head.prefix(bytes.count)) == bytes }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)), head.count >= 12, Array(head[8..<12]) == Array("WEBP".utf8) { return .webp }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return officeZip(data) }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oleOffice }
        return nil
    }

    /// A ZIP is accepted only as an Office Open XML document, told by its parts' names: a plain
    /// archive could hold anything.
    private static func officeZip(_ data: Data) -> UploadKind? {
        guard data.range(of: Data("[Content_Types].xml".utf8)) != nil else { return nil }
        for (marker, kind) in [("word/", UploadKind.docx), ("xl/", .xlsx), ("ppt/", .pptx)]
        where data.range(of: Data(marker.utf8)) != nil {
            return kind
        }
        return nil
    }
}
