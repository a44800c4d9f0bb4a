import Foundation
import OITLoad

/// `oit.json`: the year's items and statuses, for machines (dashboards, provincial offices).
package enum Export {
    package struct YearFile: Encodable {
        package var agency: AgencyInfo
        package var fiscalYear: Int
        package var round: Int
        package var partialFramework: Bool
        package var counts: CountsInfo
        package var items: [Item]
    }

    package struct AgencyInfo: Encodable {
        package var name: String
        package var nameEnglish: String?
        package var province: String
        package var website: String
    }

    package struct CountsInfo: Encodable {
        package var total, done, inProgress, notStarted, notApplicable, missing, percentDone: Int
    }

    package struct Item: Encodable {
        package var code: String
        package var title: String
        package var group: String
        package var status: String
        package var updated: String?
        package var url: String
        package var unit: String?
        package var elementsRequired: Int
        package var elementsConfirmed: [Int]
        package var evidence: [EvidenceLink]
    }

    package struct EvidenceLink: Encodable {
        package var title: String
        package var url: String
    }

    package static func json(_ context: YearContext) throws -> [UInt8] {
        try bytes(file(context))
    }

    package static func file(_ context: YearContext) -> YearFile {
        let profile = context.agency.profile
        let c = context.assessment.counts
        let items = context.assessment.items.map { item -> Item in
            let entry = context.year.entries[item.code]
            return Item(
                code: item.code, title: item.title, group: item.group,
                status: context.assessment.status(of: item.code)?.rawValue ?? "missing",
                updated: entry?.updated?.value.description, url: context.url(.item(year: context.year.year, code: item.code)),
                unit: entry?.unit, elementsRequired: item.elements.count,
                elementsConfirmed: context.assessment.elements(of: item.code)?.confirmedNumbers ?? [],
                evidence: (entry?.evidence ?? []).map { evidence in
                    switch evidence.target {
                    case .url(let url): return EvidenceLink(title: evidence.title, url: url)
                    case .file(let path):
                        return EvidenceLink(
                            title: evidence.title, url: context.url(.yearFile(year: context.year.year, path: path)))
                    }
                })
        }
        return YearFile(
            agency: AgencyInfo(
                name: profile.name, nameEnglish: profile.nameEnglish, province: profile.province, website: profile.website),
            fiscalYear: context.year.year, round: context.framework.round, partialFramework: context.framework.partial,
            counts: CountsInfo(
                total: c.total, done: c.done, inProgress: c.inProgress, notStarted: c.notStarted,
                notApplicable: c.notApplicable, missing: c.missing, percentDone: c.percentDone),
            items: items)
    }

    /// The JSON of `file` as `JSONEncoder` writes it (pretty, sorted keys, slashes as they are),
    /// and a line end.
    package static func bytes<File: Encodable>(_ file: File) throws -> [UInt8] {
        if var bytes = PrettyJSON.bytes(TemplateEncoder.encode(file)) {
            bytes.append(UInt8(ascii: "\n"))
            return bytes
        }
        return Array(try encoderOutput(file).utf8)
    }

    /// What `JSONEncoder` writes for `file`: the reference `PrettyJSON` matches.
    package static func encoderOutput<File: Encodable>(_ file: File) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(file), as: UTF8.self) + "\n"
    }
}
