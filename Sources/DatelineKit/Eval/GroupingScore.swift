/// Pairwise and per-group agreement between predicted groups and gold groups of the same articles:
/// two articles are predicted together when they have the same non-nil group.
public struct GroupingScore: Sendable {
    public var precision: Double
    public var recall: Double
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    /// Gold groups of two or more all of whose articles share one predicted group.
    public var keptTogether: Int
    public var groupsOfTwoOrMore: Int
    /// Gold groups none of whose articles shares a predicted group with another gold group's article.
    public var keptApart: Int
    public var groups: Int
    /// Distinct predicted groups (articles with no group count one each).
    public var predictedGroups: Int

    public init(labels: [String], predicted: [Int64?]) {
        precondition(labels.count == predicted.count, "one prediction per article")
        var truePairs = 0, predictedPairs = 0, bothPairs = 0
        var crossGroups: Set<String> = []
        // Pairs are counted per predicted group and per gold group, not over all article pairs.
        var byPrediction: [Int64: [Int]] = [:]
        for (i, group) in predicted.enumerated() { if let group { byPrediction[group, default: []].append(i) } }
        var members: [String: [Int]] = [:]
        for (i, label) in labels.enumerated() { members[label, default: []].append(i) }
        for group in members.values { truePairs += group.count * (group.count - 1) / 2 }
        for group in byPrediction.values {
            predictedPairs += group.count * (group.count - 1) / 2
            var perLabel: [String: Int] = [:]
            for i in group { perLabel[labels[i], default: 0] += 1 }
            for n in perLabel.values { bothPairs += n * (n - 1) / 2 }
            if perLabel.count > 1 { crossGroups.formUnion(perLabel.keys) }
        }
        let large = members.values.filter { $0.count >= 2 }
        keptTogether = large.filter { group in predicted[group[0]] != nil && group.allSatisfy { predicted[$0] == predicted[group[0]] } }.count
        groupsOfTwoOrMore = large.count
        groups = members.count
        keptApart = members.count - crossGroups.count
        precision = predictedPairs == 0 ? 0 : Double(bothPairs) / Double(predictedPairs)
        recall = truePairs == 0 ? 0 : Double(bothPairs) / Double(truePairs)
        predictedGroups = byPrediction.count + predicted.filter { $0 == nil }.count
    }
}
