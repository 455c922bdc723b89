import ArgumentParser

/// `ilacs-admin inspection history`: the national record of ILACS reports.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Import the national record of every authority's ILACS reports.",
        discussion: """
            The national record (ilacs_inspection_history.csv, one row per published report) is \
            kept whole; it measures how the three-year window works in practice (see `inspection \
            window`), and the authority's own rows become its inspection history.

            Examples:
              ilacs-admin inspection history import ilacs_inspection_history.csv --authority "Nottinghamshire"
            """,
        subcommands: [HistoryImportCommand.self]
    )
}
