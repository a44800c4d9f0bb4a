/// บันทึกข้อความ: the memo that tells the head of the agency about a progress report.
struct MemoPage: PageModel {
    static let template = "memo"

    struct SignatureView: Encodable {
        var name: String?
        var position: String?
    }

    var office: String
    var number: String?
    var date: String?
    var subject: String
    var to: String
    var body: String?
    var signatures: [SignatureView]
    var report: String
    /// The agency's Garuda image (`emblem:`), relative to the agency folder; none is shown without it.
    var emblem: String?
}
