import Foundation
import OITLoad
import OITModel
import OITRender
import OITSite
import Testing

/// The man page's source: `oit --experimental-dump-help` with `OIT_HELP_ENGLISH=1` keeps the
/// English of the bilingual help, since generate-manual writes ASCII only (scripts/make-deb.sh).
@Suite struct EnglishHelpTests {
    @Test func keepsTheEnglishHalfAndWhatStandsBeforeTheThai() {
        #expect(EnglishHelp.text("สร้างเว็บไซต์ / build the site") == "build the site")
        #expect(EnglishHelp.text("  1  เนื้อหามีข้อผิดพลาด (--strict) / content errors") == "  1  content errors")
        #expect(EnglishHelp.text("ชื่อโฟลเดอร์: a-z 0-9 และ - / the agency's folder name") == "the agency's folder name")
        #expect(EnglishHelp.text("Show the version.") == "Show the version.")
    }

    @Test func dropsThaiLinesAndTheBlankLinesTheyLeave() {
        let discussion = "สร้าง agencies/<ชื่อ>/agency.yaml\nไม่เขียนทับ\nCreates agencies/<slug>/agency.yaml.\n\nไทยอย่างเดียว\n"
        #expect(EnglishHelp.text(discussion) == "Creates agencies/<slug>/agency.yaml.")
        #expect(
            EnglishHelp.text("สถานะ / exit status:\n  0  สำเร็จ / ok\n\nเติม / completion") == "exit status:\n  0  ok\n\ncompletion")
        #expect(EnglishHelp.text("ไทย") == "")
    }

    @Test func dumpKeepsItsShapeWithoutThai() throws {
        let json = #"{"serializationVersion":0,"command":{"abstract":"ไทย / English","isOptional":true,"arguments":[]}}"#
        let english = try #require(EnglishHelp.dump(json))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(english.utf8)) as? [String: Any])
        let command = try #require(object["command"] as? [String: Any])
        #expect(command["abstract"] as? String == "English")
        #expect(command["isOptional"] as? Bool == true)
        #expect(english.contains(#""isOptional":true"#))
        #expect(object["serializationVersion"] as? Int == 0)
        #expect(EnglishHelp.dump("not json") == nil)
    }

    @Test func theBuiltCommandDumpsEnglishHelpOnlyWhenAsked() throws {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let english = try OITProcess.run(["--experimental-dump-help"], environment: ["OIT_HELP_ENGLISH": "1"])
        #expect(english.status == 0)
        #expect(!english.output.containsThai)
        #expect(english.output.contains("Build OIT disclosure websites from content files."))
        #expect(english.output.contains("create a new content project"))
        let bilingual = try OITProcess.run(["--experimental-dump-help"])
        #expect(bilingual.status == 0)
        #expect(bilingual.output.containsThai)
    }
}
