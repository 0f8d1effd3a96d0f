import Foundation
import Testing
@testable import DatelineKit

/// Bad input is reported by file (and line), and the other inputs are still read.
@Suite struct InputReaderTests {
    func readAll(_ paths: [String], reader: InputReader = InputReader()) -> (inputs: [ArticleInput], problems: [InputProblem]) {
        var inputs: [ArticleInput] = []
        var problems: [InputProblem] = []
        reader.read(paths) { result in
            switch result {
            case .success(let input): inputs.append(input)
            case .failure(let problem): problems.append(problem)
            }
        }
        return (inputs, problems)
    }

    func write(_ data: Data, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test func badFilesAreReportedAndTheRestRead() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(Data("Leaders met in Geneva on Monday.\n".utf8), "good.txt", in: folder)
        _ = try write(Data([0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02]), "image.txt", in: folder)
        _ = try write(Data([0x41, 0xC3, 0x28, 0x42]), "broken.txt", in: folder)
        _ = try write(Data(), "empty.md", in: folder)
        _ = try write(Data("{\"id\": \"a\", \"text\": \"One.\"}\n{not json}\n{\"id\": \"c\"}\n".utf8), "records.jsonl", in: folder)

        let (inputs, problems) = readAll([folder.path, folder.appendingPathComponent("missing.txt").path])
        #expect(Set(inputs.compactMap { $0.id ?? ($0.source.path as NSString?)?.lastPathComponent }) == ["good.txt", "a"])
        let messages = problems.map(\.description)
        #expect(messages.contains { $0.contains("image.txt") && $0.contains("binary") })
        #expect(messages.contains { $0.contains("broken.txt") && $0.contains("invalid UTF-8 at byte 1") })
        #expect(messages.contains { $0.contains("empty.md") && $0.contains("empty") })
        #expect(messages.contains { $0.contains("records.jsonl:2") && $0.contains("malformed JSON") })
        #expect(messages.contains { $0.contains("records.jsonl:3") && $0.contains("neither") })
        #expect(messages.contains { $0.contains("missing.txt") && $0.contains("no such file") })
    }

    @Test func oversizedInputIsRefused() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write(Data(repeating: 0x61, count: 2_000), "big.txt", in: folder)
        let (inputs, problems) = readAll([path], reader: InputReader(maximumBytes: 1_000))
        #expect(inputs.isEmpty)
        #expect(problems.first?.message.contains("larger than") == true)
    }

    @Test func gzipInputsAreDecompressed() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "Talks were held in Beijing on Thursday.\n"
        let plain = try write(Data(text.utf8), "talks.txt", in: folder)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-k", plain]
        try gzip.run()
        gzip.waitUntilExit()
        try FileManager.default.removeItem(atPath: plain)
        let (inputs, problems) = readAll([plain + ".gz"])
        #expect(problems.isEmpty)
        guard case .text(let read)? = inputs.first?.body else { Issue.record("no text read"); return }
        #expect(read == text)
    }

    @Test func corruptGzipIsAProblemNotACrash() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write(Data([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]), "bad.txt.gz", in: folder)
        let (_, problems) = readAll([path])
        #expect(problems.first?.description.contains("bad.txt.gz") == true)
    }

    @Test func jsonArrayAndRecordFields() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = #"[{"id": 7, "url": "https://example.test/a", "title": "T", "published": "2024-05-16", "text": "Body."}]"#
        let path = try write(Data(json.utf8), "records.json", in: folder)
        let (inputs, problems) = readAll([path])
        #expect(problems.isEmpty)
        #expect(inputs.first?.id == "7")
        #expect(inputs.first?.source.url == "https://example.test/a")
        #expect(inputs.first?.published == "2024-05-16")
    }

    @Test func publicationDatesFromMetadata() {
        #expect(PublicationDate.given("2023-03-10T08:15:00+03:00")?.value == "2023-03-10")
        #expect(PublicationDate.given("2023-03")?.precision == .month)
        #expect(PublicationDate.given("March 10, 2023") == nil)
        #expect(PublicationDate.given("2023-13-01") == nil)
    }
}
