import Foundation

/// A MinHash signature of a text's word shingles: 128 minimum hash values whose agreement rate
/// estimates the Jaccard similarity of two shingle sets, in constant space per document.
///
/// ```swift
/// let a = MinHashSignature(text: original), b = MinHashSignature(text: syndicatedCopy)
/// if a.similarity(b) >= MinHashSignature.nearDuplicateThreshold { print("near-duplicate") }
/// ```
public struct MinHashSignature: Hashable, Sendable {
    public static let size = 128
    /// LSH banding: 16 bands of 8 rows. Two texts share a band (become candidates) with probability
    /// 1-(1-s^8)^16: 95 % at similarity 0.8, under 4 % at 0.5 — so lookups stay small.
    public static let bands = 16
    public static let rowsPerBand = size / bands
    /// Estimated Jaccard similarity from which a document counts as a near-duplicate.
    public static let nearDuplicateThreshold = 0.8

    public var values: [UInt32]

    public init(values: [UInt32]) {
        self.values = values
    }

    public init(text: String) {
        self.init(shingles: WordShingles.hashes(text))
    }

    /// Each of the 128 hash functions is h1 + i·h2 (double hashing) followed by a mixing step, so one
    /// pass over the shingles fills the whole signature.
    public init(shingles: [UInt64]) {
        var minimums = [UInt32](repeating: .max, count: Self.size)
        minimums.withUnsafeMutableBufferPointer { mins in
            for shingle in shingles {
                let h1 = Self.mix(shingle)
                let h2 = Self.mix(h1 ^ 0x9E37_79B9_7F4A_7C15) | 1
                var h = h1
                for i in 0..<Self.size {
                    var v = h ^ (h >> 29)
                    v = v &* 0xBF58_476D_1CE4_E5B9
                    let value = UInt32(truncatingIfNeeded: v >> 32)
                    // Stored whether or not it is smaller: the loop is vectorised, and a store only
                    // for smaller values became a test and branch per lane.
                    mins[i] = Swift.min(mins[i], value)
                    h = h &+ h2
                }
            }
        }
        values = minimums
    }

    /// Estimated Jaccard similarity: the share of positions where both signatures agree.
    public func similarity(_ other: MinHashSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        var same = 0
        for i in values.indices where values[i] == other.values[i] { same += 1 }
        return Double(same) / Double(values.count)
    }

    /// One bucket key per band (the band number mixed in), for the LSH index.
    public var bandKeys: [Int64] {
        (0..<Self.bands).map { band in
            var h = Self.mix(UInt64(band) &+ 0x51_7CC1_B727_220A)
            for row in 0..<Self.rowsPerBand {
                h = Self.mix(h ^ UInt64(values[band * Self.rowsPerBand + row]))
            }
            return Int64(bitPattern: h)
        }
    }

    /// The signature as bytes (little-endian UInt32s), for storage.
    public var blob: Data {
        // Filled in place: appending four bytes at a time went through Data's growth checks 128 times.
        var data = Data(count: values.count * 4)
        data.withUnsafeMutableBytes { raw in
            for (i, v) in values.enumerated() { raw.storeBytes(of: v.littleEndian, toByteOffset: i * 4, as: UInt32.self) }
        }
        return data
    }

    public init?(blob: Data) {
        guard blob.count == Self.size * 4 else { return nil }
        let bytes = [UInt8](blob)
        values = (0..<Self.size).map { i in
            UInt32(bytes[i * 4]) | UInt32(bytes[i * 4 + 1]) << 8 | UInt32(bytes[i * 4 + 2]) << 16 | UInt32(bytes[i * 4 + 3]) << 24
        }
    }

    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
