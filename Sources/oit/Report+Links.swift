import OITCheck
import OITLinks
import OITLoad
import OITModel
import OITRender
import OITSite

/// One use of a checked link as `oit check --links --format json` writes it: `{"link": {...}}`.
struct LinkRecord: Encodable {
    struct Body: Encodable {
        var url: String
        var agency: String
        var year: Int
        var item: String
        var result: String
        var status: Int?
        var finalURL: String?

        enum CodingKeys: String, CodingKey {
            case url, agency, year, item, result, status
            case finalURL = "final_url"
        }
    }

    var link: Body

    init(_ use: LinkChecks.Use) {
        link = Body(
            url: use.link.url, agency: use.agency, year: use.year, item: use.item, result: use.result.rawValue,
            status: use.link.status, finalURL: use.link.finalURL)
    }
}

extension Report {
    /// What `--links` did: one JSON line per use of a link (sorted by address), or a text line
    /// with the counts; the dead links themselves are diagnostics.
    func links(_ outcome: LinkRun.Outcome, uses: [LinkChecks.Use]) {
        switch format {
        case .json:
            for use in uses { Self.output(JSONLine.encode(LinkRecord(use))) }
        case .text:
            let total = outcome.results.byURL.count
            let cached = total - outcome.fetched
            let down = outcome.results.networkDown
            let dead = down ? 0 : Set(uses.filter { $0.result.isDead }.map(\.link.url)).count
            status(
                "ตรวจลิงก์หลักฐาน \(total) ลิงก์ (จากผลตรวจเดิม \(cached)) ใช้ไม่ได้ \(dead) ลิงก์",
                "checked \(total) evidence links (\(cached) from the cache): \(dead) dead")
        default:
            break
        }
    }
}
