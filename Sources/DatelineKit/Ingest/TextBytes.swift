import Foundation

/// Checks on raw bytes before they are trusted as text: binary content, invalid UTF-8, BOMs, line endings.
enum TextBytes {
    /// True when the bytes look like a binary file: a NUL in the first 8 KB, or many control bytes.
    /// A real text file never carries NUL; a few stray control characters are tolerated.
    static func looksBinary(_ data: Data) -> Bool {
        let sample = data.prefix(8192)
        var control = 0
        for b in sample {
            if b == 0 { return true }
            if b < 32 && b != 9 && b != 10 && b != 13 && b != 12 { control += 1 }
        }
        return sample.count > 0 && control * 20 > sample.count
    }

    /// Decodes UTF-8 (dropping a BOM, normalising CRLF/CR to LF), or nil when the bytes are not valid UTF-8.
    static func decodeUTF8(_ data: Data) -> String? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
        return normalizeLineEndings(s)
    }

    static func normalizeLineEndings(_ s: String) -> String {
        guard s.utf8.contains(13) else { return s }
        return s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Byte offset of the first invalid UTF-8 sequence, for messages.
    static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
