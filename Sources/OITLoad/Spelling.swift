import OITModel

/// "Did you mean" suggestions for misspelt keys and codes.
package enum Spelling {
    /// The candidate nearest to `word` by edit distance, if it is near enough to be a likely typo.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// The index of the choice `word` was probably meant to be: one of its near words, else the
    /// choice with a spelling nearest by edit distance (ignoring case), if near enough to be a typo.
    /// A Thai spelling may be a third of its length away (`ยังไม่ดำเนินการ` for `ยังไม่ได้ดำเนินการ`).
    package static func closestChoice(to word: String, among choices: [[String]], nearWords: [[String]]) -> Int? {
        let typed = word.trimmingSpaces().lowercased()
        if let index = nearWords.firstIndex(where: { $0.contains { $0.lowercased() == typed } }) { return index }
        var best: (index: Int, distance: Int)?
        for (index, spellings) in choices.enumerated() {
            for spelling in spellings {
                let distance = editDistance(typed, spelling.lowercased())
                let limit = max(1, max(typed.unicodeScalars.count, spelling.unicodeScalars.count) / 3)
                if distance <= limit, distance < (best?.distance ?? .max) { best = (index, distance) }
            }
        }
        return best?.index
    }

    package static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
