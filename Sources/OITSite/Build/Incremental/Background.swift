import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// A value worked out on another thread while the caller goes on; `value` waits for it.
final class Background<Value>: @unchecked Sendable {
    private var result: Value?
    private let group = DispatchGroup()

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: group) { self.result = work() }
    }

    /// The value, once the work is done (the group's wait orders the write before this read).
    var value: Value {
        group.wait()
        guard let result else { preconditionFailure("background work finished without a value") }
        return result
    }
}
