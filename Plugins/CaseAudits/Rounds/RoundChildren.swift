import PluginKit
import Postgres

/// Where a round's children come from: a CSV file (`--children`), or a sample the inspectors
/// drew, read through the `inspection.sampled-cases` point (`--sample`).
public enum RoundChildren: Sendable {
    /// A CSV with a `Child Unique ID` column and an optional `Stratum` column.
    case file(String)
    /// The picks of sample `id`, as the point gave them (empty when no live inspection has it).
    case sample(id: Int, cases: [SampledCase])

    /// The distinct children in order (a child picked twice keeps its first pick) and the name
    /// errors give their source: the file's, or `sample N` with the pick's position as the row.
    /// - Throws: `CaseAuditError` for a file's blank id, no children, or a sample not found.
    func entries() throws -> (file: String, entries: [ChildrenFile.Entry]) {
        switch self {
        case .file(let path):
            return try ChildrenFile.read(path: path)
        case .sample(let id, let cases):
            guard !cases.isEmpty else {
                throw CaseAuditError(
                    "sample \(id) is not drawn for a live inspection (or EvidenceSampling is not enabled); "
                        + "`ilacs-sampler samples` lists them, or give the sampler's CSV export with --children")
            }
            var seen = Set<String>()
            let entries = cases.filter { seen.insert($0.childID).inserted }.map {
                ChildrenFile.Entry(childID: $0.childID, row: $0.position, stratum: $0.stratum)
            }
            return ("sample \(id)", entries)
        }
    }

    /// The snapshot the sample was drawn from; nil for a file.
    var snapshotID: Int? {
        guard case .sample(_, let cases) = self else { return nil }
        return cases.first?.snapshotID
    }

    /// Reads the picks of sample `id` through every enabled `inspection.sampled-cases` reader:
    /// every live inspection's samples, kept when they are sample `id`. Rehearsals' samples are
    /// not read.
    static func sample(_ id: Int, readers: [any InspectionReader<SampledCase>], on connection: PostgresConnection) async throws -> RoundChildren {
        let inspections = try await connection.query("SELECT id FROM inspections WHERE NOT rehearsal ORDER BY id").map { try $0.decode(Int.self, "id") }
        var cases: [SampledCase] = []
        for inspection in inspections {
            cases += try await InspectionReads.records(readers, for: inspection, on: connection).filter { $0.sampleID == id }
        }
        return .sample(id: id, cases: cases)
    }
}
