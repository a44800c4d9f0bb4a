import Foundation
import OITLoad
import OITModel
import OITRender

/// What can go wrong while writing, and the system's reason in words.
extension OutputFolder {
    /// What went wrong while writing; each maps to a message for the user.
    public enum Failure: Error, Equatable {
        /// A path built from content (an item code, a file name) would leave the output folder.
        case escapingPath(String)
        /// A file to copy whose real path lies outside the content and theme folders.
        case sourceOutside(String)
        /// The output folder may not be replaced.
        case refused(OutputGuard.Refusal)
        /// A file to copy that cannot be read.
        case cannotRead(String)
        /// The file system refused a write.
        case cannotWrite(path: String, reason: String)

        public var message: Message {
            switch self {
            case .escapingPath(let path): return .outputPathEscapes(path)
            case .sourceOutside(let path): return .outsideContent(SourceFile(path))
            case .refused(let reason): return .outputRefused(reason: reason)
            case .cannotWrite(let path, let reason): return .cannotWrite(path: SourceFile(path), reason: reason)
            case .cannotRead(let path): return .unreadableFile(SourceFile(path))
            }
        }
    }

    /// The system's reason, without the path (messages name the path themselves).
    package static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if nsError.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: nsError.code) {
            case .fileWriteNoPermission: return String(cString: strerror(EACCES))
            case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
            case .fileWriteVolumeReadOnly: return String(cString: strerror(EROFS))
            case .fileWriteFileExists: return String(cString: strerror(EEXIST))
            default: break
            }
        }
        return "error \(nsError.code)"
    }
}
