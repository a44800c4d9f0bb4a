/// The readiness summary `oit check` prints after its messages: the predicted OIT figures of one
/// agency-year and one line per failing item. For the webmaster only; no page shows it.
public enum ReadinessSummary {
    /// Text lines: the figures, the sub-indicators (or that they are unknown), the predicted overall
    /// when the previous round's results allow it, then each failing item with its reasons.
    public static func lines(_ prediction: OITPrediction, agency: String, year: Int, language: Language) -> [String] {
        let th = language == .thai
        let figures =
            prediction.indicators.map { (th ? "ตัวชี้วัดที่ " : "indicator ") + "\($0.code) = \(Figures.score($0.score))" }
            + (prediction.tool.map { ["OIT = \(Figures.score($0))"] } ?? [])
        let count = prediction.verdicts.count
        let passing =
            th ? "ผ่าน \(prediction.passing) จาก \(count) ข้อ" : "\(prediction.passing) of \(count) items pass"
        let head = th ? "ความพร้อม OIT (คาดการณ์) \(agency) ปี \(year): " : "OIT readiness (predicted) \(agency) \(year): "
        var lines = [head + (figures + [passing]).joined(separator: ", ")]
        if prediction.groupingKnown {
            let groups = prediction.groups.map { "\($0.code) = \(Figures.score($0.score))" }.joined(separator: ", ")
            if !groups.isEmpty { lines.append("  " + (th ? "ตัวชี้วัดย่อย " : "sub-indicators ") + groups) }
        } else {
            lines.append(
                "  "
                    + (th
                        ? "ยังไม่ทราบตัวชี้วัดย่อยของรอบ \(prediction.round): คะแนนตัวชี้วัดคิดจากทุกข้อเป็นกลุ่มเดียว"
                        : "round \(prediction.round)'s sub-indicators are not known: each indicator's figure assumes "
                            + "one group of all its items"))
        }
        if let (previous, card) = prediction.overall, let overall = card.overall {
            let grade = [card.band?.grade, card.label?.label].compactMap { $0 }.joined(separator: ", ")
            lines.append(
                "  "
                    + (th
                        ? "คะแนนรวมคาดการณ์ \(Figures.score(overall)) (\(grade)) ใช้ IIT และ EIT ของรอบ \(previous)"
                        : "predicted overall \(Figures.score(overall)) (\(grade)) with round \(previous)'s IIT and EIT"))
        }
        for verdict in prediction.failing {
            lines.append("  \(verdict.code): " + verdict.failures.map { $0.text(in: language) }.joined(separator: "; "))
        }
        return lines
    }

    /// The JSON line of one agency-year (`ReadinessRecord`).
    public static func json(_ prediction: OITPrediction, agency: String, year: Int, language: Language) -> String {
        JSONLine.encode(ReadinessRecord(prediction, agency: agency, year: year, language: language))
    }
}
