import Foundation

/// One throughput figure: what ran, how much, how long.
public struct Throughput: Sendable, Codable {
    public var name: String
    public var documents: Int
    public var bytes: Int
    public var seconds: Double

    public init(name: String, documents: Int, bytes: Int, seconds: Double) {
        self.name = name
        self.documents = documents
        self.bytes = bytes
        self.seconds = seconds
    }

    public var documentsPerSecond: Double { Double(documents) / max(seconds, 1e-9) }
    public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / max(seconds, 1e-9) }

    public var line: String {
        String(format: "%-34@ %7d docs %8.1f MB %8.2f s %9.0f docs/s %7.1f MB/s",
               name as NSString, documents, Double(bytes) / 1_000_000, seconds, documentsPerSecond, megabytesPerSecond)
    }

    /// Times `body`, which returns how many documents and bytes it processed.
    public static func measure(_ name: String, _ body: () throws -> (documents: Int, bytes: Int)) rethrows -> Throughput {
        let start = DispatchTime.now().uptimeNanoseconds
        let (documents, bytes) = try body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Throughput(name: name, documents: documents, bytes: bytes, seconds: seconds)
    }
}

/// Peak resident memory of this process, from the kernel.
public enum PeakMemory {
    public static var megabytes: Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024  // Linux reports kilobytes
    }
}
