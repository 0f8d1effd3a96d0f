/// The article-extraction benchmark's scoring (scrapinghub/article-extraction-benchmark `evaluate.py`),
/// reproduced exactly: tokens are runs of Python `\w` (letters, numbers, underscore — combining marks split
/// tokens), shingles are every 4 consecutive tokens counted as a multiset (a text with fewer than 4 tokens
/// is one shingle), and precision/recall compare the multisets.
public enum ExtractionScorer {
    /// Precision and recall of one prediction against the truth.
    public struct Score: Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int
    }

    public static func score(predicted: String, truth: String) -> Score {
        let p = shingles(predicted), t = shingles(truth)
        var tp = 0, fp = 0, fn = 0
        for (shingle, cp) in p {
            let ct = t[shingle] ?? 0
            tp += min(cp, ct)
            fp += max(0, cp - ct)
        }
        for (shingle, ct) in t { fn += max(0, ct - (p[shingle] ?? 0)) }
        if fp == 0 && fn == 0 { return Score(precision: 1, recall: 1, truePositives: tp, falsePositives: 0, falseNegatives: 0) }
        let precision = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
        let recall = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
        return Score(precision: precision, recall: recall, truePositives: tp, falsePositives: fp, falseNegatives: fn)
    }

    /// Python `\w` tokens: maximal runs of scalars that are letters, numbers or `_`.
    public static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                out.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    /// Python's `str.isalnum()` or `_`: general category L* or N* (Nd, Nl, No).
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// The multiset of 4-token shingles, keyed by the tokens joined with a separator no token contains.
    static func shingles(_ text: String) -> [String: Int] {
        let t = tokens(text)
        var counts: [String: Int] = [:]
        guard !t.isEmpty else { return counts }
        if t.count < 4 { counts[t.joined(separator: " "), default: 0] += 1; return counts }
        for i in 0...(t.count - 4) {
            counts[t[i..<(i + 4)].joined(separator: " "), default: 0] += 1
        }
        return counts
    }
}
