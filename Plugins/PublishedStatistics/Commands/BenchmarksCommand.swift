import ArgumentParser

/// `ilacs-admin benchmarks`: the DfE's published statistics and the authority's comparators.
struct BenchmarksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmarks",
        abstract: "Import the DfE's published statistics and compare the authority with England, its region and its neighbours.",
        discussion: """
            The files are the Department for Education's children's social care statistics in the \
            Explore Education Statistics layout, and the statistical-neighbour model. \
            ILACS_AUTHORITY names the authority (its three-digit old LA code).

            Examples:
              ilacs-admin benchmarks import ../shared/reference/dfe
              ilacs-admin benchmarks list
              ILACS_AUTHORITY=891 ilacs-admin benchmarks compare
            """,
        subcommands: [BenchmarksImportCommand.self, BenchmarksListCommand.self, BenchmarksCompareCommand.self]
    )
}
