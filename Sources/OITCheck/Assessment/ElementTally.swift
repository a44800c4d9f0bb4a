import OITModel

/// Which of an item's required data elements the agency confirms it shows, in the order the
/// framework lists them (or the entry itself, for an item whose `elements:` are texts).
public struct ElementTally: Sendable, Equatable {
    /// One flag per element, in order: whether the agency confirms it shows that element.
    public let confirmed: [Bool]

    /// Nil where neither the round's framework nor the entry lists the item's elements (the
    /// partial rounds 2567–2569): there is nothing to count, and a page says so in words rather
    /// than "0 of 0".
    /// - Parameter hasITASCode: whether the year has an ITAS code: the element of the item that
    ///   asks for the EIT QR code (`role: eit-qr`, `role_element`) is shown exactly when the build
    ///   can draw the code, whatever the entry confirms.
    package init?(_ item: FrameworkItem, entry: ItemEntry?, hasITASCode: Bool) {
        guard !item.elements.isEmpty else { return nil }
        confirmed = (1...item.elements.count).map { number in
            if item.role == .eitQR, item.roleElement == number { return hasITASCode }
            return entry?.elements.confirms(number) ?? false
        }
    }

    public var total: Int { confirmed.count }
    public var confirmedCount: Int { confirmed.filter { $0 }.count }
    /// The confirmed elements' numbers, from 1.
    public var confirmedNumbers: [Int] { confirmed.indices.filter { confirmed[$0] }.map { $0 + 1 } }
}
