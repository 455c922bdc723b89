import PluginKit
import Postgres

/// Where a round's children come from: a CSV file (`--children`), or a sample the inspectors
/// drew, read through the `inspection.sampled-cases` point (`--sample`).
public enum RoundChildren: Sendable {
    /// A CSV with a `Child Unique ID` column and an optional `Stratum` column.
    case file(String)
    /// The picks of sample `id`, as the point gave them (empty when no inspection has it), and
    /// the inspection it was drawn for.
    case sample(id: Int, cases: [SampledCase], inspectionID: Int?)

    /// The distinct children in order (a child picked twice keeps its first pick) and the name
    /// errors give their source: the file's, or `sample N` with the pick's position as the row.
    /// - Throws: `CaseAuditError` for a file's blank id, no children, or a sample not found.
    func entries() throws -> (file: String, entries: [ChildrenFile.Entry]) {
        switch self {
        case .file(let path):
            return try ChildrenFile.read(path: path)
        case .sample(let id, let cases, _):
            guard !cases.isEmpty else {
                throw CaseAuditError(
                    "sample \(id) is not drawn for a live inspection or the running rehearsal (or EvidenceSampling is not enabled); "
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
        guard case .sample(_, let cases, _) = self else { return nil }
        return cases.first?.snapshotID
    }

    /// The inspection the sample was drawn for; nil for a file.
    var inspectionID: Int? {
        guard case .sample(_, _, let inspectionID) = self else { return nil }
        return inspectionID
    }

    /// Reads the picks of sample `id` through every enabled `inspection.sampled-cases` reader:
    /// every inspection's samples (the running rehearsal's too, so a rehearsal can audit its own
    /// sample), kept when they are sample `id`.
    static func sample(_ id: Int, readers: [any InspectionReader<SampledCase>], on connection: PostgresConnection) async throws -> RoundChildren {
        let inspections = try await connection.query("SELECT id, rehearsal FROM inspections ORDER BY id").map {
            (id: try $0.decode(Int.self, "id"), rehearsal: try $0.decode(Bool.self, "rehearsal"))
        }
        for inspection in inspections {
            let cases = try await InspectionReads.records(readers, for: inspection.id, rehearsal: inspection.rehearsal, on: connection).filter {
                $0.sampleID == id
            }
            if !cases.isEmpty { return .sample(id: id, cases: cases, inspectionID: inspection.id) }
        }
        return .sample(id: id, cases: [], inspectionID: nil)
    }
}
