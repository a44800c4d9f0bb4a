import OITLoad
import OITModel

/// The readiness summary `oit check` prints after its messages: the predicted OIT figures of one
/// agency-year and one line per failing item. For the webmaster only: no published page shows it
/// (`oit serve` shows it as a page of the preview, with the same wording).
public enum ReadinessSummary {
    /// Text lines: the figures, the sub-indicators (or that they are unknown), the predicted overall
    /// when the previous round's results allow it, then each failing item with its reasons.
    public static func lines(_ prediction: OITPrediction, agency: String, year: Int, language: Language) -> [String] {
        let th = language == .thai
        let figures =
            prediction.indicators.map { (th ? "ตัวชี้วัดที่ " : "indicator ") + "\($0.code) = \(Figures.score($0.score))" }
            + (prediction.tool.map { ["OIT = \(Figures.score($0))"] } ?? [])
        let passing = Self.passing(prediction, language: language)
        let head = th ? "ความพร้อม OIT (คาดการณ์) \(agency) ปี \(year): " : "OIT readiness (predicted) \(agency) \(year): "
        var lines = [head + (figures + [passing]).joined(separator: ", ")]
        if prediction.groupingKnown {
            let groups = prediction.groups.map { "\($0.code) = \(Figures.score($0.score))" }.joined(separator: ", ")
            if !groups.isEmpty { lines.append("  " + (th ? "ตัวชี้วัดย่อย " : "sub-indicators ") + groups) }
        } else {
            lines.append("  " + unknownGrouping(prediction, language: language))
        }
        if let overall = overall(prediction, language: language) { lines.append("  " + overall) }
        for verdict in prediction.failing {
            lines.append("  \(verdict.code): " + verdict.failures.map { $0.text(in: language) }.joined(separator: "; "))
        }
        return lines
    }

    /// "ผ่าน 3 จาก 4 ข้อ": how many of the items that apply would pass.
    public static func passing(_ prediction: OITPrediction, language: Language) -> String {
        let count = prediction.verdicts.count
        return pick(
            language,
            "ผ่าน \(prediction.passing) จาก \(count) ข้อ", "\(prediction.passing) of \(count) items pass")
    }

    /// Why no sub-indicator figures are given for a partial round.
    public static func unknownGrouping(_ prediction: OITPrediction, language: Language) -> String {
        pick(
            language,
            "ยังไม่ทราบตัวชี้วัดย่อยของรอบ \(prediction.round): คะแนนตัวชี้วัดคิดจากทุกข้อเป็นกลุ่มเดียว",
            "round \(prediction.round)'s sub-indicators are not known: each indicator's figure assumes "
                + "one group of all its items")
    }

    /// The predicted overall with its band and label and the round whose IIT and EIT it uses; nil
    /// when last round's results are not in the content.
    public static func overall(_ prediction: OITPrediction, language: Language) -> String? {
        guard let (previous, card) = prediction.overall, let overall = card.overall else { return nil }
        let grade = [card.band?.grade, card.label?.label].compactMap { $0 }.joined(separator: ", ")
        return pick(
            language,
            "คะแนนรวมคาดการณ์ \(Figures.score(overall)) (\(grade)) ใช้ IIT และ EIT ของรอบ \(previous)",
            "predicted overall \(Figures.score(overall)) (\(grade)) with round \(previous)'s IIT and EIT")
    }

    private static func pick(_ language: Language, _ thai: String, _ english: String) -> String {
        language == .thai ? thai : english
    }

    /// The JSON line of one agency-year (`ReadinessRecord`).
    public static func json(_ prediction: OITPrediction, agency: String, year: Int, language: Language) -> String {
        JSONLine.encode(ReadinessRecord(prediction, agency: agency, year: year, language: language))
    }
}
