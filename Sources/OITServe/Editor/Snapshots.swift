import Foundation

/// The texts of files as forms were made from them, by SHA-256, so that a save refused because the
/// file changed meanwhile can show what changed. The last 64 are kept.
actor Snapshots {
    private var texts: [String: String] = [:]
    private var order: [String] = []

    func keep(_ text: String, hash: String) {
        guard texts[hash] == nil else { return }
        texts[hash] = text
        order.append(hash)
        if order.count > 64 { texts[order.removeFirst()] = nil }
    }

    func text(_ hash: String) -> String? { texts[hash] }
}
