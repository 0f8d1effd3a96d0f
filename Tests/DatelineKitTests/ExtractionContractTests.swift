import Foundation
import Testing
@testable import DatelineKit

/// `dateline extract` output on the seeds, field by field, as `shared/contracts/extract.md` defines it.
@Suite struct ExtractionContractTests {
    @Test func seedsProduceContractRecords() throws {
        let folder = SharedData.root.appendingPathComponent("seeds")
        var records: [[String: Any]] = []
        Extractor(publishedFallback: nil).run(paths: [folder.path]) { result in
            guard case .success(let record) = result, let line = try? record.jsonLine(),
                  let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                Issue.record("no record: \(result)")
                return
            }
            records.append(object)
        }
        #expect(records.count == 5)
        for record in records {
            let id = try #require(record["id"] as? String)
            #expect(id.count == 20 && id.contains("_"), "id from the file name: \(id)")
            let source = try #require(record["source"] as? [String: Any])
            #expect((source["path"] as? String)?.hasSuffix(id + ".txt") == true)
            #expect(source.keys.contains("url"), "url present, null when unknown")
            for key in ["title", "outlet", "published"] {
                #expect(record.keys.contains(key), "\(key) present (null when unknown)")
            }
            // Seeds carry no date: dating estimates one from the text, marked as not given.
            let published = try #require(record["published"] as? [String: Any])
            #expect(published["given"] as? Bool == false)
            let text = try #require(record["text"] as? String)
            #expect(!text.isEmpty && !text.contains("Read more"))
            let removed = try #require(record["removed"] as? [[String: Any]])
            for item in removed {
                #expect(item["text"] is String && item["reason"] is String)
            }
            for layer in ["entities", "timexes", "quotes", "events"] {
                #expect(record[layer] is [Any], "\(layer) is an array")
            }
        }
        let first = try #require(records.first { ($0["id"] as? String)?.hasPrefix("000") == true })
        #expect(first["outlet"] as? String == "The Moscow Times")
    }

    @Test func givenPublicationDateIsMarkedGiven() throws {
        let input = ArticleInput(source: DocumentSource(path: "a.txt"), body: .text("The talks ended on Friday."), byteCount: 10)
        let record = try Extractor(publishedFallback: "2025-01-21").record(for: input).get()
        let object = try JSONSerialization.jsonObject(with: Data(try record.jsonLine().utf8)) as? [String: Any]
        let published = try #require(object?["published"] as? [String: Any])
        #expect(published["value"] as? String == "2025-01-21")
        #expect(published["precision"] as? String == "day")
        #expect(published["given"] as? Bool == true)
    }

    /// Hash seeds differ per process, so this checks the order itself: every object's keys sorted.
    @Test("a record's keys come out sorted, so two runs over the same article diff clean")
    func keysAreSorted() throws {
        let input = ArticleInput(source: DocumentSource(path: "a.txt"),
                                 body: .text("Putin met Xi in Moscow on Tuesday. \"We agreed,\" Xi said."), byteCount: 10)
        let line = try Extractor(publishedFallback: "2025-01-21").record(for: input).get().jsonLine()
        var objects = 0
        // Keys of each object, in the order written: a key is a string followed by a colon.
        var stack: [[String]] = []
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c == "\"" {
                var j = line.index(after: i)
                var text = ""
                while line[j] != "\"" {
                    if line[j] == "\\" { j = line.index(after: j) }
                    text.append(line[j])
                    j = line.index(after: j)
                }
                let after = line.index(after: j)
                if after < line.endIndex, line[after] == ":" { stack[stack.count - 1].append(text) }
                i = after
                continue
            }
            if c == "{" { stack.append([]) }
            if c == "}" {
                let keys = stack.removeLast()
                #expect(keys == keys.sorted(), "\(keys)")
                objects += 1
            }
            i = line.index(after: i)
        }
        #expect(objects > 5)
    }
}
