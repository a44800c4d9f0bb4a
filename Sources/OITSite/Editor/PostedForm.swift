import Foundation
import OITLoad
import OITModel
import OITRender

/// A posted HTML form: its fields (each name with its values in order) and its uploaded files.
/// Reads both encodings a form posts, `application/x-www-form-urlencoded` and
/// `multipart/form-data` (RFC 7578), strictly: a body that does not follow its boundary is refused
/// rather than guessed at.
public struct PostedForm: Sendable {
    public struct File: Sendable {
        public var field: String
        /// The name the browser gives, as the clerk's computer had it (may hold a path).
        public var name: String
        public var data: Data
    }

    public enum Problem: Error, Equatable, Sendable {
        case unsupportedType
        case malformed
    }

    public var fields: [String: [String]] = [:]
    public var files: [File] = []

    public init() {}

    /// - Parameter contentType: the request's `Content-Type`, whose boundary splits a multipart body.
    public init(body: Data, contentType: String) throws(Problem) {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        switch type {
        case "application/x-www-form-urlencoded":
            fields = Self.urlEncoded(String(decoding: body, as: UTF8.self))
        case "multipart/form-data":
            guard let boundary = Self.parameter("boundary", in: contentType), !boundary.isEmpty, boundary.count <= 70 else {
                throw .malformed
            }
            try readMultipart(body, boundary: boundary)
        default:
            throw .unsupportedType
        }
    }

    /// `a=1&b=x+y&c=%E0%B8%81`: `+` is a space, then percent-decoding.
    static func urlEncoded(_ text: String) -> [String: [String]] {
        var fields: [String: [String]] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (part: Substring) in
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            fields[decode(parts[0]), default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return fields
    }

    private mutating func readMultipart(_ body: Data, boundary: String) throws(Problem) {
        let delimiter = Data(("--" + boundary).utf8)
        let crlf = Data("\r\n".utf8)
        guard var cursor = body.range(of: delimiter)?.upperBound else { throw .malformed }
        while true {
            // After a delimiter: `--` ends the body, a line end starts a part.
            if body[cursor...].starts(with: Data("--".utf8)) { return }
            guard body[cursor...].starts(with: crlf) else { throw .malformed }
            cursor += 2
            guard let headersEnd = body.range(of: Data("\r\n\r\n".utf8), in: cursor..<body.endIndex),
                let next = body.range(of: crlf + delimiter, in: headersEnd.upperBound..<body.endIndex)
            else { throw .malformed }
            let headers = String(decoding: body[cursor..<headersEnd.lowerBound], as: UTF8.self)
            let content = body[headersEnd.upperBound..<next.lowerBound]
            try addPart(headers: headers, content: Data(content))
            cursor = next.upperBound
        }
    }

    private mutating func addPart(headers: String, content: Data) throws(Problem) {
        let disposition = headers.components(separatedBy: "\r\n").first {
            $0.lowercased().hasPrefix("content-disposition:")
        }
        guard let disposition, let name = Self.parameter("name", in: disposition) else { throw .malformed }
        if let fileName = Self.parameter("filename", in: disposition) {
            // A file input left empty posts a part with an empty name and no bytes.
            if !fileName.isEmpty || !content.isEmpty { files.append(File(field: name, name: fileName, data: content)) }
        } else {
            fields[name, default: []].append(String(decoding: content, as: UTF8.self))
        }
    }

    /// A header parameter's value (`name="x"` or `boundary=abc`); browsers escape `"` in quoted
    /// values as `%22` (and line ends as `%0D%0A`), which is decoded.
    static func parameter(_ key: String, in header: String) -> String? {
        var rest = Substring(header)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " || $0 == "\t" }
            guard rest.lowercased().hasPrefix(key.lowercased() + "=") else { continue }
            let value = rest.dropFirst(key.count + 1)
            if value.first == "\"" {
                let inner = value.dropFirst().prefix { $0 != "\"" }
                return String(inner).replacingOccurrences(of: "%22", with: "\"")
                    .replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
            }
            return String(value.prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
