import Domain
import PluginKit
import Postgres

/// Gives a round's auditors and moderators access to the audit pages: each reviewer with a
/// case to audit or moderate becomes a person (the kernel's people, as inspectors are) the first
/// time, and gets a new one-time sign-in link each time (``PersonAccess/reissue(_:linkHours:actor:)``).
struct ReviewerLinks {
    /// One reviewer's new link.
    struct Issued: Sendable, Encodable, Equatable {
        /// Their id in the round.
        let reviewer: String
        /// `auditor`, `moderator` or `auditor and moderator`: what their cases ask of them.
        let work: String
        /// The person they sign in as.
        let person: Int
        /// The one-time token of their link.
        let token: String
    }

    let pool: PostgresPool

    /// New links for the reviewers of round `roundID` (only `only`, when given), with access to
    /// the pages from `from` to the end of `until`, under inspection `inspectionID`.
    /// - Throws: `CaseAuditError` for an unknown round or reviewer; `PersonAccessError` for
    ///   dates out of order or in the past, or an unknown inspection.
    func issue(
        round roundID: Int, only: String? = nil, inspectionID: Int, from: CalendarDate, until: CalendarDate, linkHours: Int, actor: String
    ) async throws -> [Issued] {
        guard let round = try await pool.query("SELECT inspection_id FROM case_audit_rounds WHERE id = $1", [roundID]).single else {
            throw CaseAuditError.noRound(roundID)
        }
        try await checkBelonging(round: roundID, to: try round.decode(Int?.self, "inspection_id"), inspectionID: inspectionID)
        let reviewers = try await pool.query(
            """
            SELECT a.auditor_id, a.name, a.email, p.person_id,
                   EXISTS (SELECT 1 FROM case_audit_cases c WHERE c.round_id = a.round_id AND c.auditor_id = a.auditor_id) AS audits,
                   EXISTS (SELECT 1 FROM case_audit_cases c WHERE c.round_id = a.round_id AND c.moderator_id = a.auditor_id) AS moderates,
                   coalesce(pp.revoked_at IS NULL AND pp.access_until >= current_date, false) AS open
            FROM case_audit_auditors a
            LEFT JOIN case_audit_people p ON p.round_id = a.round_id AND p.auditor_id = a.auditor_id
            LEFT JOIN people pp ON pp.id = p.person_id
            WHERE a.round_id = $1 AND ($2::text IS NULL OR a.auditor_id = $2) ORDER BY a.auditor_id
            """, [roundID, only])
        if let only, reviewers.isEmpty {
            throw CaseAuditError("--reviewer \(only) is not a person of round \(roundID); `ilacs-admin audits round show \(roundID)` lists them")
        }
        let access = PersonAccess(pool: pool)
        var issued: [Issued] = []
        for row in reviewers {
            let audits = try row.decode(Bool.self, "audits")
            let moderates = try row.decode(Bool.self, "moderates")
            guard audits || moderates else { continue }
            let reviewer = try row.decode(String.self, "auditor_id")
            let work = audits && moderates ? "auditor and moderator" : audits ? "auditor" : "moderator"
            if let person = try row.decode(Int?.self, "person_id"), try row.decode(Bool.self, "open") {
                issued.append(
                    Issued(reviewer: reviewer, work: work, person: person, token: try await access.reissue(person, linkHours: linkHours, actor: actor)))
                continue
            }
            let (person, token) = try await access.add(
                name: try row.decode(String.self, "name"), email: try row.decode(String.self, "email"), role: audits ? .auditor : .moderator,
                inspectionID: inspectionID, from: from, until: until, today: .today, linkHours: linkHours, actor: actor)
            try await pool.query(
                """
                INSERT INTO case_audit_people (person_id, round_id, auditor_id) VALUES ($1, $2, $3)
                ON CONFLICT (round_id, auditor_id) DO UPDATE SET person_id = excluded.person_id
                """, [person, roundID, reviewer])
            issued.append(Issued(reviewer: reviewer, work: work, person: person, token: token))
        }
        return issued
    }

    /// Access hangs off the inspection the round belongs to: a rehearsal's round only under its
    /// rehearsal, and a live round never under a rehearsal (whose people go when it ends).
    /// - Throws: `CaseAuditError` naming `--inspection` when they do not agree.
    private func checkBelonging(round roundID: Int, to owner: Int?, inspectionID: Int) async throws {
        if let owner, owner != inspectionID {
            throw CaseAuditError("--inspection \(inspectionID): round \(roundID) belongs to inspection \(owner); give --inspection \(owner)")
        }
        if owner == nil, try await pool.withConnection({ try await Rehearsals.isRehearsal(inspectionID, on: $0) }) {
            throw CaseAuditError("--inspection \(inspectionID) is a rehearsal, and round \(roundID) is live; give a live inspection's id")
        }
    }
}
