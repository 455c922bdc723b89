import AnnexAStore
import PluginKit
import Postgres

/// Makes audit rounds and reads them back. A round is made in one transaction: the frozen tool,
/// the round, its auditors and every case with its auditor and moderator, with the audit
/// event; any problem and nothing is kept.
public struct RoundStore: Sendable {
    /// What a round is made from.
    public struct Request: Sendable {
        public var name: String
        public var tool: AuditTool
        /// Where the children come from.
        public var children: RoundChildren
        public var auditors: any AuditorDirectory
        public var snapshotID: Int?
        /// The inspection the round belongs to; nil takes the sample's (none for a file).
        public var inspectionID: Int?
        public var moderationShare: Double
        public var seed: String
        public var actor: String

        /// Creates a request; when `snapshotID` is nil, a sample's snapshot is used, else the latest.
        public init(
            name: String, tool: AuditTool, children: RoundChildren, auditors: any AuditorDirectory, snapshotID: Int?,
            inspectionID: Int? = nil, moderationShare: Double, seed: String, actor: String
        ) {
            self.name = name
            self.tool = tool
            self.children = children
            self.auditors = auditors
            self.snapshotID = snapshotID
            self.inspectionID = inspectionID
            self.moderationShare = moderationShare
            self.seed = seed
            self.actor = actor
        }
    }

    /// A round as listed.
    public struct Round: Sendable, Codable, Equatable {
        public var id: Int
        public var name: String
        public var toolName: String
        public var toolSHA256: String
        public var snapshotID: Int
        /// The inspection it belongs to, if any.
        public var inspectionID: Int?
        public var cases: Int
        public var moderated: Int
        public var moderationSeed: String
        public var auditorsSubmitted: Int
        public var moderatorsSubmitted: Int
    }

    let pool: PostgresPool

