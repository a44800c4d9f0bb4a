import Foundation

/// Slots filled from concurrent work, one per index.
package final class ConcurrentResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    package init(count: Int) { slots = Array(repeating: nil, count: count) }

    package subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    package var values: [Value?] { lock.withLock { slots } }

    /// Every slot's value, once work for each index has finished (`concurrentPerform` returns only
    /// then): an empty slot is a mistake in the caller, not an input to report.
    package var filled: [Value] {
        values.map { value in
            guard let value else { preconditionFailure("a concurrent job left its slot empty") }
            return value
        }
    }
}
