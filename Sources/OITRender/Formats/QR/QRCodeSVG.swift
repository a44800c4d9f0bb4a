import OITCheck
import OITLoad

/// A QR code as inline SVG: one `<path>` of the dark modules, row by row in horizontal runs, on
/// a white square that includes the quiet zone of four modules readers need around the symbol.
///
/// `shape-rendering="crispEdges"` keeps module edges sharp at any scale (anti-aliased edges blur
/// into grey seams a phone camera reads badly), and a run of modules is one rectangle, so an
/// ITAS link's code (version 3, 29 modules) takes about 3 KB. The text alternative names what the code is and
/// where it goes, for readers who cannot see it; the page prints the address beside it too.
package enum QRCodeSVG {
    /// Light modules around the symbol, as the QR code standard asks.
    package static let quietZone = 4
    /// Size of a module in CSS pixels when no style sizes the image.
    package static let pixelsPerModule = 4
    /// Shared by the image and its title: one QR code per page.
    package static let titleID = "eit-qr-title"

    package static func svg(_ code: QRCode, label: String) -> String {
        let side = code.size + 2 * quietZone
        let pixels = side * pixelsPerModule
        let text = HTML.escape(label)
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" "
            + "width=\"\(pixels)\" height=\"\(pixels)\" role=\"img\" aria-labelledby=\"\(titleID)\" "
            + "shape-rendering=\"crispEdges\"><title id=\"\(titleID)\">\(text)</title>"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(path(code))\"/></svg>"
    }

    /// `M<x> <y>h<n>v1h-<n>z` for each run of `n` dark modules, offset by the quiet zone.
    package static func path(_ code: QRCode) -> String {
        var path = ""
        for y in 0..<code.size {
            var x = 0
            while x < code.size {
                guard code[x, y] else {
                    x += 1
                    continue
                }
                let start = x
                while x < code.size, code[x, y] { x += 1 }
                let run = x - start
                path += "M\(start + quietZone) \(y + quietZone)h\(run)v1h-\(run)z"
            }
        }
        return path
    }
}
