import Domain
import Foundation
import PluginKit
import Postgres

/// Freezes manifests into the database and reads them back.
public struct ManifestStore: Sendable {
    let pool: PostgresPool

    /// A store on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Builds the manifest of `plan` over `snapshotID` and stores it, with an audit event, in
    /// one transaction.
    /// - Parameter file: the plan file's name, for messages.
    /// - Throws: `PlanError`, `SelectionError` or `SamplingError` before anything is stored.
    public func freeze(plan: SamplingPlan, file: String, snapshotID: Int, inspectionID: Int?, actor: String) async throws -> (ManifestRecord, Manifest) {
        try await pool.transaction { connection in
            let query = PopulationQuery(connection: connection)
            let snapshot = try await query.snapshot(snapshotID)
            if let inspectionID, try await connection.query("SELECT 1 FROM inspections WHERE id = $1", [inspectionID]).single == nil {
                throw SamplingError("inspection \(inspectionID) does not exist; `ilacs-admin inspection list` shows the recorded ones")
            }
            let manifest = try await query.manifest(of: plan, file: file, snapshot: snapshot)
            let id = try await connection.query(
                """
                INSERT INTO sampling_manifests (snapshot_id, inspection_id, plan_name, plan_text, plan_sha256, sha256, cases, excluded, frozen_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
                """,
                [
                    snapshotID, inspectionID, plan.name, plan.text, plan.sha256, manifest.sha256,
                    manifest.cases.count, manifest.exclusions.count, actor
                ])[0].decode(Int.self, "id")
            try await insertCases(manifest, id: id, on: connection)
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "manifest.freeze", recordType: "sampling_manifest", recordID: String(id),
                    details: ["snapshot": String(snapshotID), "sha256": manifest.sha256, "cases": String(manifest.cases.count)]), on: connection)
            return (try await Self.record(id, on: connection), manifest)
        }
    }

    private func insertCases(_ manifest: Manifest, id: Int, on connection: PostgresConnection) async throws {
        try await connection.copy(
            into: "sampling_manifest_cases",
            columns: [
                "manifest_id", "case_key", "list", "row_number", "child_id", "stratum", "team", "worker", "themes",
                "age_band", "gender", "ethnicity_group", "disability", "placement_group", "legal_group"
            ]
        ) { writer in
            for item in manifest.cases {
                writer.field(id)
                writer.field(item.key)
                writer.field(item.list.number)
                writer.field(item.rowNumber)
                writer.field(item.childID)
                writer.field(item.stratum)
                writer.field(item.team)
                writer.field(item.worker)
                writer.field(encoding: item.themes)
                let profile = item.profile
                for group in [profile.ageBand, profile.gender, profile.ethnicityGroup, profile.disability, profile.placementGroup, profile.legalGroup] {
                    writer.field(group)
                }
                try await writer.endRow()
            }
        }
        for exclusion in manifest.exclusions {
            try await connection.execute(
                """
                INSERT INTO sampling_manifest_exclusions (manifest_id, case_key, list, row_number, child_id, reason)
                VALUES ($1, $2, $3, $4, $5, $6)
                """, [id, exclusion.key, exclusion.list.number, exclusion.rowNumber, exclusion.childID, exclusion.reason])
        }
    }

    /// Every manifest, newest first; a rehearsal's only with `rehearsal`, and then only those.
    public func all(rehearsal: Bool = false) async throws -> [ManifestRecord] {
        try await pool.withConnection { connection in
            try await connection.query("\(Self.recordQuery) WHERE \(Rehearsals.scope("inspection_id", rehearsal: rehearsal)) ORDER BY id DESC").map(Self.record)
        }
    }

    /// The stored facts of manifest `id`.
    /// - Throws: `SamplingError` when there is no such manifest.
    static func record(_ id: Int, on connection: PostgresConnection) async throws -> ManifestRecord {
        guard let row = try await connection.query("\(Self.recordQuery) WHERE id = $1", [id]).single else {
            throw SamplingError(
                "manifest \(id) does not exist; freeze one with `ilacs-sampler manifest --snapshot ID --plan FILE`, and `ilacs-sampler manifests` lists them")
        }
        return try Self.record(row)
    }

    /// Manifest `id` as frozen: its record and contents, read back from the database.
    public func load(_ id: Int) async throws -> (ManifestRecord, Manifest) {
        try await pool.withConnection { connection in try await Self.load(id, on: connection) }
    }

    static func load(_ id: Int, on connection: PostgresConnection) async throws -> (ManifestRecord, Manifest) {
        let record = try await record(id, on: connection)
        let stored = try await connection.query("SELECT plan_text FROM sampling_manifests WHERE id = $1", [id])[0]
        let plan = try SamplingPlan.parse(try stored.decode(String.self, "plan_text"), file: "the plan of manifest \(id)")
        let snapshot = try await PopulationQuery(connection: connection).snapshot(record.snapshotID)
        let cases = try await connection.query(
            """
            SELECT case_key, list, row_number, child_id, stratum, team, worker, themes,
                   age_band, gender, ethnicity_group, disability, placement_group, legal_group
            FROM sampling_manifest_cases WHERE manifest_id = $1
            """, [id]
        ).map { row in
            ManifestCase(
                key: try row.decode(String.self, "case_key"), list: try Self.list(row),
                rowNumber: try row.decode(Int.self, "row_number"), childID: try row.decode(String.self, "child_id"),
                stratum: try row.decode(String.self, "stratum"), team: try row.decode(String.self, "team"),
                worker: try row.decode(String.self, "worker"), themes: try row.decode([String].self, "themes"),
                profile: CaseProfile(
                    ageBand: try row.decode(String.self, "age_band"), gender: try row.decode(String.self, "gender"),
                    ethnicityGroup: try row.decode(String.self, "ethnicity_group"), disability: try row.decode(String.self, "disability"),
                    placementGroup: try row.decode(String.self, "placement_group"), legalGroup: try row.decode(String.self, "legal_group")))
        }
        let exclusions = try await connection.query(
            "SELECT case_key, list, row_number, child_id, reason FROM sampling_manifest_exclusions WHERE manifest_id = $1", [id]
        ).map { row in
            Manifest.Exclusion(
                key: try row.decode(String.self, "case_key"), list: try Self.list(row),
                rowNumber: try row.decode(Int.self, "row_number"), childID: try row.decode(String.self, "child_id"),
                reason: try row.decode(String.self, "reason"))
        }
        let rules = try SizeAllocation.rules(plan, cases: cases)
        return (
            record,
            Manifest(
                snapshotID: record.snapshotID, snapshotSHA256: snapshot.contentSHA256, plan: plan,
                rules: rules, cases: cases, exclusions: exclusions)
        )
    }

    private static let recordQuery = """
        SELECT id, snapshot_id, inspection_id, plan_name, sha256, cases, excluded, frozen_at, frozen_by FROM sampling_manifests
        """

    private static func record(_ row: PostgresRow) throws -> ManifestRecord {
        ManifestRecord(
            id: try row.decode(Int.self, "id"), snapshotID: try row.decode(Int.self, "snapshot_id"),
            inspectionID: try row.decode(Int?.self, "inspection_id"), planName: try row.decode(String.self, "plan_name"),
            sha256: try row.decode(String.self, "sha256"), cases: try row.decode(Int.self, "cases"),
            excluded: try row.decode(Int.self, "excluded"), frozenAt: try row.decode(Date.self, "frozen_at"),
            frozenBy: try row.decode(String.self, "frozen_by"))
    }

    private static func list(_ row: PostgresRow) throws -> AnnexAList {
        let number = try row.decode(Int.self, "list")
        guard let list = AnnexAList(rawValue: number) else { throw SamplingError("a stored case names list \(number), which does not exist") }
        return list
    }
}
