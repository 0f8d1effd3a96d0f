import Foundation

/// One JSON record of a `.jsonl` / `.json` input: `{"id"?, "url"?, "title"?, "published"?, "text"? | "html"?}`.
struct ArticleRecord: Decodable {
    var id: String?
    var url: String?
    var title: String?
    var published: String?
    var text: String?
    var html: String?

    private enum CodingKeys: String, CodingKey { case id, url, title, published, text, html }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Ids arrive as strings or numbers in the wild.
        if let s = try? c.decodeIfPresent(String.self, forKey: .id) { id = s }
        else if let n = try? c.decodeIfPresent(Int.self, forKey: .id) { id = String(n) }
        url = try c.decodeIfPresent(String.self, forKey: .url)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        text = try c.decodeIfPresent(String.self, forKey: .text)
        html = try c.decodeIfPresent(String.self, forKey: .html)
    }

    func input(source: DocumentSource, byteCount: Int) throws(InputProblem) -> ArticleInput {
        let body: ArticleInput.Body
        if let html, !html.isEmpty {
            body = .html(Data(html.utf8), charset: "UTF-8")
        } else if let text, !text.isEmpty {
            body = .text(TextBytes.normalizeLineEndings(text))
        } else {
            throw InputProblem(source, "record has neither \"text\" nor \"html\"")
        }
        var source = source
        source.url = url
        return ArticleInput(id: id, source: source, title: title, published: published, body: body, byteCount: byteCount)
    }
}

/// Reads records from JSON Lines, or from a `.json` file holding one record or an array of them.
enum ArticleRecordReader {
    static func read(_ data: Data, path: String, emit: (Result<ArticleInput, InputProblem>) -> Void) {
        let decoder = JSONDecoder()
        let trimmed = data.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if trimmed.first == UInt8(ascii: "[") {
            readArray(data, path: path, decoder: decoder, emit: emit)
            return
        }
        var lineNumber = 0
        var sawRecord = false
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let source = DocumentSource(path: path, line: lineNumber)
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            sawRecord = true
            do {
                let record = try decoder.decode(ArticleRecord.self, from: Data(line))
                emit(.success(try record.input(source: source, byteCount: line.count)))
            } catch let problem as InputProblem {
                emit(.failure(problem))
            } catch {
                // A pretty-printed single-object `.json` file spans lines: try it whole once.
                if lineNumber == 1, let record = try? decoder.decode(ArticleRecord.self, from: data) {
                    emitWhole(record, path: path, byteCount: data.count, emit: emit)
                    return
                }
                emit(.failure(InputProblem(source, "malformed JSON record: \(JSONProblem.describe(error))")))
            }
        }
        if !sawRecord { emit(.failure(InputProblem(DocumentSource(path: path), "empty file: no records"))) }
    }

    private static func readArray(_ data: Data, path: String, decoder: JSONDecoder,
                                  emit: (Result<ArticleInput, InputProblem>) -> Void) {
        do {
            let records = try decoder.decode([ArticleRecord].self, from: data)
            if records.isEmpty { emit(.failure(InputProblem(DocumentSource(path: path), "empty array: no records"))) }
            for (i, record) in records.enumerated() {
                let source = DocumentSource(path: path, line: nil)
                do { emit(.success(try record.input(source: source, byteCount: data.count / max(records.count, 1)))) }
                catch { emit(.failure(InputProblem(source, "record \(i + 1): \(error.message)"))) }
            }
        } catch {
            emit(.failure(InputProblem(DocumentSource(path: path), "malformed JSON: \(JSONProblem.describe(error))")))
        }
    }

    private static func emitWhole(_ record: ArticleRecord, path: String, byteCount: Int,
                                  emit: (Result<ArticleInput, InputProblem>) -> Void) {
        do { emit(.success(try record.input(source: DocumentSource(path: path), byteCount: byteCount))) }
        catch { emit(.failure(error)) }
    }
}

/// Short human descriptions of JSONDecoder errors (the default ones are long and nested).
enum JSONProblem {
    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            return context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "field \"\(field)\": \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }
}
