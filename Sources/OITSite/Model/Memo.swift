/// บันทึกข้อความ: the memo that tells the head of the agency about a report.
public struct Memo: Sendable {
    public var office: String
    public var number: String?
    public var date: CivilDate?
    public var subject: String
    public var to: String
    public var body: String?
    public var signatures: [Signature]
}
