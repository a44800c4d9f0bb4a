import Foundation
import OITLoad

/// Where rendered pages go: in a build, the Write stage's staging folder (`OutputFolder`). Render
/// names this protocol and never the folder, so the pipeline runs one way (Render → Write).
package protocol PageOutput: AnyObject, Sendable {
    func write(_ text: String, to relativePath: String) throws
    func write(_ bytes: [UInt8], to relativePath: String) throws
    /// Bytes every agency's folder holds alike (style sheet, fonts): stored once, linked or copied.
    func writeShared(_ bytes: [UInt8], key: String, to relativePath: String) throws
    func copy(_ source: URL, to relativePath: String) throws
    func read(_ source: URL) throws -> [UInt8]
}
