import OITCheck
import OITLoad
import OITModel

/// Turns a view model into the template value tree through its `Encodable` conformance, which
/// the compiler writes: no `Mirror`, no dynamic casts, a few calls per stored property.
///
/// The one encoding of a view model, for the renderer and the template audit alike: a struct's
/// nil optional is left out (synthesized `encode(to:)` skips it with `encodeIfPresent`), a nil
/// inside a list or a dictionary is `.null`, arrays are lists and structs and `[String: …]`
/// dictionaries are objects.
package enum TemplateEncoder {
    /// - Parameter keepingNil: keep a struct's nil optional as `.null` instead of leaving it out:
    ///   the audit tells a property that is nil from a name the model does not have.
    package static func encode<Value: Encodable>(_ value: Value, keepingNil: Bool = false) -> TemplateValue {
        do {
            return try Storage.encoded(value, keepsNil: keepingNil)
        } catch {
            // Nothing in this encoder throws; a model's own `encode(to:)` might.
            return .other(String(describing: value))
        }
    }

    /// Where one encoded value goes: filled by whichever container the value asks for.
    fileprivate final class Storage {
        package enum Content {
            case empty
            case single(TemplateValue)
            case object(Storage.Object)
            case list(Storage.List)
        }

        /// An object's fields in the order they were given, `.null` in place of one still being
        /// filled (`nestedContainer`, `superEncoder`: rare), and those being filled.
        package final class Object {
            package var fields = TemplateFields()
            package var open: [(index: Int, storage: Storage)] = []

            package func set(_ value: TemplateValue, for name: String) { fields.append(name, value) }

            package func open(_ storage: Storage, for name: String) {
                open.append((fields.names.count, storage))
                fields.append(name, .null)
            }

            package var value: TemplateValue {
                guard !open.isEmpty else { return .object(fields) }
                var fields = self.fields
                for (index, storage) in open { fields.set(storage.value, at: index) }
                return .object(fields)
            }
        }

        /// A list's finished items (`.null` in place of one still being filled), and those being filled.
        package final class List {
            package var items: [TemplateValue] = []
            package var open: [(index: Int, storage: Storage)] = []

            package func append(_ value: TemplateValue) { items.append(value) }

            package func append(_ storage: Storage) {
                open.append((items.count, storage))
                items.append(.null)
            }
        }

        package var content = Content.empty

        package var value: TemplateValue {
            switch content {
            case .empty: return .null
            case .single(let value): return value
            case .object(let object):
                return object.value
            case .list(let list):
                guard !list.open.isEmpty else { return .list(list.items) }
                var items = list.items
                for (index, storage) in list.open { items[index] = storage.value }
                return .list(items)
            }
        }

        /// The object this storage holds, made on first use.
        package var object: Object {
            if case .object(let object) = content { return object }
            let object = Object()
            content = .object(object)
            return object
        }

        package var list: List {
            if case .list(let list) = content { return list }
            let list = List()
            content = .list(list)
            return list
        }

        /// A nested value, finished: its own encoder is done when `encode(to:)` returns.
        package static func encoded<Value: Encodable>(_ value: Value, keepsNil: Bool) throws -> TemplateValue {
            switch value {
            case let text as String: return .text(text)
            case let flag as Bool: return .bool(flag)
            case let number as Int: return .int(number)
            case let number as Double: return .double(number)
            default:
                let encoder = Encoder(keepsNil: keepsNil)
                try value.encode(to: encoder)
                return encoder.storage.value
            }
        }
    }

    /// Coding paths stay empty: nothing here throws, so no message ever names a path, and
    /// building one for every value would cost an array each.
    fileprivate final class Encoder: Swift.Encoder {
        package let storage = Storage()
        package let keepsNil: Bool
        package init(keepsNil: Bool) { self.keepsNil = keepsNil }
        package var codingPath: [any CodingKey] { [] }
        package var userInfo: [CodingUserInfoKey: Any] { [:] }

        package func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(KeyedContainer<Key>(object: storage.object, keepsNil: keepsNil))
        }

        package func unkeyedContainer() -> any UnkeyedEncodingContainer {
            UnkeyedContainer(list: storage.list, keepsNil: keepsNil)
        }

        package func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleValueContainer(storage: storage, keepsNil: keepsNil)
        }
    }

    private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        package let object: Storage.Object
        package let keepsNil: Bool
        package var codingPath: [any CodingKey] { [] }

        package mutating func encodeNil(forKey key: Key) throws { object.set(.null, for: key.stringValue) }
        package mutating func encode(_ value: Bool, forKey key: Key) throws { object.set(.bool(value), for: key.stringValue) }
        package mutating func encode(_ value: String, forKey key: Key) throws { object.set(.text(value), for: key.stringValue) }
        package mutating func encode(_ value: Int, forKey key: Key) throws { object.set(.int(value), for: key.stringValue) }
        package mutating func encode(_ value: Double, forKey key: Key) throws { object.set(.double(value), for: key.stringValue) }
        package mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            object.set(try Storage.encoded(value, keepsNil: keepsNil), for: key.stringValue)
        }

        // A nil optional: left out, or `.null` for the audit.
        package mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value, key) }
        package mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value, key) }
        package mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value, key) }
        package mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value, key) }
        package mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try present(value, key) }

        private mutating func present<T: Encodable>(_ value: T?, _ key: Key) throws {
            if let value {
                try encode(value, forKey: key)
            } else if keepsNil {
                object.set(.null, for: key.stringValue)
            }
        }

        package mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            let storage = Storage()
            object.open(storage, for: key.stringValue)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: storage.object, keepsNil: keepsNil))
        }

        package mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let storage = Storage()
            object.open(storage, for: key.stringValue)
            return UnkeyedContainer(list: storage.list, keepsNil: keepsNil)
        }

        package mutating func superEncoder() -> any Swift.Encoder {
            let encoder = Encoder(keepsNil: keepsNil)
            object.open(encoder.storage, for: "super")
            return encoder
        }

        package mutating func superEncoder(forKey key: Key) -> any Swift.Encoder {
            let encoder = Encoder(keepsNil: keepsNil)
            object.open(encoder.storage, for: key.stringValue)
            return encoder
        }
    }

    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        package let list: Storage.List
        package let keepsNil: Bool
        package var codingPath: [any CodingKey] { [] }
        package var count: Int { list.items.count }

        package mutating func encodeNil() throws { list.append(.null) }
        package mutating func encode(_ value: Bool) throws { list.append(.bool(value)) }
        package mutating func encode(_ value: String) throws { list.append(.text(value)) }
        package mutating func encode(_ value: Int) throws { list.append(.int(value)) }
        package mutating func encode(_ value: Double) throws { list.append(.double(value)) }
        package mutating func encode<T: Encodable>(_ value: T) throws {
            list.append(try Storage.encoded(value, keepsNil: keepsNil))
        }

        package mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
            NestedKey
        > {
            let storage = Storage()
            list.append(storage)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: storage.object, keepsNil: keepsNil))
        }

        package mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let storage = Storage()
            list.append(storage)
            return UnkeyedContainer(list: storage.list, keepsNil: keepsNil)
        }

        package mutating func superEncoder() -> any Swift.Encoder {
            let encoder = Encoder(keepsNil: keepsNil)
            list.append(encoder.storage)
            return encoder
        }
    }

    private struct SingleValueContainer: SingleValueEncodingContainer {
        package let storage: Storage
        package let keepsNil: Bool
        package var codingPath: [any CodingKey] { [] }

        package mutating func encodeNil() throws { storage.content = .single(.null) }
        package mutating func encode(_ value: Bool) throws { storage.content = .single(.bool(value)) }
        package mutating func encode(_ value: String) throws { storage.content = .single(.text(value)) }
        package mutating func encode(_ value: Int) throws { storage.content = .single(.int(value)) }
        package mutating func encode(_ value: Double) throws { storage.content = .single(.double(value)) }
        package mutating func encode<T: Encodable>(_ value: T) throws {
            storage.content = .single(try Storage.encoded(value, keepsNil: keepsNil))
        }
    }
}
