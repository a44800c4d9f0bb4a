import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite
@testable import OITWrite

/// The editor's inputs without a server: dates typed in พ.ศ., SHA-256, posted forms and line diffs.
@Suite struct EditorInputTests {
    @Test func datesAreTypedInTheBuddhistEraAndStoredISO() throws {
        #expect(try BuddhistDateInput.parse("15/3/2566")?.description == "2023-03-15")
        #expect(try BuddhistDateInput.parse(" ๑๕/๐๓/๒๕๖๖ ")?.description == "2023-03-15")
        #expect(try BuddhistDateInput.parse("2566-03-15")?.description == "2023-03-15")
        #expect(try BuddhistDateInput.parse("1.10.2565")?.description == "2022-10-01")
        #expect(try BuddhistDateInput.parse("29/2/2567")?.description == "2024-02-29")
        #expect(try BuddhistDateInput.parse("") == nil)
        #expect(throws: BuddhistDateInput.Refusal.christianYear(2023)) { try BuddhistDateInput.parse("15/3/2023") }
        #expect(throws: BuddhistDateInput.Refusal.noSuchDay("29/2/2566")) { try BuddhistDateInput.parse("29/2/2566") }
        #expect(throws: BuddhistDateInput.Refusal.notADate("พรุ่งนี้")) { try BuddhistDateInput.parse("พรุ่งนี้") }
        #expect(throws: BuddhistDateInput.Refusal.notADate("15/13/2566")) { try BuddhistDateInput.parse("15/13/2566") }
        #expect(throws: BuddhistDateInput.Refusal.notADate("15/3/66")) { try BuddhistDateInput.parse("15/3/66") }
        let date = try #require(CivilDate(year: 2023, month: 3, day: 5))
        #expect(BuddhistDateInput.format(date) == "05/03/2566")
        #expect(try BuddhistDateInput.parse(BuddhistDateInput.format(date)) == date)
        #expect(BuddhistDateInput.Refusal.christianYear(2023).text(in: .thai).contains("2566"))
    }

    @Test func sha256MatchesTheStandardsVectors() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func urlEncodedFormsDecodePlusAndPercent() throws {
        let form = try PostedForm(
            body: Data("a=1&b=x+y&c=%E0%B8%81&a=2&empty=".utf8), contentType: "application/x-www-form-urlencoded")
        #expect(form.fields == ["a": ["1", "2"], "b": ["x y"], "c": ["ก"], "empty": [""]])
    }

    @Test func multipartFormsGiveFieldsAndFiles() throws {
        let pdf = Data("%PDF-1.4\r\n--not-a-boundary\r\n".utf8)
        var body = Data()
        body.append(Data("--XyZ\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\ndone\r\n".utf8))
        body.append(Data("--XyZ\r\nContent-Disposition: form-data; name=\"summary\"\r\n\r\nบรรทัด 1\r\nบรรทัด 2\r\n".utf8))
        body.append(
            Data(
                "--XyZ\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"../../ร%22x.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                    .utf8))
        body.append(pdf)
        body.append(
            Data("\r\n--XyZ\r\nContent-Disposition: form-data; name=\"empty\"; filename=\"\"\r\n\r\n\r\n--XyZ--\r\n".utf8))
        let form = try PostedForm(body: body, contentType: "multipart/form-data; boundary=XyZ")
        #expect(form.fields == ["status": ["done"], "summary": ["บรรทัด 1\r\nบรรทัด 2"]])
        #expect(form.files.count == 1)
        #expect(form.files.first?.name == "../../ร\"x.pdf")
        #expect(form.files.first?.data == pdf)
        #expect(throws: PostedForm.Problem.malformed) {
            try PostedForm(body: Data("--XyZ\r\nno end".utf8), contentType: "multipart/form-data; boundary=XyZ")
        }
        #expect(throws: PostedForm.Problem.unsupportedType) { try PostedForm(body: Data(), contentType: "text/plain") }
    }

    @Test func lineDiffShowsOnlyTheChangedLinesAndTheirContext() {
        let old = "a\nb\nc\nd\ne\nf\ng\n"
        let new = "a\nb\nc\nD\ne\nf\ng\nh\n"
        #expect(
            LineDiff.lines(old, new, context: 1) == [
                .same("c"), .removed("d"), .added("D"), .same("e"), .same("g"), .added("h"), .same(""),
            ])
        #expect(LineDiff.lines(old, old, context: 2).isEmpty)
        #expect(LineDiff.lines(old, new, context: nil).count == 10)
    }
}
