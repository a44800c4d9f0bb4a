import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// A content file the editor writes for the first time (`results.yaml`, `analysis.yaml` of a year
/// that has none): a Thai comment header like the scaffold's, then the values saved. Created
/// atomically and never over a file that appeared meanwhile.
public enum NewContentFile {
    /// The header that says what the file is and how it was made.
    /// - Parameters:
    ///   - name: `results.yaml` or `analysis.yaml`.
    ///   - agency: the agency's name.
    public static func header(_ name: String, agency: String, year: Int) -> String {
        let what =
            name == "results.yaml"
            ? "คะแนน ITA ที่\(agency)ได้รับในรอบการประเมิน \(year) ตามที่เผยแพร่"
            : "การวิเคราะห์ผลการประเมิน ITA รอบ \(year) ของ\(agency) (จุดแข็ง จุดอ่อน ข้อจำกัด)"
        return """
            # \(name): \(what)
            # สร้างด้วยตัวแก้ไขของ oit serve แก้ไขต่อได้ทั้งในตัวแก้ไขและในโปรแกรมแก้ไขข้อความ
            # รูปแบบของไฟล์: docs/CONTENT.md

            """
    }

    /// Writes `text` as a new file at `url`: to a temporary file in the same folder, then linked
    /// to its name, which fails when a file of that name exists (then `.changedOnDisk` with its
    /// bytes is thrown and nothing is written).
    public static func create(_ text: String, at url: URL) throws {
        let manager = FileManager.default
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appending(path: ".\(url.lastPathComponent).oit-\(UUID().uuidString).tmp")
        defer { try? manager.removeItem(at: temporary) }
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw YAMLEditError.refused(
                .cannotWrite(path: SourceFile(url.path), reason: error.localizedDescription), at: .file(url.path))
        }
        guard link(temporary.path, url.path) == 0 else {
            if errno == EEXIST { throw YAMLEditError.changedOnDisk(current: manager.contents(atPath: url.path) ?? Data()) }
            throw YAMLEditError.refused(
                .cannotWrite(path: SourceFile(url.path), reason: String(cString: strerror(errno))), at: .file(url.path))
        }
    }
}
