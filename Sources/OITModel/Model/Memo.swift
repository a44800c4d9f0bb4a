/// บันทึกข้อความ: the memo that tells the head of the agency about a report.
public struct Memo: Sendable {
    public var office: String
    public var number: String?
    public var date: CivilDate?
    public var subject: String
    public var to: String
    public var body: String?
    public var signatures: [Signature]

    package init(
        office: String,
        number: String? = nil,
        date: CivilDate? = nil,
        subject: String,
        to: String,
        body: String? = nil,
        signatures: [Signature]
    ) {
        self.office = office
        self.number = number
        self.date = date
        self.subject = subject
        self.to = to
        self.body = body
        self.signatures = signatures
    }
}
