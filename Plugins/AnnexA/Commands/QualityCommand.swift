import ArgumentParser
import CommandLineSupport
import PluginKit
import Postgres

/// `ilacs-admin quality --snapshot ID`: the data-quality findings of a snapshot, by kind and list.
struct QualityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quality",
        abstract: "Show a snapshot's data-quality findings, grouped by kind and list.",
        discussion: """
            Findings are warnings found within and across lists when the snapshot was imported: children on a \
            plan missing from List 6, case status that does not match Lists 7 and 8, dates in the \
            future or before birth, end dates before start dates, and duplicate rows. Each names \
            rows as they appear in the file, never a child's details.

            Examples:
              ilacs-admin quality --snapshot 4
              ilacs-admin quality --snapshot 4 --format json
            """
    )

    @Option(help: "The snapshot's id (see `ilacs-admin snapshots`).")
    var snapshot: Int

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    /// The findings of one kind in one list.
    struct Group: Codable, Equatable {
        var kind: String
        var title: String
        var list: Int
        var count: Int
        /// The first rows concerned, as seen in the file.
        var rows: [Int]
        /// The message of the first finding, as an example.
        var example: String
    }

    func run() async throws {
        try await AdminRuntime.run(for: AnnexAPlugin.pluginName) { runtime in
            let groups = try await Self.groups(snapshot: snapshot, pool: runtime.pool)
            if format == .json { return print(try JSONOutput.encode(groups)) }
            print(Self.text(groups, snapshot: snapshot))
        }
    }

    /// The findings of `snapshot`, grouped.
    static func groups(snapshot: Int, pool: PostgresPool) async throws -> [Group] {
        try await pool.withConnection { connection in
            try await SnapshotStore(pool: pool).requireExists(snapshot, on: connection)
            return try await groups(snapshot: snapshot, on: connection)
        }
    }

    /// The findings of `snapshot`, grouped, read on `connection`.
    static func groups(snapshot: Int, on connection: PostgresConnection) async throws -> [Group] {
        try await connection.query(
            """
            SELECT kind, list, count(*) AS n,
                   (array_agg(row_number ORDER BY row_number))[1:10] AS rows,
                   min(message) AS example
            FROM annex_a_quality_issues WHERE snapshot_id = $1
            GROUP BY kind, list ORDER BY kind, list
            """, [snapshot]
        ).map { row in
            let kind = try row.decode(String.self, "kind")
            return Group(
                kind: kind, title: QualityChecks.Kind(rawValue: kind)?.title ?? kind,
                list: try row.decode(Int.self, "list"), count: try row.decode(Int.self, "n"),
                rows: try row.decode([Int?].self, "rows").compactMap { $0 }, example: try row.decode(String.self, "example"))
        }
    }

    /// The grouped findings as text.
    static func text(_ groups: [Group], snapshot: Int) -> String {
        guard !groups.isEmpty else { return "Snapshot \(snapshot) has no data-quality findings." }
        var lines = ["Data-quality findings for snapshot \(snapshot): \(groups.map(\.count).reduce(0, +)) in all"]
        var currentKind = ""
        for group in groups {
            if group.kind != currentKind {
                lines.append("")
                lines.append(group.title)
                currentKind = group.kind
            }
            let more = group.count > group.rows.count ? ", …" : ""
            lines.append("  List \(group.list): \(group.count) (rows \(group.rows.map(String.init).joined(separator: ", "))\(more)); e.g. \(group.example)")
        }
        return lines.joined(separator: "\n")
    }
}
