import CQRencode
import Foundation
import OITLoad
import OITModel

/// The modules of a QR code, made by libqrencode (Debian's libqrencode): error correction level M
/// (15 % of the symbol may be lost: a counter poster gets scratched and smudged), 8-bit mode (the
/// URL's bytes as they are), and the smallest version that holds the text. The same text always
/// gives the same modules, so pages made from it are byte-identical from build to build.
package struct QRCode: Equatable, Sendable {
    /// Modules on a side, without the quiet zone.
    package let size: Int
    /// Row by row from the top left; true for a dark module.
    package let modules: [Bool]

    package subscript(x: Int, y: Int) -> Bool { modules[y * size + x] }

    /// libqrencode keeps tables it builds on first use; its manual calls the encoders thread-unsafe
    /// when built without pthreads, and pages of several agencies are rendered at once.
    private static let lock = NSLock()

    /// Nil for empty text, or text too long for the largest QR code (about 2,300 bytes at level M).
    package init?(encoding text: String) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        let encoded: (size: Int, modules: [Bool])? = Self.lock.withLock {
            bytes.withUnsafeBufferPointer { buffer -> (Int, [Bool])? in
                guard let base = buffer.baseAddress,
                    let code = QRcode_encodeData(Int32(buffer.count), base, 0, QR_ECLEVEL_M)
                else { return nil }
                defer { QRcode_free(code) }
                let width = Int(code.pointee.width)
                guard width > 0, let data = code.pointee.data else { return nil }
                // Bit 0 of each byte is the module's colour; the other bits are libqrencode's notes.
                return (width, (0..<width * width).map { data[$0] & 1 == 1 })
            }
        }
        guard let encoded else { return nil }
        size = encoded.size
        modules = encoded.modules
    }

    /// A grid of modules as given (tests read one back from an SVG path).
    package init(size: Int, modules: [Bool]) {
        self.size = size
        self.modules = modules
    }
}