    /// A store on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Makes the round and returns it.
    /// - Throws: `CaseAuditError` for a name used before, a missing snapshot, a child not in the
    ///   snapshot (naming the file's row), or no auditor outside a child's team.
    public func create(_ request: Request) async throws -> Round {
        guard !request.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CaseAuditError("--name is empty; name the round, e.g. \"November 2026\"")
        }
        guard (0...1).contains(request.moderationShare) else { throw CaseAuditError("--moderate must be a share between 0 and 1, e.g. 0.2") }
        let (file, entries) = try request.children.entries()
        let inspectionID = try Self.inspection(of: request)
        let auditors = try await request.auditors.auditors()
        let id = try await pool.transaction { connection in
            if let inspectionID, try await connection.query("SELECT 1 FROM inspections WHERE id = $1", [inspectionID]).single == nil {
                throw CaseAuditError("--inspection \(inspectionID): there is no such inspection; `ilacs-admin inspection list` lists them")
            }
            let found =
                if let id = request.snapshotID ?? request.children.snapshotID {
                    try await AnnexASnapshot.find(id, on: connection)
                } else {
                    try await AnnexASnapshot.latest(on: connection)
                }
            guard let snapshot = found else {
                throw CaseAuditError(
                    request.snapshotID.map { "there is no snapshot \($0); `ilacs-admin snapshots` lists them" }
                        ?? "no Annex A snapshot is imported; import one first")
            }
            guard try await connection.query("SELECT 1 FROM case_audit_rounds WHERE name = $1", [request.name]).single == nil else {
                throw CaseAuditError("a round named '\(request.name)' exists; give the new round another --name")
            }
            let teams = try await CaseTeams.find(entries.map(\.childID), snapshot: snapshot.id, on: connection)
            let children = try entries.map { entry in
                guard let found = teams[entry.childID] else {
                    throw CaseAuditError.cell(
                        file: file, row: entry.row, column: "Child Unique ID",
                        "the child is on none of Lists 3 to 9 of snapshot \(snapshot.id) with an allocated team")
                }
                return ChildToAudit(childID: entry.childID, team: found.team, serviceArea: found.area, stratum: entry.stratum)
            }
            let moderated = ModerationDraw.draw(children.map(\.childID), share: request.moderationShare, seed: request.seed)
            let assignment = try Assignment.make(
                children: children, rows: Dictionary(uniqueKeysWithValues: entries.map { ($0.childID, $0.row) }), file: file,
                auditors: auditors, moderated: moderated, seed: request.seed)
            let toolID = try await AuditToolStore.freeze(request.tool, actor: request.actor, on: connection)
            let id = try await connection.query(
                """
                INSERT INTO case_audit_rounds (name, tool_id, snapshot_id, source, moderation_share, moderation_seed, created_by, inspection_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
                """, [request.name, toolID, snapshot.id, file, request.moderationShare, request.seed, request.actor, inspectionID])[0].decode(
                    Int.self, "id")
            try await connection.execute(
                """
                INSERT INTO case_audit_auditors (round_id, auditor_id, name, email, team, role)
                SELECT $1::bigint, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
                """, [id, auditors.map(\.id), auditors.map(\.name), auditors.map(\.email), auditors.map(\.team), auditors.map(\.role.rawValue)])
            try await connection.execute(
                """
                INSERT INTO case_audit_cases (round_id, child_id, team, service_area, stratum, auditor_id, moderator_id)
                SELECT $1::bigint, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
                """,
                [
                    id, children.map(\.childID), children.map(\.team), children.map(\.serviceArea), children.map(\.stratum),
                    children.map { assignment.pairs[$0.childID]!.auditorID }, children.map { assignment.pairs[$0.childID]!.moderatorID }
                ])
            try await AuditLog.record(
                AuditEvent(
                    actor: request.actor, action: "audits.round_create", recordType: "case_audit_round", recordID: String(id),
                    details: [
                        "tool_sha256": request.tool.sha256, "snapshot": String(snapshot.id), "cases": String(children.count),
                        "moderated": String(moderated.count), "auditors": String(auditors.count), "source": file
                    ]), on: connection)
            return id
        }
        return try await round(id)
    }

    /// Every live round, oldest first; with `rehearsal`, only the running rehearsal's.
    public func all(rehearsal: Bool = false) async throws -> [Round] {
        try await pool.query(Self.select + " WHERE \(Rehearsals.scope("r.inspection_id", rehearsal: rehearsal)) GROUP BY r.id, t.name, t.sha256 ORDER BY r.id")
            .map(Self.round)
    }

    /// The inspection a request's round belongs to: `--inspection`, else the sample's.
    /// - Throws: `CaseAuditError` when both are given and differ.
    private static func inspection(of request: Request) throws -> Int? {
        switch (request.inspectionID, request.children.inspectionID) {
        case (let given?, let drawn?) where given != drawn:
            throw CaseAuditError("--inspection \(given) differs from inspection \(drawn), which the sample was drawn for; leave --inspection out")
        case (let given, let drawn):
            return given ?? drawn
        }
    }

    /// Round `id`.
    /// - Throws: `CaseAuditError` when there is none.
    public func round(_ id: Int) async throws -> Round {
        guard let row = try await pool.query(Self.select + " WHERE r.id = $1 GROUP BY r.id, t.name, t.sha256", [id]).single else {
            throw CaseAuditError.noRound(id)
        }
        return try Self.round(row)
    }

    private static let select = """
        SELECT r.id, r.name, t.name AS tool_name, t.sha256, r.snapshot_id, r.inspection_id, r.moderation_seed,
               count(c.child_id) AS cases, count(c.moderator_id) AS moderated,
               (SELECT count(*) FROM case_audit_submissions s WHERE s.round_id = r.id AND s.role = 'auditor' AND s.state = 'final') AS audited,
               (SELECT count(*) FROM case_audit_submissions s WHERE s.round_id = r.id AND s.role = 'moderator' AND s.state = 'final') AS moderations
        FROM case_audit_rounds r JOIN case_audit_tools t ON t.id = r.tool_id LEFT JOIN case_audit_cases c ON c.round_id = r.id
        """

    private static func round(_ row: PostgresRow) throws -> Round {
        Round(
            id: try row.decode(Int.self, "id"), name: try row.decode(String.self, "name"), toolName: try row.decode(String.self, "tool_name"),
            toolSHA256: try row.decode(String.self, "sha256"), snapshotID: try row.decode(Int.self, "snapshot_id"),
            inspectionID: try row.decode(Int?.self, "inspection_id"),
            cases: try row.decode(Int.self, "cases"), moderated: try row.decode(Int.self, "moderated"),
            moderationSeed: try row.decode(String.self, "moderation_seed"),
            auditorsSubmitted: try row.decode(Int.self, "audited"), moderatorsSubmitted: try row.decode(Int.self, "moderations"))
    }
}
