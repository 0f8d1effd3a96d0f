/// Writes `Encodable` values as compact JSON straight into one byte buffer, for the JSON columns the
/// store fills on every ingest (annotation layers, timeline reports and entries). Foundation's
/// `JSONEncoder` first builds a tree of boxed values and sorts keys; that was a third of the time
/// spent storing a document. `JSONDecoder` reads the output back; keys come in declaration order.
///
/// Containers are closed lazily: a container stays open until something is written to a container
/// further out (or the value ends), which is the order every synthesized `encode(to:)` writes in.
///
/// ```swift
/// let json = try StreamingJSONEncoder.string(layers)
/// let back = try JSONDecoder().decode(AnnotationLayers.self, from: Data(json.utf8))
/// ```
public enum StreamingJSONEncoder {
    public static func string<T: Encodable>(_ value: T) throws -> String {
        let stream = JSONStream()
        try stream.encodeValue(value)
        stream.close(above: -1)
        return String(decoding: stream.bytes, as: UTF8.self)
    }
}

/// The JSON of a document row's small columns, written without the `Encoder` machinery (a stream,
/// its container stack and a protocol call per field cost more than the bytes for these short
/// values): the same bytes as `string(_:)` gives through their synthesized `encode(to:)`.
extension StreamingJSONEncoder {
    static func string(_ date: PublicationDate) -> String {
        let stream = JSONStream()
        stream.bytes.append(contentsOf: #"{"value":"#.utf8)
        stream.writeString(date.value)
        stream.bytes.append(contentsOf: #","precision":"#.utf8)
        stream.writeString(date.precision.rawValue)
        if let basis = date.basis {
            stream.bytes.append(contentsOf: #","basis":"#.utf8)
            stream.writeString(basis)
        }
        stream.bytes.append(contentsOf: #","given":"#.utf8)
        stream.bytes.append(contentsOf: date.given ? JSONStream.trueBytes : JSONStream.falseBytes)
        stream.bytes.append(UInt8(ascii: "}"))
        return String(decoding: stream.bytes, as: UTF8.self)
    }

    static func string(_ removed: [RemovedText]) -> String {
        guard !removed.isEmpty else { return "[]" }
        let stream = JSONStream()
        stream.bytes.append(UInt8(ascii: "["))
        for (i, cut) in removed.enumerated() {
            stream.bytes.append(contentsOf: i == 0 ? #"{"text":"#.utf8 : #",{"text":"#.utf8)
            stream.writeString(cut.text)
            stream.bytes.append(contentsOf: #","reason":"#.utf8)
            stream.writeString(cut.reason)
            stream.bytes.append(UInt8(ascii: "}"))
        }
        stream.bytes.append(UInt8(ascii: "]"))
        return String(decoding: stream.bytes, as: UTF8.self)
    }

    static func string(_ strings: [String]) -> String {
        guard !strings.isEmpty else { return "[]" }
        let stream = JSONStream()
        stream.bytes.append(UInt8(ascii: "["))
        for (i, string) in strings.enumerated() {
            if i > 0 { stream.bytes.append(UInt8(ascii: ",")) }
            stream.writeString(string)
        }
        stream.bytes.append(UInt8(ascii: "]"))
        return String(decoding: stream.bytes, as: UTF8.self)
    }
}

final class JSONStream: Encoder {
    // One stream is used by one encoding call on one thread: no need for Swift's run-time
    // exclusivity checks on every byte appended.
    @exclusivity(unchecked) var bytes: [UInt8] = []
    /// Closing bracket and "nothing written yet" of each open container, outermost first.
    @exclusivity(unchecked) var open: [(closer: UInt8, empty: Bool)] = []
    /// Set once the value being encoded has written anything (a container or a scalar).
    @exclusivity(unchecked) var valueWritten = false

    init() { bytes.reserveCapacity(1024) }

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func close(above level: Int) {
        while open.count > level + 1 { bytes.append(open.removeLast().closer) }
    }

    /// Starts an element of the container at `level`: closes deeper ones, writes the comma.
    func beginElement(at level: Int) {
        close(above: level)
        if open[level].empty { open[level].empty = false } else { bytes.append(UInt8(ascii: ",")) }
    }

    func beginKey(_ key: some CodingKey, at level: Int) {
        beginElement(at: level)
        writeString(key.stringValue)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Encodes a value whose place (key or comma) is already written. Scalars are told apart by
    /// comparing metatypes (a pointer compare) before anything slower; other values encode
    /// themselves, and a value that writes nothing is an empty object, as with `JSONEncoder`.
    func encodeValue<T: Encodable>(_ value: T) throws {
        if T.self == String.self {
            writeString(unsafeBitCast(value, to: String.self))
        } else if T.self == Int.self {
            writeInteger(Int64(unsafeBitCast(value, to: Int.self)))
        } else if T.self == Bool.self {
            bytes.append(contentsOf: unsafeBitCast(value, to: Bool.self) ? Self.trueBytes : Self.falseBytes)
        } else if !(try writeRareScalar(value)) {
            valueWritten = false
            try value.encode(to: self)
            if !valueWritten { bytes.append(contentsOf: Self.emptyObject) }
        }
        valueWritten = true
    }

    /// Numbers the store's types do not use today; false for anything else.
    func writeRareScalar<T: Encodable>(_ value: T) throws -> Bool {
        switch T.self {
        case is Double.Type: try writeFloating(value as! Double, value)
        case is Float.Type: try writeFloating(Double(value as! Float), value)
        case is Int8.Type: writeInteger(Int64(value as! Int8))
        case is Int16.Type: writeInteger(Int64(value as! Int16))
        case is Int32.Type: writeInteger(Int64(value as! Int32))
        case is Int64.Type: writeInteger(value as! Int64)
        case is UInt.Type: writeUnsigned(UInt64(value as! UInt))
        case is UInt8.Type: writeUnsigned(UInt64(value as! UInt8))
        case is UInt16.Type: writeUnsigned(UInt64(value as! UInt16))
        case is UInt32.Type: writeUnsigned(UInt64(value as! UInt32))
        case is UInt64.Type: writeUnsigned(value as! UInt64)
        default: return false
        }
        return true
    }

    func push(_ opener: UInt8, _ closer: UInt8) -> Int {
        valueWritten = true
        bytes.append(opener)
        open.append((closer, true))
        return open.count - 1
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedJSONContainer<Key>(stream: self, level: push(UInt8(ascii: "{"), UInt8(ascii: "}"))))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedJSONContainer(stream: self, level: push(UInt8(ascii: "["), UInt8(ascii: "]")))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleJSONValue(stream: self)
    }

    static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)
    static let nullBytes = Array("null".utf8), emptyObject = Array("{}".utf8)
    static let hex = Array("0123456789abcdef".utf8)

    func writeString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        let plain = string.withUTF8 { utf8 in
            // Most strings need no escaping: copy them whole.
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !plain { writeEscaped(string) }
        bytes.append(UInt8(ascii: "\""))
    }

    private func writeEscaped(_ string: String) {
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
    }

    func writeInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        writeUnsigned(value.magnitude)
    }

    func writeUnsigned(_ value: UInt64) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        // Up to 20 digits, written backwards into 24 bytes on the stack.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var v = value, i = buffer.count
            repeat {
                i -= 1
                buffer[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0
            bytes.append(contentsOf: buffer[i...])
        }
    }

    func writeFloating(_ value: Double, _ original: some Encodable) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(original, .init(codingPath: [], debugDescription: "JSON has no \(value)"))
        }
        bytes.append(contentsOf: value.description.utf8)
    }

}

struct KeyedJSONContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let stream: JSONStream
    let level: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        stream.beginKey(key, at: level)
        stream.bytes.append(contentsOf: JSONStream.nullBytes)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        stream.beginKey(key, at: level)
        try stream.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        stream.beginKey(key, at: level)
        return stream.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        stream.beginKey(key, at: level)
        return stream.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        stream.beginKey(JSONKey("super"), at: level)
        return stream
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        stream.beginKey(key, at: level)
        return stream
    }
}

struct UnkeyedJSONContainer: UnkeyedEncodingContainer {
    let stream: JSONStream
    let level: Int
    var count = 0
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {
        stream.beginElement(at: level)
        stream.bytes.append(contentsOf: JSONStream.nullBytes)
        count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        stream.beginElement(at: level)
        try stream.encodeValue(value)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        stream.beginElement(at: level)
        count += 1
        return stream.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        stream.beginElement(at: level)
        count += 1
        return stream.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        stream.beginElement(at: level)
        count += 1
        return stream
    }
}

struct SingleJSONValue: SingleValueEncodingContainer {
    let stream: JSONStream
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {
        stream.bytes.append(contentsOf: JSONStream.nullBytes)
        stream.valueWritten = true
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try stream.encodeValue(value)
    }
}

struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
