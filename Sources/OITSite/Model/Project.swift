/// Everything one build reads: the frameworks and the agencies.
public struct Project: Sendable {
    public var frameworks: [Int: Framework]
    public var agencies: [Agency]
}
