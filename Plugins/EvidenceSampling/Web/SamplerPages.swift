import AnnexAStore
import Domain
import Foundation
import PluginKit
import Postgres

/// The signed-in pages of the sampler's web page, each checking that the sample belongs to
/// the inspector's inspection and audit-logging what was seen.
struct SamplerPages {
    let context: PluginContext

    private var pool: PostgresPool { context.pool }

    func samples(_ inspector: Person, session: String) async throws -> HTTPRouteResponse {
        let rows = try await pool.query(
            """
            SELECT s.id, s.drawn_at, m.sha256, (SELECT count(*) FROM sampling_picks p WHERE p.sample_id = s.id) AS picks
            FROM sampling_samples s JOIN sampling_manifests m ON m.id = s.manifest_id
            WHERE m.inspection_id = $1 ORDER BY s.id DESC
            """, [inspector.inspectionID])
        let samples: [[String: Any]] = try rows.map { row in
            [
                "id": try row.decode(Int.self, "id"), "picks": try row.decode(Int.self, "picks"),
                "drawn": try row.decode(Date.self, "drawn_at").formatted(.iso8601), "sha": try row.decode(String.self, "sha256")
            ]
        }
        try await audit(inspector, "inspection.samples_view", recordType: "inspection", id: String(inspector.inspectionID))
        return HTTPRouteResponse.html(
            200,
            WebTemplates.render(
                "samples",
                [
                    "inspector": layout(inspector, session), "inspection": inspector.inspectionID,
                    "samples": samples, "hasSamples": !samples.isEmpty
                ]))
    }

