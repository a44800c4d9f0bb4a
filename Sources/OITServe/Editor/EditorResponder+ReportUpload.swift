import Foundation
import OITModel
import OITSite

extension EditorResponder {
    /// A file posted for one entry of a progress report (`e-2-upload`), with the title typed
    /// beside it.
    struct ReportUpload {
        var entry: Int
        var title: String
        var file: PostedForm.File
    }

    /// The posted fields with each uploading entry's new-evidence title taken out (it names the
    /// upload, not a web address still to be typed), and the uploads.
    func reportUploads(_ post: PostedForm) -> (fields: [String: [String]], uploads: [ReportUpload]) {
        var fields = post.fields
        var uploads: [ReportUpload] = []
        for file in post.files {
            let parts = file.field.split(separator: "-")
            guard parts.count == 3, parts[0] == "e", parts[2] == "upload", let index = Int(parts[1]) else { continue }
            let key = "e-\(index)-ev-new-title"
            let title = (fields[key]?.last ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if (fields["e-\(index)-ev-new-url"]?.last ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                fields[key] = nil
            }
            uploads.append(ReportUpload(entry: index, title: title, file: file))
        }
        return (fields, uploads)
    }

    /// Stores each upload in the year's `files/` (`UploadStore`, the item form's rules) and adds
    /// it to its entry's evidence; a refused file is reported at `entry-N-upload`. Returns the
    /// files written, for `--commit`.
    func storeReportUploads(_ uploads: [ReportUpload], into submission: inout ProgressSubmission, yearFolder: URL) -> [URL] {
        let store = UploadStore(yearFolder: yearFolder, limit: settings.maxUpload)
        var written: [URL] = []
        for upload in uploads where submission.values.entries.indices.contains(upload.entry) {
            let field = "entry-\(upload.entry)-upload"
            var entry = submission.values.entries[upload.entry]
            guard !entry.status.isEmpty else {
                submission.refusals[field] =
                    th ? "เลือกสถานะของมาตรการนี้ก่อนแนบหลักฐาน" : "choose this measure's status before adding evidence"
                continue
            }
            do {
                let stored = try store.store(upload.file.data, named: upload.file.name)
                let stem = URL(fileURLWithPath: stored.path).deletingPathExtension().lastPathComponent
                if !entry.evidence.contains(where: { $0.file == stored.path }) {
                    entry.evidence.append(
                        ItemValues.Evidence(title: upload.title.isEmpty ? stem : upload.title, file: stored.path))
                }
                submission.values.entries[upload.entry] = entry
                if !stored.reused { written.append(yearFolder.appending(path: stored.path)) }
            } catch {
                submission.refusals[field] = error.text(in: language)
            }
        }
        return written
    }
}
