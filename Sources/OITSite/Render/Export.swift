import Foundation

/// `oit.json`: the year's items and statuses, for machines (dashboards, provincial offices).
enum Export {
    struct YearFile: Encodable {
        var agency: AgencyInfo
        var fiscalYear: Int
        var round: Int
        var partialFramework: Bool
        var counts: CountsInfo
        var items: [Item]
    }

    struct AgencyInfo: Encodable {
        var name: String
        var nameEnglish: String?
        var province: String
        var website: String
    }

    struct CountsInfo: Encodable {
        var total, done, inProgress, notStarted, notApplicable, missing, percentDone: Int
    }

    struct Item: Encodable {
        var code: String
        var title: String
        var group: String
        var status: String
        var updated: String?
        var url: String
        var unit: String?
        var elementsRequired: Int
        var elementsConfirmed: [Int]
        var evidence: [EvidenceLink]
    }

    struct EvidenceLink: Encodable {
        var title: String
        var url: String
    }

    static func json(_ context: YearContext) throws -> [UInt8] {
        try bytes(file(context))
    }

    static func file(_ context: YearContext) -> YearFile {
        let profile = context.agency.profile
        let c = context.assessment.counts
        let items = context.assessment.items.map { item -> Item in
            let entry = context.year.entries[item.code]
            let confirmed = (1...max(1, item.elements.count)).filter {
                context.assessment.shows(element: $0, of: item, entry: entry)
            }
            return Item(
                code: item.code, title: item.title, group: item.group,
                status: context.assessment.status(of: item.code)?.rawValue ?? "missing",
                updated: entry?.updated?.value.description, url: context.url(.item(year: context.year.year, code: item.code)),
                unit: entry?.unit,
                elementsRequired: item.elements.count, elementsConfirmed: item.elements.isEmpty ? [] : confirmed,
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
    static func bytes<File: Encodable>(_ file: File) throws -> [UInt8] {
        if var bytes = PrettyJSON.bytes(TemplateEncoder.encode(file)) {
            bytes.append(UInt8(ascii: "\n"))
            return bytes
        }
        return Array(try encoderOutput(file).utf8)
    }

    /// What `JSONEncoder` writes for `file`: the reference `PrettyJSON` matches.
    static func encoderOutput<File: Encodable>(_ file: File) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(file), as: UTF8.self) + "\n"
    }
}
