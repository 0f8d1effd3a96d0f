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
    static let whens = ["next year", "in the spring", "before the end of the year", "at the next summit",
                        "within months", "in the autumn"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let institutes = ["the Carnegie Endowment", "the Valdai Club", "Chatham House", "the Lowy Institute",
                             "the Brookings Institution", "the Higher School of Economics"]
    static let outlets = ["The Eastern Ledger", "Meridian Wire", "Capital Dispatch", "Northern Courier"]

    /// The `index`-th article as plain text with a headline line, body and outlet boilerplate.
    public func article(_ index: Int) -> String {
        // The stream's start is itself drawn from a generator: seeding with `seed + index × step` where
        // step is SplitMix's own increment would make article i+1 replay article i's draws shifted by one.
        var seeder = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        var rng = SplitMix64(seed: seeder.next())
        func pick<T>(_ list: [T]) -> T { list[Int(rng.next() % UInt64(list.count))] }
        let a = pick(Self.leaders)
        var b = pick(Self.leaders)
        while b.1 == a.1 { b = pick(Self.leaders) }
        let place = pick(Self.places), day = pick(Self.weekdays), outlet = pick(Self.outlets)
        let surnameA = a.1.split(separator: " ").last!, surnameB = b.1.split(separator: " ").last!
        func number(_ low: UInt64, _ high: UInt64) -> UInt64 { low + rng.next() % (high - low + 1) }
        let headlines = ["\(surnameA) and \(surnameB) discuss \(pick(Self.topics)) in \(place)",
                         "\(surnameA) and \(surnameB) sign \(number(2, 40)) agreements in \(place)",
                         "\(surnameA) hosts \(surnameB) for talks on \(pick(Self.topics)) as trade tops $\(number(20, 250)) billion"]
        var paragraphs = [pick(headlines)]
        paragraphs.append("\(a.0) \(a.1) \(pick(Self.actions)) \(b.0.lowercased()) \(b.1) in \(place) on \(day), \(pick(Self.months)) \(number(1, 28)), the \(index % 2 == 0 ? "Kremlin" : "foreign ministry") said in a statement.")
        // Every body paragraph carries a few independent figures (hours, sums, dates, counts), so two
        // articles almost never share one word for word: repeated paragraphs in this corpus are only its
        // boilerplate, which is what the store's learned-boilerplate memory should learn.
        for _ in 0..<(3 + Int(rng.next() % 5)) {
            switch rng.next() % 6 {
            case 0: paragraphs.append("\"We have agreed to deepen \(pick(Self.topics)) and to meet again \(pick(Self.whens)),\" \(surnameA) told reporters after talks that lasted \(number(1, 9)) hours and \(number(5, 55)) minutes, according to \(pick(Self.outlets)).")
            case 1: paragraphs.append("\(surnameB) said his country valued the partnership and hoped for progress on \(pick(Self.topics)) before \(pick(Self.months)) \(number(1, 28)), when a delegation of \(number(12, 240)) officials is due in \(pick(Self.places)).")
            case 2: paragraphs.append("The two leaders last met in \(pick(Self.places)) in \(pick(Self.months)) \(number(2012, 2024)), when they discussed \(pick(Self.topics)) and signed \(number(2, 40)) agreements worth about $\(number(1, 90)).\(number(0, 9)) billion.")
            case 3: paragraphs.append("Trade between the two countries reached $\(number(20, 250)).\(number(0, 9)) billion last year, up \(number(1, 39)).\(number(0, 9)) percent, according to customs data cited by \(pick(Self.outlets)).")
            case 4: paragraphs.append("Analysts at \(pick(Self.institutes)) in \(pick(Self.places)) said \(pick(Self.topics)) had become central to relations, noting that \(number(3, 97)) percent of the \(number(40, 900)) firms they surveyed expected closer ties by \(number(2026, 2035)).")
            default: paragraphs.append("The meeting was the \(Self.ordinal(Int(number(2, 60)))) between the two since \(number(2000, 2022)), and came \(number(2, 29)) days after \(pick(Self.leaders).1) visited \(pick(Self.places)) for talks on \(pick(Self.topics)).")
            }
        }
        paragraphs.append("Photo: \(pick(["Reuters", "AFP", "TASS"]))")
        paragraphs.append("Sign up for the \(outlet) newsletter and get the day's top stories in your inbox.")
        paragraphs.append("Dear readers, independent journalism needs your support. Please consider a donation to \(outlet) today.")
        paragraphs.append("Read more")
        return paragraphs.joined(separator: "\n\n") + "\n"
    }
}

extension GeneratedCorpus {
    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
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
