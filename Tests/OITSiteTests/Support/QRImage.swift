import Foundation

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite
@testable import OITWrite

/// Reads a QR code back from the SVG the build writes, as a reader with no knowledge of how it was
/// written: the `<path>`'s runs become a module grid, the grid a greyscale image, and zbarimg
/// (Debian's zbar-tools) decodes the image, as a phone decodes a camera's picture.
enum QRImage {
    enum Failure: Error, CustomStringConvertible {
        case noSVG, badPath(String), zbarMissing, zbar(status: Int32, output: String)

        var description: String {
            switch self {
            case .noSVG: return "no <svg class=\"qr\"> in the page"
            case .badPath(let rest): return "the path has text the QR writer does not write: \(rest.prefix(40))"
            case .zbarMissing: return "zbarimg not found: install zbar-tools (make test installs it)"
            case .zbar(let status, let output): return "zbarimg exited \(status): \(output)"
            }
        }
    }

    /// The first QR code SVG in `html`.
    static func svg(in html: String) throws -> String {
        guard let start = html.range(of: "<svg class=\"qr\""),
            let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex)
        else { throw Failure.noSVG }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The modules of the SVG's square viewBox (quiet zone included), row by row.
    static func grid(fromSVG svg: String) throws -> (side: Int, dark: [Bool]) {
        guard let box = svg.firstMatch(of: /viewBox="0 0 (\d+) (\d+)"/), let side = Int(box.1), box.1 == box.2,
            let path = svg.firstMatch(of: /\sd="([^"]*)"/)
        else { throw Failure.noSVG }
        var dark = [Bool](repeating: false, count: side * side)
        var rest = Substring(path.1)
        while !rest.isEmpty {
            guard let run = rest.prefixMatch(of: /M(\d+) (\d+)h(\d+)v1h-(\d+)z/), let x = Int(run.1), let y = Int(run.2),
                let length = Int(run.3), run.3 == run.4, y < side, x + length <= side
            else { throw Failure.badPath(String(rest)) }
            for column in x..<(x + length) { dark[y * side + column] = true }
            rest = rest[run.range.upperBound...]
        }
        return (side, dark)
    }

    /// A binary greyscale PGM (P5), `scale` pixels a module, black on white.
    static func pgm(side: Int, dark: [Bool], scale: Int) -> Data {
        var bytes = Array("P5\n\(side * scale) \(side * scale)\n255\n".utf8)
        for y in 0..<(side * scale) {
            for x in 0..<(side * scale) { bytes.append(dark[(y / scale) * side + x / scale] ? 0 : 255) }
        }
        return Data(bytes)
    }

    /// What zbarimg reads in the SVG's QR code.
    static func decode(svg: String) throws -> String {
        let (side, dark) = try grid(fromSVG: svg)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("oit-qr-\(UUID().uuidString).pgm")
        defer { try? FileManager.default.removeItem(at: file) }
        try pgm(side: side, dark: dark, scale: 8).write(to: file)
        return try zbar(file)
    }

    /// zbarimg's text for an image file, without the line break it ends with.
    static func zbar(_ image: URL) throws -> String {
        guard let zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first(where: FileManager.default.isExecutableFile)
        else { throw Failure.zbarMissing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg)
        process.arguments = ["--raw", "-q", image.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure.zbar(status: process.terminationStatus, output: output) }
        return output.hasSuffix("\n") ? String(output.dropLast()) : output
    }

    /// The error correction level the symbol's format information states (read around the top-left
    /// finder pattern, as ISO/IEC 18004 places it): "L", "M", "Q" or "H".
    static func errorCorrectionLevel(_ code: QRCode) -> String {
        var bits = 0
        let cells = (0..<6).map { ($0, 8) } + [(7, 8), (8, 8), (8, 7)] + (0..<6).reversed().map { (8, $0) }
        for (x, y) in cells { bits = bits << 1 | (code[x, y] ? 1 : 0) }
        return ["M", "L", "H", "Q"][((bits ^ 0x5412) >> 13) & 3]
    }
}
