import Foundation

/// Turns what the user named — files, folders (recursive), `-` for stdin, any of them gzip-compressed —
/// into article inputs, one at a time, reporting each unreadable input and going on with the rest.
///
/// ```swift
/// let reader = InputReader()
/// try reader.read(["examples/"]) { result in
///     switch result { case .success(let input): print(input.source.label)
///                     case .failure(let problem): print(problem) }
/// }
/// ```
public struct InputReader: Sendable {
    /// Inputs larger than this (before or after decompression) are refused: no news article is 50 MB.
    public var maximumBytes: Int

    public init(maximumBytes: Int = 50_000_000) {
        self.maximumBytes = maximumBytes
    }

    /// The kinds of input, by file extension (after removing `.gz`).
    public enum Format: Sendable { case text, html, records }

    static func format(ofExtension ext: String) -> Format? {
        switch ext.lowercased() {
        case "txt", "md", "text": .text
        case "html", "htm", "xhtml": .html
        case "jsonl", "json", "ndjson": .records
        default: nil
        }
    }

    /// Expands folders (recursively, sorted, hidden files skipped, only known extensions) into files.
    /// A path that does not exist is reported as a problem.
    public func expand(_ paths: [String], problem: (InputProblem) -> Void) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problem(InputProblem(DocumentSource(path: path), "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            guard let walker = fm.enumerator(atPath: path) else {
                problem(InputProblem(DocumentSource(path: path), "cannot list folder"))
                continue
            }
            var found: [String] = []
            for case let relative as String in walker {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                if Self.format(ofPath: full) != nil { found.append(full) }
            }
            files.append(contentsOf: found.sorted())
        }
        return files
    }

    static func format(ofPath path: String) -> Format? {
        var name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".gz") { name = String(name.dropLast(3)) }
        return format(ofExtension: (name as NSString).pathExtension)
    }

    /// Reads every input under `paths`, calling `emit` for each article or problem, in order.
    public func read(_ paths: [String], emit: (Result<ArticleInput, InputProblem>) -> Void) {
        for file in expand(paths, problem: { emit(.failure($0)) }) {
            readFile(file, emit: emit)
        }
    }

    /// Reads one file (or `-`), which may hold many records.
    public func readFile(_ path: String, emit: (Result<ArticleInput, InputProblem>) -> Void) {
        let source = DocumentSource(path: path == "-" ? nil : path)
        do {
            var data = try load(path)
            var format = path == "-" ? nil : Self.format(ofPath: path)
            if Gzip.isCompressed(data) {
                do { data = try Gzip.decompress(data, limit: maximumBytes) }
                catch { throw InputProblem(source, "\(error)") }
            }
            if format == nil { format = sniff(data) }
            guard let format else {
                throw InputProblem(source, "unsupported file type (expected .txt, .md, .html, .htm, .jsonl, .json, optionally .gz)")
            }
            guard !data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
                throw InputProblem(source, "empty file")
            }
            try decode(data, format: format, source: source, emit: emit)
        } catch let problem as InputProblem {
            emit(.failure(problem))
        } catch {
            emit(.failure(InputProblem(source, "\(error)")))
        }
    }

    private func load(_ path: String) throws -> Data {
        let source = DocumentSource(path: path == "-" ? nil : path)
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maximumBytes else { throw InputProblem(source, "input larger than \(maximumBytes / 1_000_000) MB") }
            return data
        }
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: path) }
        catch { throw InputProblem(source, "cannot read: \(error.localizedDescription)") }
        if let size = attributes[.size] as? Int, size > maximumBytes {
            throw InputProblem(source, "file is \(size / 1_000_000) MB, larger than the \(maximumBytes / 1_000_000) MB limit")
        }
        if attributes[.type] as? FileAttributeType == .typeSymbolicLink, !FileManager.default.fileExists(atPath: path) {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            throw InputProblem(source, "cannot read: broken symbolic link to \(target)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputProblem(source, "cannot read: permission denied or not a regular file")
        }
        defer { try? handle.close() }
        do { return try handle.readToEnd() ?? Data() }
        catch { throw InputProblem(source, "cannot read: \(error.localizedDescription)") }
    }

    /// Guesses the format of stdin or an unnamed input from its first non-blank byte.
    private func sniff(_ data: Data) -> Format? {
        guard let first = data.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF })
        else { return .text }
        switch first {
        case UInt8(ascii: "<"): return .html
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .records
        default: return .text
        }
    }

    private func decode(_ data: Data, format: Format, source: DocumentSource,
                        emit: (Result<ArticleInput, InputProblem>) -> Void) throws {
        switch format {
        case .html:
            // Binary check only: HTML may legitimately be in a legacy charset, which the HTML reader decodes.
            if data.prefix(8192).contains(0) && !looksUTF16(data) { throw InputProblem(source, "binary content (NUL bytes), not HTML") }
            emit(.success(ArticleInput(source: source, body: .html(data, charset: nil), byteCount: data.count)))
        case .text:
            if TextBytes.looksBinary(data) { throw InputProblem(source, "binary content, not text") }
            guard let text = TextBytes.decodeUTF8(data) else {
                let at = TextBytes.firstInvalidUTF8Offset(data) ?? 0
                throw InputProblem(source, "invalid UTF-8 at byte \(at)")
            }
            emit(.success(ArticleInput(source: source, body: .text(text), byteCount: data.count)))
        case .records:
            if TextBytes.looksBinary(data) { throw InputProblem(source, "binary content, not JSON") }
            ArticleRecordReader.read(data, path: source.path ?? "<stdin>", emit: emit)
        }
    }

    private func looksUTF16(_ data: Data) -> Bool {
        data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
    }
}
