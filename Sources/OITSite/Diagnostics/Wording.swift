/// A message in both languages the tool speaks, written side by side where it is worded.
struct Wording {
    var th: String
    var en: String

    func text(in language: Language) -> String {
        switch language {
        case .thai: return th
        case .english: return en
        }
    }
}
