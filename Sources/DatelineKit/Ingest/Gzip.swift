import CZlib
import Foundation

/// gzip (and zlib) decompression through zlib, with an output cap so a gzip bomb fails cleanly
/// instead of filling memory.
public enum Gzip {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// True when `data` starts with the gzip magic bytes.
    public static func isCompressed(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1f && data[data.startIndex + 1] == 0x8b
    }

    public static func decompress(_ data: Data, limit: Int) throws -> Data {
        var stream = z_stream()
        // 15 + 32: zlib or gzip header, detected automatically.
        guard dateline_inflateInit2(&stream, 15 + 32) == Z_OK else { throw Failure(description: "cannot start gzip decoder") }
        defer { inflateEnd(&stream) }
        var output = Data()
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        var status: Int32 = Z_OK
        try data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            repeat {
                let produced: Int = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(chunk)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return chunk - Int(stream.avail_out)
                }
                if status == Z_BUF_ERROR && stream.avail_in == 0 {
                    throw Failure(description: "truncated gzip data (the file ends before the compressed stream does)")
                }
                if status != Z_OK && status != Z_STREAM_END {
                    throw Failure(description: "corrupt gzip data (zlib status \(status))")
                }
                output.append(contentsOf: buffer[0..<produced])
                if output.count > limit {
                    throw Failure(description: "decompressed size exceeds \(limit / 1_000_000) MB")
                }
                if produced == 0 && stream.avail_in == 0 && status != Z_STREAM_END {
                    throw Failure(description: "truncated gzip data")
                }
            } while status != Z_STREAM_END
        }
        return output
    }
}
