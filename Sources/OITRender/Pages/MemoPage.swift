import OITLoad

/// บันทึกข้อความ: the memo that tells the head of the agency about a progress report.
package struct MemoPage: PageModel {
    package static let template = "memo"

    package struct SignatureView: Encodable {
        package var name: String?
        package var position: String?
    }

    package var office: String
    package var number: String?
    package var date: String?
    package var subject: String
    package var to: String
    package var body: String?
    package var signatures: [SignatureView]
    package var report: String
    /// The agency's Garuda image (`emblem:`), relative to the agency folder; none is shown without it.
    package var emblem: String?
}
