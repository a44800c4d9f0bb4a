extension Framework {
    /// Codes missing from a partial round's numbering: the OIT codes below its highest listed one
    /// that the list skips (`o2`, `o6`, `o7` in 2569). Public sources name some items of such a
    /// round only, and a clerk who does not see the gap takes the list for complete. Empty for a
    /// complete round.
    public var unlistedCodes: [String] {
        guard partial, let prefix = tool("OIT")?.questionPrefix ?? items.first.map({ String($0.code.prefix { $0.isLetter }) })
        else { return [] }
        let numbers = Set(
            items.compactMap { item -> Int? in
                guard item.code.hasPrefix(prefix) else { return nil }
                return Int(item.code.dropFirst(prefix.count))
            })
        guard let highest = numbers.max(), highest > 1 else { return [] }
        return (1..<highest).filter { !numbers.contains($0) }.map { prefix + String($0) }
    }
}
