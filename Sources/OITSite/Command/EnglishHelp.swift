import Foundation
import OITLoad
import OITModel
import OITRender

/// The English half of `oit`'s bilingual help, for the man page: swift-argument-parser's
/// generate-manual writes ASCII only, so from "ไทย / English" it would keep " / English" and from
/// a Thai line a few stray signs. `oit --experimental-dump-help` with `OIT_HELP_ENGLISH=1` gives
/// the help with the English alone (scripts/make-deb.sh makes the man page so).
public enum EnglishHelp {
    /// Each line of `text` without its Thai: "ไทย / English" becomes "English" (what stands before
    /// the Thai, such as the "  1  " of a list, stays), a line that is only Thai goes, and so do the
    /// blank lines that would then begin or end the text or stand two together.
    public static func text(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let thai = line.firstIndex(where: \.isThai) else {
                if !(line.isBlank && (lines.last?.isBlank ?? true)) { lines.append(line) }
                continue
            }
            guard let slash = line[thai...].range(of: " / ") else { continue }
            lines.append(line[..<thai] + line[slash.upperBound...])
        }
        while lines.last?.isBlank == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The JSON of `--experimental-dump-help` with every string passed through `text(_:)`; nil when
    /// it is not JSON.
    public static func dump(_ json: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)),
            let data = try? JSONSerialization.data(withJSONObject: english(object), options: [.sortedKeys])
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    private static func english(_ value: Any) -> Any {
        switch value {
        case let string as String: text(string)
        case let array as [Any]: array.map(english)
        case let object as [String: Any]: object.mapValues(english)
        default: value
        }
    }
}

extension Character {
    fileprivate var isThai: Bool { unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } }
}

extension Substring {
    fileprivate var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
