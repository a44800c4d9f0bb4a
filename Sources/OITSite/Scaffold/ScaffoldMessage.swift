import OITCheck
import OITLoad
import OITModel
import OITRender

/// What `oit new year` tells the webmaster, in Thai (default) and English.
///
/// Kept beside the scaffold rather than in `Message` because these are answers of one command, not
/// findings about content with a file, line and column; the cases that are findings about content
/// reuse `Message`'s wording so both say the same thing.
public enum ScaffoldMessage: Error, Sendable, Equatable {
    /// The year was given in the Christian era (2025): folders are named in พ.ศ.
    case christianEraYear(Int, buddhistYear: Int)
    case unknownAgency(String, suggestion: String?)
    /// No framework has `round` equal to the new year.
    case unknownFramework(round: Int, known: [Int])
    /// The year has no framework of its own: it runs on the latest known round.
    case roundAssumed(year: Int, round: Int)
    /// `--from` names the year being created.
    case fromSameYear(Int)
    /// `--from` names a year the agency has no folder for.
    case unknownFromYear(Int, agency: String, known: [Int])
    /// `year.yaml` is there already and `--force` was not given.
    case yearFileExists(String)
    case cannotWrite(path: String, reason: String)

    // Reports of a scaffold that was written
    /// The file written, how many items it lists, what came from which year.
    case wrote(path: String, items: Int, round: Int, from: Int?, carried: Int)
    /// Entries of the old year whose code the new round does not list, kept as comments.
    case keptAsComments(codes: [String], round: Int)
    /// Entries carried with their own title because the new round's partial list lacks them.
    case carriedFromContent(codes: [String], round: Int)
    /// Evidence files of the old year that the new year folder does not have yet.
    case filesToAdd([String])
    /// The content had errors when it was read: what was carried may be incomplete.
    case contentHasErrors(Int)

    public func text(in language: Language) -> String {
        wording.text(in: language)
    }

    private var wording: Wording {
        switch self {
        case .christianEraYear(let year, let buddhistYear):
            return Wording(
                th: "ปี \(year) เป็นปี ค.ศ. ปีงบประมาณต้องเป็นปี พ.ศ. เช่น \(buddhistYear)",
                en: "\(year) is a Christian-era year; give the fiscal year in the Buddhist era, e.g. \(buddhistYear)")
        case .unknownAgency(let slug, let suggestion):
            let hint = suggestion.map { (th: " หมายถึง \"\($0)\" หรือไม่?", en: " Did you mean \"\($0)\"?") }
            return Wording(
                th: "ไม่พบหน่วยงาน \"\(slug)\" ในโฟลเดอร์ agencies/" + (hint?.th ?? ""),
                en: "no agency \"\(slug)\" in agencies/." + (hint?.en ?? ""))
        case .unknownFramework(let round, let known):
            return Wording(
                th: Message.unknownFramework(round: round, known: known).text(in: .thai),
                en: Message.unknownFramework(round: round, known: known).text(in: .english))
        case .roundAssumed(let year, let round):
            return Wording(
                th: Message.fiscalYear(.roundAssumed(year: year, round: round)).text(in: .thai),
                en: Message.fiscalYear(.roundAssumed(year: year, round: round)).text(in: .english))
        case .fromSameYear(let year):
            return Wording(
                th: "--from ต้องเป็นปีอื่น ไม่ใช่ปี \(year) ที่กำลังสร้าง",
                en: "--from must name another year than \(year), the year being created")
        case .unknownFromYear(let year, let agency, let known):
            let list = known.map(String.init).joined(separator: ", ")
            return Wording(
                th: "หน่วยงาน \(agency) ไม่มีโฟลเดอร์ปี \(year) (มี: \(list.isEmpty ? "-" : list))",
                en: "agency \(agency) has no year \(year) folder (has: \(list.isEmpty ? "-" : list))")
        case .yearFileExists(let path):
            return Wording(
                th: "มี \(path) อยู่แล้ว ไม่ได้เขียนทับ ถ้าต้องการเขียนทับให้ใส่ --force",
                en: "\(path) exists; not overwritten (use --force to overwrite)")
        case .cannotWrite(let path, let reason):
            return Wording(
                th: Message.cannotWrite(path: SourceFile(path), reason: reason).text(in: .thai),
                en: Message.cannotWrite(path: SourceFile(path), reason: reason).text(in: .english))
        case .wrote(let path, let items, let round, let from, let carried):
            let source =
                from.map { (th: " ยกข้อมูลจากปี \($0) มา \(carried) ข้อ", en: ", \(carried) carried from \($0)") }
                ?? (th: " ไม่มีปีก่อนหน้าให้ยกข้อมูลมา", en: ", nothing to carry over")
            return Wording(
                th: "เขียน \(path) แล้ว: \(items) ข้อ (รอบการประเมิน \(round))" + source.th + " ทุกข้อมีสถานะ not-started",
                en: "wrote \(path): \(items) items (round \(round))" + source.en + "; every item is not-started")
        case .keptAsComments(let codes, let round):
            let list = codes.joined(separator: ", ")
            return Wording(
                th: "รอบ \(round) ไม่มีข้อ \(list) จึงเก็บข้อมูลเดิมไว้เป็นหมายเหตุ (#) ท้ายไฟล์",
                en: "round \(round) does not list \(list): their old entries are kept as comments (#) at the end of the file")
        case .carriedFromContent(let codes, let round):
            let list = codes.joined(separator: ", ")
            return Wording(
                th: "กรอบรอบ \(round) ยังไม่มีข้อ \(list) จึงยกชื่อข้อ (title, group) ที่หน่วยงานเขียนไว้มาด้วย",
                en: "the round \(round) framework does not list \(list): carried with the title and group the content gave")
        case .filesToAdd(let files):
            return Wording(
                th: "ไฟล์หลักฐานที่ต้องเพิ่มในโฟลเดอร์ปีใหม่: " + files.joined(separator: ", "),
                en: "evidence files to add to the new year folder: " + files.joined(separator: ", "))
        case .contentHasErrors(let count):
            return Wording(
                th: "เนื้อหามีข้อผิดพลาด \(count) รายการ ข้อมูลที่ยกมาอาจไม่ครบ ตรวจด้วย oit check",
                en: "the content has \(count) errors; what was carried over may be incomplete (run oit check)")
        }
    }
}
