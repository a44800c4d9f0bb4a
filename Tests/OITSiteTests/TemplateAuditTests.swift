import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

@Suite struct TemplateAuditTests {
    struct Model: Encodable {
        var title: String
        var note: String?
        var rows: [Row]
    }

    struct Row: Encodable {
        var code: String
    }

    func findings(_ template: String) -> [String] {
        let audit = TemplateAudit(sources: ["t": template, "p": "{{code}}{{codee}}"])
        audit.audit("t", Model(title: "x", note: nil, rows: [Row(code: "o1")]))
        return audit.findings.map { "\($0.template):\($0.name)" }
    }

    @Test func flagsMisspeltNamesIncludingInsideSectionsAndPartials() {
        #expect(findings("{{title}}{{titel}}") == ["t:titel"])
        #expect(findings("{{#rows}}{{code}}{{cod}}{{title}}{{/rows}}") == ["t:cod"])
        #expect(findings("{{#rows}}{{>p}}{{/rows}}") == ["p:codee"])
        #expect(findings("{{#rows}}{{#first()}}<ul>{{/first()}}{{/rows}}").isEmpty)
    }

    @Test func nilOptionalIsProvidedButMissingPropertyIsNot() {
        #expect(findings("{{note}}{{#note}}{{whatever}}{{/note}}").isEmpty)
        #expect(findings("{{notes}}") == ["t:notes"])
    }

    /// The audit reads the encoder's tree with nil properties kept; the renderer's tree leaves them out.
    @Test func auditEncodingKeepsNilProperties() {
        let model = Model(title: "x", note: nil, rows: [])
        #expect(TemplateEncoder.encode(model).child("note") == nil)
        #expect(TemplateEncoder.encode(model, keepingNil: true).child("note") == .null)
        #expect(TemplateEncoder.encode(model, keepingNil: true).child("title") == .text("x"))
    }

    @Test func namesInsideNilOrMissingValues() {
        #expect(findings("{{note.inner}}{{rows.code}}{{title.x}}") == ["t:rows.code", "t:title.x"])
        #expect(findings("{{^rows}}{{titel}}{{/rows}}{{>missing}}") == ["t:>missing", "t:titel"])
    }
}
