import Foundation
import OITModel

/// Loads one progress report in `progress/`.
package enum ProgressLoader {
    package static func load(_ url: URL, yearFolder: URL, _ context: LoadContext) -> ProgressReport? {
        context.readMapping(url) { map in
            let round = map.choice("round", required: true, as: ProgressReport.Round.self)
            var unread: Set<String> = []
            let entries = map.mappings("entries") { entry -> ProgressEntry? in
                // Every key is read before giving up on an entry, so that a bad status is not
                // followed by "unknown key" errors for the keys after it.
                let measure = entry.text("measure", required: true)
                let status = entry.choice("status", required: true, as: ProgressStatus.self)
                let summary = entry.markdown("summary")?.value
                let outcome = entry.markdown("outcome")?.value
                let evidence = EvidenceReader.read(entry, yearFolder: yearFolder, context)
                guard let measure else { return nil }
                guard let status else {
                    unread.insert(measure.value)
                    return nil
                }
                return ProgressEntry(
                    measure: measure, status: status.value, summary: summary, outcome: outcome, evidence: evidence)
            }
            let memo = map.mapping("memo") { memo -> Memo? in
                let office = memo.text("office", required: true)
                let subject = memo.text("subject", required: true)
                let to = memo.text("to", required: true)
                let signatures = memo.mappings("signatures") { signature in
                    Signature(name: signature.text("name")?.value, position: signature.text("position")?.value)
                }
                guard let office, let subject, let to else { return nil }
                return Memo(
                    office: office.value, number: memo.text("number")?.value, date: memo.date("date")?.value,
                    subject: subject.value, to: to.value, body: memo.markdown("body")?.value, signatures: signatures)
            }
            guard let round else { return nil }
            return ProgressReport(
                id: url.deletingPathExtension().lastPathComponent, round: round.value, date: map.date("date"),
                title: map.text("title")?.value, entries: entries, memo: memo, source: map.location,
                unreadMeasures: unread)
        }
    }
}
