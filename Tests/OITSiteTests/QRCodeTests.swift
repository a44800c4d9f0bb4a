import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The EIT survey's QR code (issue 19): libqrencode's modules, written as SVG and read back by
/// zbarimg as a phone would read them.
@Suite struct QRCodeTests {
    static let url = "https://itas.nacc.go.th/go/eit/u4gpi2"

    @Test func zbarReadsTheSVGBackAsTheURL() throws {
        let code = try #require(QRCode(encoding: Self.url))
        let svg = QRCodeSVG.svg(code, label: "QR code")
        #expect(try QRImage.decode(svg: svg) == Self.url)
        // The path holds exactly the code's modules, inside a quiet zone of four light modules.
        let (side, dark) = try QRImage.grid(fromSVG: svg)
        #expect(side == code.size + 8)
        for y in 0..<side {
            for x in 0..<side {
                let inside = (4..<(code.size + 4)).contains(x) && (4..<(code.size + 4)).contains(y)
                #expect(dark[y * side + x] == (inside && code[x - 4, y - 4]), "module \(x), \(y)")
            }
        }
    }

    @Test func levelMAndTheSmallestVersion() throws {
        let code = try #require(QRCode(encoding: Self.url))
        // 37 bytes in 8-bit mode at level M fit version 3 (29 modules; it holds 42 bytes).
        #expect(code.size == 29)
        #expect(QRImage.errorCorrectionLevel(code) == "M")
        #expect(QRCode(encoding: "") == nil)
        #expect(QRCode(encoding: String(repeating: "a", count: 3000)) == nil)
    }

    @Test func theSVGIsCrispLabelledAndSmall() throws {
        let code = try #require(QRCode(encoding: Self.url))
        let svg = QRCodeSVG.svg(code, label: "QR code \"EIT\" <ไปที่> " + Self.url)
        #expect(svg.hasPrefix("<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 37 37\""))
        #expect(svg.contains(" shape-rendering=\"crispEdges\""))
        #expect(svg.contains(" role=\"img\" aria-labelledby=\"eit-qr-title\""))
        #expect(svg.contains("<title id=\"eit-qr-title\">QR code &quot;EIT&quot; &lt;ไปที่&gt; \(Self.url)</title>"))
        #expect(svg.components(separatedBy: "<path").count == 2, "one path")
        #expect(svg.utf8.count < 4_000)
    }

    @Test func theSameTextGivesTheSameBytes() throws {
        let first = try #require(QRCode(encoding: Self.url))
        let second = try #require(QRCode(encoding: Self.url))
        #expect(QRCodeSVG.svg(first, label: "x") == QRCodeSVG.svg(second, label: "x"))
        #expect(try #require(QRCode(encoding: Self.url + "x")) != first)
    }

    @Test func encodingOnManyThreadsGivesOneCode() async throws {
        let expected = try #require(QRCode(encoding: Self.url))
        let codes = await withTaskGroup(of: QRCode?.self) { group in
            for _ in 0..<32 { group.addTask { QRCode(encoding: Self.url) } }
            return await group.reduce(into: [QRCode?]()) { $0.append($1) }
        }
        #expect(codes.count == 32 && codes.allSatisfy { $0 == expected })
    }
}
