import AnnexAStore
import PluginKit
import Postgres

/// Answers "why was this child picked, or not?" for one sample, case by case: picked (with
/// stratum, rank, ticket and rule), outside the population, excluded (with the plan's reason),
/// stratum full, cap reached, or ranked too low. Lines name lists and rows, never the child.
public struct SampleExplainer: Sendable {
    let pool: PostgresPool
    let childKey: AuditChildKey

    /// An explainer on `pool`, naming children in the audit log under `childKey`.
    public init(pool: PostgresPool, childKey: AuditChildKey) {
        self.pool = pool
        self.childKey = childKey
    }

    /// The explanation for the child `childID` in sample `sampleID`, one line per case; the
    /// question is audit-logged with a keyed hash of the id (`AuditLog.childReference`), never the id.
    public func explain(sampleID: Int, childID: String, actor: String) async throws -> [String] {
        try await pool.transaction { connection in
            let sample = try await SampleStore.load(sampleID, on: connection)
            let (record, manifest) = try await ManifestStore.load(sample.manifestID, on: connection)
            let selection = try SampleReplay.selection(manifest, seed: sample.seed, extensions: sample.extensions)
            let cases = Dictionary(
                manifest.cases.filter { $0.childID == childID }.map { (Self.place($0.list.number, $0.rowNumber), $0) },
                uniquingKeysWith: { first, _ in first })
            let exclusions = Dictionary(
                manifest.exclusions.filter { $0.childID == childID }.map { (Self.place($0.list.number, $0.rowNumber), $0) },
                uniquingKeysWith: { first, _ in first })
            let rows = try await rows(of: childID, snapshotID: record.snapshotID, on: connection)
            var lines = rows.map { place in
                if let item = cases[place] { return "\(place): " + explain(item, sample: sample, selection: selection) }
                if let exclusion = exclusions[place] { return "\(place): excluded by the plan: \(exclusion.reason)" }
                return "\(place): outside the population: the plan's population does not take this row"
            }
            if lines.isEmpty { lines = ["outside the population: the child is on none of Lists 3 to 9 of snapshot \(record.snapshotID)"] }
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "sample.why", recordType: "sampling_sample", recordID: String(sampleID),
                    details: [AuditLog.childReferenceDetail: AuditLog.childReference(childID, key: childKey)]), on: connection)
            return lines
        }
    }

    private func explain(_ item: ManifestCase, sample: SampleRecord, selection: Selection) -> String {
        guard let standing = selection.standing(of: item.key) else { return "not in the population" }
        let place = "rank \(standing.rank) of \(standing.of) in stratum '\(item.stratum)'"
        if let pick = sample.picks.first(where: { $0.key == item.key }) {
            return "picked: position \(pick.position), \(place), ticket \(pick.ticketDisplay), rule: \(pick.rule)"
        }
        switch selection.miss(for: item.key) {
        case .stratumFull?:
            return "not picked: its stratum's \(standing.size) places were filled by cases with lower tickets before its turn (\(place))"
        case .workerCapReached?:
            return "not picked: its allocated worker had reached the cap of picks when its turn came (\(place))"
        case .teamCapReached?:
            return "not picked: its allocated team had reached the cap of picks when its turn came (\(place))"
        case .rankedTooLow?, nil:
            return "not picked: ranked too low, the sample was complete before its turn (\(place))"
        }
    }

    /// `List N row R` for each of the child's rows on the sampleable lists of the snapshot.
    private func rows(of childID: String, snapshotID: Int, on connection: PostgresConnection) async throws -> [String] {
        try await AnnexAChildRow.all(of: childID, snapshot: snapshotID, lists: SamplingPlan.sampleableLists, on: connection)
            .map { Self.place($0.list.number, $0.rowNumber) }
    }

    private static func place(_ list: Int, _ row: Int) -> String { "List \(list) row \(row)" }
}
