/// The scores an agency received in one round, as published by the assessment.
public struct Results: Sendable {
    public var indicators: [Int: Located<Double>]
    public var questions: [String: Located<Double>]
    /// Tool scores as received, used only where the indicator scores are not known (seed 004).
    public var tools: [String: Located<Double>]
    public var stated: StatedFigures
    public var source: SourceLocation
}

/// Figures as the agency wrote them; the build compares them with the computed ones.
public struct StatedFigures: Sendable {
    public var overall: Located<Double>?
    public var tools: [String: Located<Double>]
    public var grade: Located<String>?
    public var label: Located<String>?
}

/// The agency's analysis of a round's results.
public struct Analysis: Sendable {
    /// Scores below this are weak points; nil takes the round's default.
    public var threshold: Double?
    public var summary: String?
    public var entries: [AnalysisEntry]
    public var constraints: [Constraint]
    public var source: SourceLocation
}

public struct AnalysisEntry: Sendable {
    public enum Subject: Sendable, Equatable {
        case indicator(String)
        case question(String)
        case general
    }

    public var subject: Located<Subject>
    public var issue: String?
    public var analysis: String?
    public var measure: Located<String>?
    public var steps: [String]
    public var period: String?
    public var unit: String?
}

public struct Constraint: Sendable {
    public enum Topic: String, Sendable, CaseIterable {
        case staff, budget, technology, area, economy
    }

    public var topic: Topic
    public var text: String
}

/// A measure carried out during a fiscal year, answering the previous round's results.
public struct Measure: Sendable {
    public var id: Located<String>
    public var title: String
    public var indicators: [Located<String>]
    public var questions: [Located<String>]
    public var items: [Located<String>]
    public var issue: String?
    public var steps: [String]
    public var period: String?
    public var units: [String]
}

/// A progress report on a year's measures.
public struct ProgressReport: Sendable {
    public enum Round: String, Sendable, CaseIterable, Choice {
        case sixMonth = "6-month"
        case twelveMonth = "12-month"
        var spellings: [String] { self == .sixMonth ? ["6-month", "6 เดือน"] : ["12-month", "12 เดือน"] }
    }

    /// The file name without extension; the report's folder in the output.
    public var id: String
    public var round: Round
    public var date: Located<CivilDate>?
    public var title: String?
    public var entries: [ProgressEntry]
    public var memo: Memo?
    public var source: SourceLocation
}

/// A measure's state in a progress report: the item states without "not applicable".
public enum ProgressStatus: String, Sendable, CaseIterable, Choice {
    case done
    case inProgress = "in-progress"
    case notStarted = "not-started"

    var itemStatus: ItemStatus { ItemStatus(rawValue: rawValue)! }
    var spellings: [String] { itemStatus.spellings }
}

public struct ProgressEntry: Sendable {
    public var measure: Located<String>
    public var status: ProgressStatus
    public var summary: String?
    public var outcome: String?
    public var evidence: [Evidence]
}

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

public struct Signature: Sendable {
    public var name: String?
    public var position: String?
}
