import Foundation

/// The grammar cues of `lexicons/entity-cues.json`, as token keys.
struct EntityCues: Sendable {
    let locatives: Set<UInt64>
    let nameParticles: Set<UInt64>
    let ownerPrepositions: Set<UInt64>

    private struct File: Decodable {
        var locatives: [String]
        var nameParticles: [String]
        var ownerPrepositions: [String]
    }

    static let standard: EntityCues = {
        do { return try EntityCues(contentsOf: ResourceFiles.url("lexicons/entity-cues.json")) }
        catch { fatalError("DatelineKit resource lexicons/entity-cues.json is unreadable: \(error)") }
    }()

    init(contentsOf url: URL) throws {
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        locatives = Set(file.locatives.map(Self.key))
        nameParticles = Set(file.nameParticles.map(Self.key))
        ownerPrepositions = Set(file.ownerPrepositions.map(Self.key))
    }

    /// The token key of a one-word string.
    static func key(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { TokenKey.of($0[...]) }
    }
}
