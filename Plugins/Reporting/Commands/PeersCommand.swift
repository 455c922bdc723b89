import ArgumentParser
import CommandLineSupport
import PluginKit

/// `ilacs-admin inspection peers`: the statistical neighbours' latest inspections beside the
/// authority's own.
struct PeersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peers",
        abstract: "Show the statistical neighbours' latest inspections beside the authority's own.",
        discussion: """
            Joins the DfE's statistical-neighbour model (loaded by `benchmarks import`, with the \
            PublishedStatistics plugin enabled) to the national record of ILACS reports (loaded by \
            `inspection history import`) by name: case, '&' and punctuation do not matter, nor the \
            DfE's "Bristol, City of" or "County Durham" forms. For the authority ILACS_AUTHORITY \
            names and each of its ten neighbours, closest first: the latest graded (standard or \
            short) inspection, its dates and its five judgement cells (a placeholder the record \
            gives is shown as given). Names that match no authority in the record are listed, \
            never guessed.

            Examples:
              ILACS_AUTHORITY=891 ilacs-admin inspection peers
              ilacs-admin inspection peers --format json
            """
    )

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let context = runtime.context(for: ReportingPlugin.pluginName)
            let sources = try runtime.host.implementations(of: StatisticalNeighbours.point, context: context)
            let outcome = try await runtime.pool.withConnection { connection in
                try await PeersLoader.load(configuration: runtime.host.configuration, sources: sources, on: connection)
            }
            switch outcome {
            case .unavailable(let reason): throw ReportingError(reason)
            case .found(let peers): print(format == .json ? try JSONOutput.encode(peers) : Self.text(peers))
            }
        }
    }

    /// The peers as the command prints them: an aligned table, then the names that did not match.
    static func text(_ peers: Peers) -> String {
        let rows = [Peers.columns] + peers.rows
        let widths = Peers.columns.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = ["\(peers.own.name) (\(peers.own.code)) and its \(peers.neighbours.count) statistical neighbours: latest graded inspection"]
        lines += rows.map { row in row.enumerated().map { $0.element.padded(widths[$0.offset]) }.joined(separator: "  ").trimmingTrailingSpaces }
        lines.append(
            peers.unmatched.isEmpty
                ? "Every name matched the national record."
                : "Not matched in the national record: \(peers.unmatched.joined(separator: "; ")).")
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string without trailing spaces.
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
