import Foundation
import NIOCore

/// Why the preview could not open its port, for a message a clerk can act on: NIO's error names
/// the system call (`bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)`).
public enum ListenFailure: Error, Sendable, Equatable {
    /// Another program (often another `oit serve`) listens on the port.
    case portInUse(UInt16)
    /// Ports below 1024 need administrator rights.
    case permissionDenied(UInt16)
    /// Any other refusal, with the system's reason.
    case refused(UInt16, reason: String)

    /// The failure `error` stands for, when it is the system refusing the port; else `error`.
    static func from(_ error: any Error, port: UInt16) -> any Error {
        guard let failure = error as? IOError else { return error }
        switch failure.errnoCode {
        case EADDRINUSE: return ListenFailure.portInUse(port)
        case EACCES: return ListenFailure.permissionDenied(port)
        default: return ListenFailure.refused(port, reason: String(cString: strerror(failure.errnoCode)))
        }
    }
}
