import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// A progress report's `memo:` (the บันทึกข้อความ to the head of the agency) as the editor's form
/// shows and posts it: the date in พ.ศ., the body as Markdown, the signatures as a list. Only the
/// changed values are written (`memo.subject`); a memo started in the form is written whole, and
/// one whose every field is emptied is removed.
public struct ProgressMemoValues: Equatable, Sendable {
    /// The text fields in the form's order, with their Thai and English labels (docs/CONTENT.md).
    public static let fields: [(key: String, thai: String, english: String)] = [
        ("office", "ส่วนราชการ", "Office"), ("number", "ที่", "Reference number"),
        ("date", "วันที่ (พ.ศ.)", "Date (B.E.)"), ("subject", "เรื่อง", "Subject"), ("to", "เรียน", "To"),
        ("body", "ข้อความ (Markdown)", "Text (Markdown)"),
    ]
    /// What the build requires of a memo.
    static let required = ["office", "subject", "to"]

    public struct Signer: Equatable, Sendable {
        public var name: String
        public var position: String

        public init(name: String, position: String) {
            self.name = name
            self.position = position
        }
    }

    /// By key; the date as `BuddhistDateInput` shows it.
    public var values: [String: String] = [:]
    public var signatures: [Signer] = []

    public init(_ memo: Memo?) {
        guard let memo else { return }
        values = [
            "office": memo.office, "number": memo.number ?? "", "date": memo.date.map(BuddhistDateInput.format) ?? "",
            "subject": memo.subject, "to": memo.to, "body": (memo.body ?? "").trimmingSpacesAndNewlines(),
        ]
        signatures = memo.signatures.map { Signer(name: $0.name ?? "", position: $0.position ?? "") }
    }

    public var isEmpty: Bool { values.values.allSatisfy(\.isEmpty) && signatures.isEmpty }

    /// The values posted (`memo-office`, `memo-sig-count`, `memo-sig-0-name`, `memo-sig-new-name`);
    /// a post without `memo-shown` keeps the memo. Refusals by field id (`memo-date`).
    public func posted(_ fields: [String: [String]], language: Language) -> (memo: ProgressMemoValues, refusals: [String: String])
    {
        guard fields["memo-shown"] != nil else { return (self, [:]) }
        var copy = self
        var refusals: [String: String] = [:]
        func value(_ name: String) -> String {
            (fields[name]?.last ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingSpacesAndNewlines()
        }
        for field in Self.fields { copy.values[field.key] = value("memo-\(field.key)") }
        do {
            copy.values["date"] = try BuddhistDateInput.parse(copy.values["date"] ?? "").map(BuddhistDateInput.format) ?? ""
        } catch {
            refusals["memo-date"] = error.text(in: language)
        }
        let count = min(Int(value("memo-sig-count")) ?? 0, 50)
        copy.signatures = (0..<count).filter { fields["memo-sig-\($0)-remove"] == nil }.map {
            Signer(name: value("memo-sig-\($0)-name"), position: value("memo-sig-\($0)-position"))
        }
        let new = Signer(name: value("memo-sig-new-name"), position: value("memo-sig-new-position"))
        if !new.name.isEmpty || !new.position.isEmpty { copy.signatures.append(new) }
        if !copy.isEmpty {
            for key in Self.required where (copy.values[key] ?? "").isEmpty {
                refusals["memo-\(key)"] =
                    language == .thai ? "บันทึกข้อความต้องมีช่องนี้" : "a memo needs this field"
            }
        }
        return (copy, refusals)
    }

    /// One edit per changed value under `memo:`; the whole memo when it is new or emptied.
    public func edits(to new: ProgressMemoValues) -> [YAMLEdit] {
        let memo = YAMLKeyPath([.key("memo")])
        guard self != new else { return [] }
        if new.isEmpty { return [YAMLEdit(path: memo, value: .remove)] }
        if isEmpty {
            let pairs = Self.fields.compactMap { field -> YAMLEditPair? in
                let text = new.stored(field.key)
                return text.isEmpty ? nil : YAMLEditPair(key: field.key, value: .scalar(text))
            }
            let signatures = new.signatures.isEmpty ? [] : [YAMLEditPair(key: "signatures", value: new.signatureList)]
            return [YAMLEdit(path: memo, value: .mapping(pairs + signatures))]
        }
        var edits: [YAMLEdit] = Self.fields.compactMap { field in
            let (before, after) = (stored(field.key), new.stored(field.key))
            guard before != after else { return nil }
            return YAMLEdit(path: YAMLKeyPath([.key("memo"), .key(field.key)]), value: after.isEmpty ? .remove : .scalar(after))
        }
        if signatures != new.signatures {
            let path = YAMLKeyPath([.key("memo"), .key("signatures")])
            edits.append(YAMLEdit(path: path, value: new.signatures.isEmpty ? .remove : new.signatureList))
        }
        return edits
    }

    /// A value as the file keeps it: the date ISO, the body with one final newline.
    func stored(_ key: String) -> String {
        let text = values[key] ?? ""
        switch key {
        case "date": return (try? BuddhistDateInput.parse(text))?.description ?? ""
        case "body": return text.isEmpty ? "" : text + "\n"
        default: return text
        }
    }

    private var signatureList: YAMLEditValue {
        .sequence(
            signatures.map { signer in
                var pairs: [YAMLEditPair] = []
                if !signer.name.isEmpty { pairs.append(YAMLEditPair(key: "name", value: .scalar(signer.name))) }
                if !signer.position.isEmpty { pairs.append(YAMLEditPair(key: "position", value: .scalar(signer.position))) }
                return .mapping(pairs)
            })
    }
}