    func sample(_ id: String?, _ inspector: Person, session: String) async throws -> HTTPRouteResponse {
        guard let (sample, record, manifest) = try await own(id, inspector) else { return notFound() }
        let cases = Dictionary(manifest.cases.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let picks: [[String: Any]] = sample.picks.map { pick in
            [
                "position": pick.position, "key": pick.key, "href": Self.childPath(sample: sample.id, child: cases[pick.key]?.childID ?? ""),
                "stratum": pick.stratum, "rank": pick.rank, "ticket": pick.ticketDisplay, "rule": pick.rule, "team": cases[pick.key]?.team ?? ""
            ]
        }
        try await audit(inspector, "sample.view", recordType: "sampling_sample", id: String(sample.id))
        return HTTPRouteResponse.html(
            200,
            WebTemplates.render(
                "sample",
                [
                    "inspector": layout(inspector, session), "csrf": PersonAccess.csrfToken(session: session),
                    "id": sample.id, "manifest": record.id, "snapshot": record.snapshotID, "sha": record.sha256, "seed": sample.seed,
                    "count": sample.picks.count, "picks": picks, "strata": manifest.rules.sizes.keys.sorted()
                ]))
    }

    func extend(_ id: String?, form: [String: String], _ inspector: Person) async throws -> HTTPRouteResponse {
        guard let (sample, _, _) = try await own(id, inspector) else { return notFound() }
        guard let more = Int(form["more"] ?? ""), (1...50).contains(more) else {
            return SamplerWeb.message(400, "How many more cases?", "Give a whole number from 1 to 50.")
        }
        let stratum = form["stratum"].flatMap { $0.isEmpty ? nil : $0 }
        do {
            _ = try await SampleStore(pool: pool).extend(sampleID: sample.id, more: more, stratum: stratum, actor: inspector.actor)
        } catch let error as SelectionError {
            return SamplerWeb.message(400, "No more cases could be added", error.description)
        }
        return HTTPRouteResponse(status: 303, headers: ["Location": "/samples/\(sample.id)"])
    }

    func download(_ id: String?, _ inspector: Person) async throws -> HTTPRouteResponse {
        guard let (sample, record, manifest) = try await own(id, inspector) else { return notFound() }
        let document = SampleExporter.document(sample: sample, record: record, manifest: manifest, pseudonymiser: nil)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sample-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SampleExporter.write(document, format: .csv, to: path)
        try await audit(inspector, "sample.export", recordType: "sampling_sample", id: String(sample.id), details: ["format": "csv"])
        return HTTPRouteResponse(
            status: 200,
            headers: [
                "Content-Type": "text/csv; charset=utf-8",
                "Content-Disposition": "attachment; filename=\"sample-\(sample.id).csv\""
            ], body: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    func child(_ childID: String, sample id: String?, _ inspector: Person, session: String) async throws -> HTTPRouteResponse {
        guard let (sample, record, manifest) = try await own(id, inspector) else { return notFound() }
        let picked = Set(sample.picks.map(\.key))
        guard manifest.cases.contains(where: { $0.childID == childID && picked.contains($0.key) }) else {
            try await audit(
                inspector, "sample.child_refused", recordType: "sampling_sample", id: String(sample.id),
                details: [AuditLog.childReferenceDetail: try childReference(childID)])
            return notFound()
        }
        let stored = try await pool.withConnection { try await AnnexAChildRow.all(of: childID, snapshot: record.snapshotID, on: $0) }
        let rows: [[String: Any]] = stored.map { row in
            let cells: [[String: Any]] = row.ofstedCells.map { ["heading": $0.heading, "value": $0.value] }
            return ["list": row.list.number, "title": row.list.title, "row": row.rowNumber, "cells": cells]
        }
        try await audit(
            inspector, "sample.child_view", recordType: "sampling_sample", id: String(sample.id),
            details: [AuditLog.childReferenceDetail: try childReference(childID)])
        return HTTPRouteResponse.html(200, WebTemplates.render("child", ["inspector": layout(inspector, session), "sample": sample.id, "rows": rows]))
    }

    /// The path of a sampled child's page, the child's id percent-encoded (all but RFC 3986's
    /// unreserved characters), so that an id with `/`, `?`, `#` or `%` stays one path segment;
    /// the server decodes path parameters before the handler sees them.
    static func childPath(sample: Int, child: String) -> String {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return "/samples/\(sample)/children/" + (child.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "")
    }

    /// The sample `id` with its manifest, when it belongs to the inspector's inspection;
    /// otherwise nil, and the attempt is audit-logged.
    private func own(_ id: String?, _ inspector: Person) async throws -> (SampleRecord, ManifestRecord, Manifest)? {
        guard let id = id.flatMap(Int.init),
            let owner = try await pool.query(
                """
                SELECT m.inspection_id FROM sampling_samples s JOIN sampling_manifests m ON m.id = s.manifest_id WHERE s.id = $1
                """, [id]
            ).single,
            try owner.decode(Int?.self, "inspection_id") == inspector.inspectionID
        else {
            try await audit(inspector, "sample.access_refused", recordType: "sampling_sample", id: id ?? "not a number")
            return nil
        }
        let sample = try await SampleStore(pool: pool).load(id)
        let (record, manifest) = try await ManifestStore(pool: pool).load(sample.manifestID)
        return (sample, record, manifest)
    }

    private func layout(_ inspector: Person, _ session: String) -> [String: Any] {
        ["name": inspector.name, "csrf": PersonAccess.csrfToken(session: session)]
    }

    private func notFound() -> HTTPRouteResponse {
        SamplerWeb.message(404, "Not found", "There is no such page among the samples of your inspection.")
    }

    /// How the audit log names `childID`: its keyed hash under `AUDIT_CHILD_KEY`, which
    /// `ilacs-sampler serve` checks at startup.
    private func childReference(_ childID: String) throws -> String {
        AuditLog.childReference(childID, key: try AuditChildKey(configuration: context.configuration))
    }

    private func audit(_ inspector: Person, _ action: String, recordType: String, id: String, details: [String: String] = [:]) async throws {
        try await AuditLog.record(AuditEvent(actor: inspector.actor, action: action, recordType: recordType, recordID: id, details: details), pool: pool)
    }
}
