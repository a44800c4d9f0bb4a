/// A word-wise variant of FNV-1a, 64-bit: FNV-1a's step (xor, then multiply by the FNV prime, as
/// Fowler, Noll and Vo publish it) taken on eight bytes at a time, with a xor-shift after each word;
/// the bytes past the last whole word take FNV-1a's byte step. It is not FNV-1a: its values differ
/// from FNV-1a's for any input of eight bytes or more. Written out here because CryptoKit is not
/// available on Linux: a small, fast, deterministic hash that detects accidental change (an edited
/// file, a new theme); it is not meant to resist a chosen collision. Each step (xor, multiply by
/// an odd number, xor with its own upper bits) is one-to-one, so a change within one word always
/// changes the hash; taking words rather than bytes makes hashing every content file (the
/// fingerprint of a first build) eight times cheaper.
package struct WordwiseFNVHash: Sendable {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    package init() {}

    package mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        let words = bytes.count / 8
        for index in 0..<words {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            hash = (hash ^ word) &* Self.prime
            // A product carries a difference only upwards: without this, a change in the top
            // bits of a word would reach no other bits. (Invertible too, as the steps above.)
            hash ^= hash >> 29
        }
        for byte in bytes[(words * 8)...] { hash = (hash ^ UInt64(byte)) &* Self.prime }
        value = hash
    }

    /// A string and a terminator, so that "ab"+"c" and "a"+"bc" differ.
    package mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        add(0 as UInt64)
    }

    package mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }

    /// Sixteen lowercase hex digits.
    package var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
