/// A message in both languages the tool speaks, written side by side where it is worded.
package struct Wording {
    package var th: String
    package var en: String

    package func text(in language: Language) -> String {
        switch language {
        case .thai: return th
        case .english: return en
        }
    }

    package init(th: String, en: String) {
        self.th = th
        self.en = en
    }
}
