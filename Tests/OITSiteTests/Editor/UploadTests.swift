import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite
@testable import OITWrite

/// Uploaded evidence files: named safely (the clerk's Thai name kept), told by their content,
/// limited in size, and stored once however often they are uploaded.
@Suite struct UploadTests {
    static let pdf = Data("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".utf8)

    @Test func namesKeepThaiAndLoseWhatIsUnsafe() {
        #expect(UploadName.safe("รายงานผล ๖ เดือน.pdf", kind: .pdf) == "รายงานผล-๖-เดือน.pdf")
        #expect(UploadName.safe("../../x.pdf", kind: .pdf) == "x.pdf")
        #expect(UploadName.safe("..\\..\\x.pdf", kind: .pdf) == "x.pdf")
        #expect(UploadName.safe(".htaccess", kind: .pdf) == "htaccess.pdf")
        #expect(UploadName.safe("a\u{0}b\nc?.PDF", kind: .pdf) == "a_b_c.pdf")
        #expect(UploadName.safe("report.php", kind: .pdf) == "report.php.pdf")
        #expect(UploadName.safe("รูป.JPG", kind: .jpeg) == "รูป.jpg")
        #expect(UploadName.safe("...", kind: .png) == "file.png")
        // NFC: a decomposed name (as macOS gives it) is stored composed.
        #expect(UploadName.safe("e\u{301}.pdf", kind: .pdf) == "\u{e9}.pdf")
        #expect(UploadName.safe(String(repeating: "ก", count: 300) + ".pdf", kind: .pdf).utf8.count <= 200)
    }

    @Test func kindsAreToldByContent() {
        #expect(UploadKind.sniff(Self.pdf, name: "x.docx") == .pdf)
        #expect(UploadKind.sniff(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]), name: "") == .png)
        #expect(UploadKind.sniff(Data([0xFF, 0xD8, 0xFF, 0xE0]), name: "") == .jpeg)
        #expect(UploadKind.sniff(Data("GIF89a....".utf8), name: "") == .gif)
        #expect(UploadKind.sniff(Data("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8), name: "") == .webp)
        let docx = Data("PK\u{3}\u{4}....[Content_Types].xml....word/document.xml".utf8)
        #expect(UploadKind.sniff(docx, name: "a.docx") == .docx)
        #expect(UploadKind.sniff(Data("PK\u{3}\u{4}....[Content_Types].xml....xl/workbook.xml".utf8), name: "") == .xlsx)
        #expect(UploadKind.sniff(Data("PK\u{3}\u{4}....evil.sh".utf8), name: "a.docx") == nil, "a plain ZIP is refused")
        #expect(UploadKind.sniff(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]), name: "a.doc") == .oleOffice)
        #expect(UploadKind.sniff(Data("<html><script>".utf8), name: "x.pdf") == nil)
        #expect(UploadKind.sniff(Data(), name: "x.pdf") == nil)
    }

    @Test func storesOnceInFilesAndRefusesWhatItMustNot() throws {
        let fixture = try Fixture(["agencies/test/2566/year.yaml": "items:\n"])
        let year = fixture.content.appending(path: "agencies/test/2566")
        let store = UploadStore(yearFolder: year, limit: 1000)
        let first = try store.store(Self.pdf, named: "../../x.pdf")
        #expect(first == UploadStore.Stored(path: "files/x.pdf", reused: false))
        #expect(FileManager.default.contents(atPath: year.appending(path: "files/x.pdf").path) == Self.pdf)
        #expect(!FileManager.default.fileExists(atPath: fixture.content.appending(path: "agencies/x.pdf").path))
        // The same bytes under another name: the file already there is reused.
        #expect(try store.store(Self.pdf, named: "อีกชื่อ.pdf") == UploadStore.Stored(path: "files/x.pdf", reused: true))
        // Other bytes under a taken name: a free name beside it.
        let other = Self.pdf + Data("more".utf8)
        #expect(try store.store(other, named: "x.pdf") == UploadStore.Stored(path: "files/x-2.pdf", reused: false))
        #expect(try store.store(other + Data("x".utf8), named: ".htaccess").path == "files/htaccess.pdf")
        #expect(throws: UploadStore.Refusal.tooLarge(bytes: 1001, limit: 1000)) {
            try store.store(Data("%PDF-".utf8) + Data(count: 996), named: "big.pdf")
        }
        #expect(throws: UploadStore.Refusal.unknownKind(name: "page.pdf")) {
            try store.store(Data("<html>".utf8), named: "page.pdf")
        }
        #expect(throws: UploadStore.Refusal.empty) { try store.store(Data(), named: "a.pdf") }
        let names = try FileManager.default.contentsOfDirectory(atPath: year.appending(path: "files").path).sorted()
        #expect(names == ["htaccess.pdf", "x-2.pdf", "x.pdf"])
    }

    @Test func aFilesFolderLinkedOutOfTheYearIsRefused() throws {
        let fixture = try Fixture(["agencies/test/2566/year.yaml": "items:\n", "elsewhere/keep.txt": "x"])
        let year = fixture.content.appending(path: "agencies/test/2566")
        try FileManager.default.createSymbolicLink(
            at: year.appending(path: "files"), withDestinationURL: fixture.content.appending(path: "elsewhere"))
        #expect(throws: UploadStore.Refusal.folderUnsafe) {
            try UploadStore(yearFolder: year).store(Self.pdf, named: "x.pdf")
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.content.appending(path: "elsewhere/x.pdf").path))
    }
}
