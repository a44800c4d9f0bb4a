// TEMPORARY until the framework files carry these facts (frameworks branch).
extension Framework {
    public var privacyPolicyItem: FrameworkItem? { items.first { $0.title.contains("ข้อมูลส่วนบุคคล") } }
    public var analysisThreshold: Double { 80 }
}

extension Tool {
    public var questionPrefix: String? { ["IIT": "i", "EIT": "e", "OIT": "o"][code] }
}
