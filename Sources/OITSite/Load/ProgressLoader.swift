import Foundation

/// Loads one progress report in `progress/`.
enum ProgressLoader {
    static func load(_ url: URL, yearFolder: URL, _ context: LoadContext) -> ProgressReport? {
        context.readMapping(url) { map in
            let round = map.choice("round", required: true, as: ProgressReport.Round.self)
            let entries = map.mappings("entries") { entry -> ProgressEntry? in
                guard let measure = entry.text("measure", required: true),
                    let status = entry.choice("status", required: true, as: ProgressStatus.self)
                else { return nil }
                return ProgressEntry(
                    measure: measure, status: status.value, summary: entry.markdown("summary")?.value,
                    outcome: entry.markdown("outcome")?.value,
                    evidence: EvidenceReader.read(entry, yearFolder: yearFolder, context))
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
                title: map.text("title")?.value, entries: entries, memo: memo, source: map.location)
        }
    }
}
