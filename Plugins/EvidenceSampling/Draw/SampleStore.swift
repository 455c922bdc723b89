import Foundation
import PluginKit
import Postgres

/// Draws, extends and reads samples. Every change runs in one transaction with its audit event.
public struct SampleStore: Sendable {
    let pool: PostgresPool

    /// A store on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Draws the sample of manifest `manifestID` under `seed` and records it.
    /// - Throws: `SamplingError` when the manifest is missing or already drawn, or the seed is
    ///   refused; `SelectionError` when the rules cannot be met. Nothing is stored then.
    public func draw(manifestID: Int, seed: String, allowShortSeed: Bool, actor: String) async throws -> SampleRecord {
        try SeedPolicy.check(seed, allowShort: allowShortSeed)
        return try await pool.transaction { connection in
            _ = try await connection.query("SELECT id FROM sampling_manifests WHERE id = $1 FOR UPDATE", [manifestID])
            let (record, manifest) = try await ManifestStore.load(manifestID, on: connection)
            if let drawn = try await connection.query("SELECT id FROM sampling_samples WHERE manifest_id = $1", [manifestID]).single {
                let id = try drawn.decode(Int.self, "id")
                throw SamplingError(
                    "manifest \(manifestID) was drawn already, as sample \(id); a manifest is drawn once so that nobody can try seeds until one suits. For more cases run `ilacs-sampler extend \(id) --more N`"
                )
            }
            guard manifest.sha256 == record.sha256 else {
                throw SamplingError("manifest \(manifestID)'s stored cases no longer match its SHA-256; freeze a new manifest")
            }
            let selection = try SampleReplay.selection(manifest, seed: seed, extensions: [])
            let id = try await connection.query(
                "INSERT INTO sampling_samples (manifest_id, seed, drawn_by) VALUES ($1, $2, $3) RETURNING id",
                [manifestID, seed, actor])[0].decode(Int.self, "id")
            try await insert(SampleReplay.picks(selection), sample: id, on: connection)
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "sample.draw", recordType: "sampling_sample", recordID: String(id),
                    details: ["manifest": String(manifestID), "manifest_sha256": record.sha256, "picks": String(selection.picks.count)]),
                on: connection)
            return try await Self.load(id, on: connection)
        }
    }

    /// Adds `more` cases to sample `sampleID`, continuing the ticket order (from `stratum`
    /// only, when given); earlier picks never change.
    /// - Throws: `SamplingError` or `SelectionError` before anything is stored.
    public func extend(sampleID: Int, more: Int, stratum: String?, actor: String) async throws -> SampleRecord {
        try await pool.transaction { connection in
            _ = try await connection.query("SELECT id FROM sampling_samples WHERE id = $1 FOR UPDATE", [sampleID])
            let sample = try await Self.load(sampleID, on: connection)
            let (_, manifest) = try await ManifestStore.load(sample.manifestID, on: connection)
            var selection = try SampleReplay.selection(manifest, seed: sample.seed, extensions: sample.extensions)
            guard SampleReplay.picks(selection) == sample.picks else {
                throw SamplingError("sample \(sampleID)'s stored picks differ from a recomputation; run `ilacs-sampler verify \(sampleID)`")
            }
            let number = (sample.extensions.last?.number ?? 0) + 1
            try selection.extend(more: more, stratum: stratum, rule: "extension \(number)")
            try await connection.execute(
                "INSERT INTO sampling_extensions (sample_id, number, more, stratum, extended_by) VALUES ($1, $2, $3, $4, $5)",
                [sampleID, number, more, stratum, actor])
            try await insert(Array(SampleReplay.picks(selection).dropFirst(sample.picks.count)), sample: sampleID, on: connection)
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "sample.extend", recordType: "sampling_sample", recordID: String(sampleID),
                    details: ["extension": String(number), "more": String(more), "stratum": stratum ?? "any"]), on: connection)
            return try await Self.load(sampleID, on: connection)
        }
    }

    private func insert(_ picks: [SampleRecord.Pick], sample: Int, on connection: PostgresConnection) async throws {
        try await connection.copy(into: "sampling_picks", columns: ["sample_id", "position", "case_key", "stratum", "rank", "ticket", "rule", "extension"]) {
            writer in
            for pick in picks {
                writer.field(sample)
                writer.field(pick.position)
                writer.field(pick.key)
                writer.field(pick.stratum)
                writer.field(pick.rank)
                writer.field(pick.ticket)
                writer.field(pick.rule)
                writer.field(pick.extensionNumber)
                try await writer.endRow()
            }
        }
    }

    /// Sample `id` with its extensions and picks.
    /// - Throws: `SamplingError` when there is no such sample.
    public func load(_ id: Int) async throws -> SampleRecord {
        try await pool.withConnection { connection in try await Self.load(id, on: connection) }
    }

    static func load(_ id: Int, on connection: PostgresConnection) async throws -> SampleRecord {
        guard
            let row = try await connection.query(
                "SELECT manifest_id, seed, drawn_at, drawn_by FROM sampling_samples WHERE id = $1", [id]
            ).single
        else {
            throw SamplingError("sample \(id) does not exist; `ilacs-sampler samples` lists the drawn ones")
        }
        let extensions = try await connection.query(
            "SELECT number, more, stratum, extended_at, extended_by FROM sampling_extensions WHERE sample_id = $1 ORDER BY number", [id]
        ).map { row in
            SampleRecord.Extension(
                number: try row.decode(Int.self, "number"), more: try row.decode(Int.self, "more"),
                stratum: try row.decode(String?.self, "stratum"), at: try row.decode(Date.self, "extended_at"),
                by: try row.decode(String.self, "extended_by"))
        }
        let picks = try await connection.query(
            "SELECT position, case_key, stratum, rank, ticket, rule, extension FROM sampling_picks WHERE sample_id = $1 ORDER BY position", [id]
        ).map { row in
            SampleRecord.Pick(
                position: try row.decode(Int.self, "position"), key: try row.decode(String.self, "case_key"),
                stratum: try row.decode(String.self, "stratum"), rank: try row.decode(Int.self, "rank"),
                ticket: try row.decode(String.self, "ticket"), rule: try row.decode(String.self, "rule"),
                extensionNumber: try row.decode(Int.self, "extension"))
        }
        return SampleRecord(
            id: id, manifestID: try row.decode(Int.self, "manifest_id"), seed: try row.decode(String.self, "seed"),
            drawnAt: try row.decode(Date.self, "drawn_at"), drawnBy: try row.decode(String.self, "drawn_by"),
            extensions: extensions, picks: picks)
    }

    /// Every sample, newest first: id, manifest, picks and when drawn; a rehearsal's only with
    /// `rehearsal`, and then only those.
    public func all(rehearsal: Bool = false) async throws -> [(id: Int, manifestID: Int, picks: Int, drawnAt: Date)] {
        try await pool.query(
            """
            SELECT s.id, s.manifest_id, s.drawn_at, (SELECT count(*) FROM sampling_picks p WHERE p.sample_id = s.id) AS picks
            FROM sampling_samples s JOIN sampling_manifests m ON m.id = s.manifest_id
            WHERE \(Rehearsals.scope("m.inspection_id", rehearsal: rehearsal)) ORDER BY s.id DESC
            """
        ).map { row in
            (try row.decode(Int.self, "id"), try row.decode(Int.self, "manifest_id"), try row.decode(Int.self, "picks"), try row.decode(Date.self, "drawn_at"))
        }
    }
}
