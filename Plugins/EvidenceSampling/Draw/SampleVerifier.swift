import Postgres

/// Recomputes a sample from its snapshot, its plan and its seed, and lists every difference
/// from what was recorded. Differences name lists, rows and positions, never a child.
public struct SampleVerifier: Sendable {
    /// What verification found.
    public struct Outcome: Sendable, Equatable {
        /// The sample.
        public let sampleID: Int
        /// The manifest's recorded SHA-256.
        public let recordedSHA256: String
        /// The SHA-256 of the manifest recomputed from the snapshot and plan, if it could be.
        public let recomputedSHA256: String?
        /// The picks recorded.
        public let picks: Int
        /// Every difference found; empty when the sample is verified.
        public let differences: [String]
    }

    let pool: PostgresPool

    /// A verifier on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Verifies sample `sampleID`.
    public func verify(sampleID: Int) async throws -> Outcome {
        try await pool.withConnection { connection in
            let sample = try await SampleStore.load(sampleID, on: connection)
            let (record, stored) = try await ManifestStore.load(sample.manifestID, on: connection)
            var differences: [String] = []
            if stored.sha256 != record.sha256 {
                differences.append("the stored manifest cases hash to \(stored.sha256), not the recorded \(record.sha256)")
            }
            let recomputed: Manifest
            do {
                recomputed = try await Self.recompute(stored, on: connection)
            } catch {
                differences.append("the manifest cannot be recomputed from snapshot \(record.snapshotID) and the plan: \(error)")
                return Outcome(
                    sampleID: sampleID, recordedSHA256: record.sha256, recomputedSHA256: nil,
                    picks: sample.picks.count, differences: differences)
            }
            differences += Self.manifestDifferences(stored: stored, recomputed: recomputed)
            if recomputed.sha256 != record.sha256 {
                differences.append("the recomputed manifest hashes to \(recomputed.sha256), not the recorded \(record.sha256)")
            }
            do {
                let picks = SampleReplay.picks(try SampleReplay.selection(recomputed, seed: sample.seed, extensions: sample.extensions))
                differences += Self.pickDifferences(recorded: sample.picks, recomputed: picks, cases: recomputed.cases + stored.cases)
            } catch {
                differences.append("the selection cannot be redone from the seed: \(error)")
            }
            return Outcome(
                sampleID: sampleID, recordedSHA256: record.sha256, recomputedSHA256: recomputed.sha256,
                picks: sample.picks.count, differences: differences)
        }
    }

    /// The manifest that `stored`'s snapshot and plan give today.
    static func recompute(_ stored: Manifest, on connection: PostgresConnection) async throws -> Manifest {
        let query = PopulationQuery(connection: connection)
        return try await query.manifest(of: stored.plan, file: "the manifest's plan", snapshot: try await query.snapshot(stored.snapshotID))
    }

    private static func manifestDifferences(stored: Manifest, recomputed: Manifest) -> [String] {
        let storedLines = Set(stored.canonicalText.split(separator: "\n"))
        let recomputedLines = Set(recomputed.canonicalText.split(separator: "\n"))
        let rows = Dictionary(
            (stored.cases + recomputed.cases).map { ($0.key, "List \($0.list.number) row \($0.rowNumber)") }, uniquingKeysWith: { first, _ in first })
        func describe(_ line: Substring) -> String {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count > 1, fields[0] == "case" || fields[0] == "excluded" else { return "`\(line)`" }
            return "\(fields[0]) \(rows[String(fields[1])] ?? "a case")"
        }
        return storedLines.subtracting(recomputedLines).sorted().map { "manifest: \(describe($0)) is recorded but not recomputed" }
            + recomputedLines.subtracting(storedLines).sorted().map { "manifest: \(describe($0)) is recomputed but not recorded" }
    }

    private static func pickDifferences(recorded: [SampleRecord.Pick], recomputed: [SampleRecord.Pick], cases: [ManifestCase]) -> [String] {
        let rows = Dictionary(cases.map { ($0.key, "List \($0.list.number) row \($0.rowNumber)") }, uniquingKeysWith: { first, _ in first })
        var differences: [String] = []
        for position in 0..<max(recorded.count, recomputed.count) {
            let left = position < recorded.count ? recorded[position] : nil
            let right = position < recomputed.count ? recomputed[position] : nil
            guard left != right else { continue }
            func describe(_ pick: SampleRecord.Pick?) -> String {
                guard let pick else { return "nothing" }
                return "\(rows[pick.key] ?? "a case") (stratum '\(pick.stratum)', rank \(pick.rank), \(pick.rule))"
            }
            differences.append("pick \(position + 1): recorded \(describe(left)), recomputed \(describe(right))")
        }
        return differences
    }
}
