import ArgumentParser

/// `dateline eval …`: accuracy on the peer suites and gold files, scored as their publishers do.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure accuracy on public evaluation data (../shared/peer-suites) and the seed gold.",
        subcommands: [
            EvalExtraction.self,
            EvalTimex.self,
            EvalDating.self,
            EvalQuotes.self,
            EvalEvents.self,
            EvalPlover.self,
        ])
}
