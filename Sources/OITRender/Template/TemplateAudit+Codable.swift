/// A finding kept in the build cache, so that an unchanged agency reports it again without rendering.
extension TemplateAudit.Finding: Codable {
    private enum CodingKeys: String, CodingKey { case template, name }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            template: try values.decode(String.self, forKey: .template), name: try values.decode(String.self, forKey: .name))
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(template, forKey: .template)
        try values.encode(name, forKey: .name)
    }
}
