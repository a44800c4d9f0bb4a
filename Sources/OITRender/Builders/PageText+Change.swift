import OITCheck
import OITModel

/// The Thai word for how a score moved: with the pages, since `ScoreChange` is Check's.
extension PageText {
    package static func change(_ direction: ScoreChange.Direction) -> String {
        switch direction {
        case .up: return "เพิ่มขึ้น"
        case .down: return "ลดลง"
        case .same: return "เท่าเดิม"
        }
    }
}
