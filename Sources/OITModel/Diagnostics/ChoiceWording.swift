/// The wording of a word that is none of a key's choices. In Thai every choice is listed with its
/// Thai word (`done (ดำเนินการแล้ว)`), and the suggestion is given in the script the clerk typed;
/// in English only the English words are listed, so that the message stays English.
package enum ChoiceWording {
    package static func unknown(_ value: String, choices: [[String]], suggestion: Int?) -> Wording {
        let thaiList = choices.map { spellings in
            spellings.count > 1 ? "\(spellings[0]) (\(spellings[1...].joined(separator: ", ")))" : spellings.first ?? ""
        }
        let englishList = choices.compactMap(\.first)
        let hasThai = choices.contains { $0.count > 1 }
        let typedThai = value.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }
        let meant = suggestion.flatMap { choices.indices.contains($0) ? choices[$0] : nil }
        let wording = Wording(
            th: "\"\(value)\" ใช้ไม่ได้ ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: \(thaiList.joined(separator: ", "))",
            en: "\"\(value)\" is not allowed; use one of: \(englishList.joined(separator: ", "))"
                + (hasThai ? " (or their Thai words)." : "."))
        guard let meant, let english = meant.first else { return wording }
        let thai = typedThai && meant.count > 1 ? meant[1] : english
        return Wording(
            th: wording.th + " หมายถึง \"\(thai)\" หรือไม่?", en: wording.en + " Did you mean \"\(english)\"?")
    }
}
