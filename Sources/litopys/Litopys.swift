import ArgumentParser

/// The `litopys` command: turns Ukrainian news articles into a queryable chronicle.
@main
struct LitopysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "litopys",
        abstract: "Turn Ukrainian-language news into structured facts: who met whom, where, when, who said what.",
        discussion: """
            Start with `litopys analyze ARTICLE.txt` for a readable summary of one article, or \
            `litopys analyze --json FILE…` for one JSON object per document (JSON Lines).
            """,
        subcommands: [AnalyzeCommand.self, IngestCommand.self, QueryCommand.self, MorphCommand.self, TrainCommand.self, EvalCommand.self, BenchCommand.self, BenchIngestCommand.self, ServeCommand.self, SetupCommand.self]
    )
}

/// `litopys train …`: rebuilds the committed models from the training corpora.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model from the corpora in ../shared/corpora.",
        subcommands: [TrainTaggerCommand.self, TrainNERCommand.self, TrainClustersCommand.self]
    )
}

/// `litopys eval …`: measures a stage against gold data.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure a stage against gold data (segmentation, morphology, NER).",
        subcommands: [EvalSegmentationCommand.self, EvalMorphCommand.self, EvalNERCommand.self]
    )
}
