/// A reproducible corpus of synthetic news articles for throughput figures: leader-diplomacy prose
/// with quotes, relative dates and the boilerplate scraped articles carry. Not for accuracy — the
/// sentences are recombined from a small phrase stock.
public struct GeneratedCorpus: Sendable {
    public var count: Int
    public var seed: UInt64

    public init(count: Int, seed: UInt64 = 42) {
        self.count = count
        self.seed = seed
    }

    static let leaders = [("Russian President", "Vladimir Putin"), ("Chinese President", "Xi Jinping"),
                          ("U.S. President", "Joe Biden"), ("Indian Prime Minister", "Narendra Modi"),
                          ("French President", "Emmanuel Macron"), ("Turkish President", "Recep Tayyip Erdogan"),
                          ("German Chancellor", "Olaf Scholz"), ("Brazilian President", "Luiz Inacio Lula da Silva")]
    static let places = ["Beijing", "Moscow", "Kazan", "Samarkand", "New Delhi", "Paris", "Ankara", "Brasilia", "Geneva"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let actions = ["held talks with", "spoke by phone with", "met", "hosted", "sent a congratulatory message to",
                          "signed a joint statement with", "welcomed"]
    static let topics = ["energy cooperation", "trade in national currencies", "the war in Ukraine", "regional security",
                         "grain exports", "a new gas pipeline", "climate finance", "the situation in the Middle East"]
    static let outlets = ["The Eastern Ledger", "Meridian Wire", "Capital Dispatch", "Northern Courier"]

    /// The `index`-th article as plain text with a headline line, body and outlet boilerplate.
    public func article(_ index: Int) -> String {
        var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        func pick<T>(_ list: [T]) -> T { list[Int(rng.next() % UInt64(list.count))] }
        let a = pick(Self.leaders)
        var b = pick(Self.leaders)
        while b.1 == a.1 { b = pick(Self.leaders) }
        let place = pick(Self.places), day = pick(Self.weekdays), outlet = pick(Self.outlets)
        let surnameA = a.1.split(separator: " ").last!, surnameB = b.1.split(separator: " ").last!
        var paragraphs = ["\(surnameA) and \(surnameB) discuss \(pick(Self.topics)) in \(place)"]
        paragraphs.append("\(a.0) \(a.1) \(pick(Self.actions)) \(b.0.lowercased()) \(b.1) in \(place) on \(day), the \(index % 2 == 0 ? "Kremlin" : "foreign ministry") said in a statement.")
        for _ in 0..<(3 + Int(rng.next() % 5)) {
            switch rng.next() % 4 {
            case 0: paragraphs.append("\"We have agreed to deepen \(pick(Self.topics)) and to meet again next year,\" \(surnameA) told reporters after the talks, according to \(pick(Self.outlets)).")
            case 1: paragraphs.append("\(surnameB) said his country valued the partnership and hoped for progress on \(pick(Self.topics)) before the end of the year, officials said.")
            case 2: paragraphs.append("The two leaders last met in \(pick(Self.places)) in \(2015 + Int(rng.next() % 10)), when they discussed \(pick(Self.topics)) and signed \(2 + rng.next() % 20) agreements.")
            default: paragraphs.append("Analysts in \(pick(Self.places)) said the meeting showed how \(pick(Self.topics)) had become central to relations, even as Western governments warned against closer ties.")
            }
        }
        paragraphs.append("Photo: \(pick(["Reuters", "AFP", "TASS"]))")
        paragraphs.append("Sign up for the \(outlet) newsletter and get the day's top stories in your inbox.")
        paragraphs.append("Dear readers, independent journalism needs your support. Please consider a donation to \(outlet) today.")
        paragraphs.append("Read more")
        return paragraphs.joined(separator: "\n\n") + "\n"
    }
}

/// A small, fast, seedable generator, so generated corpora are the same on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
