import Domain
import Postgres

/// The workforce register's read API: who works here, when they are away, and the context of a
/// practitioner's practice (supervision, training), as the latest import left them.
///
/// Why a kernel module: the week on site, case audits and the workforce figures all read the
/// register, and a plugin never reads another's tables. The Workforce plugin imports it
/// (`ilacs-admin workforce import`) through ``WorkforceRegisterStore``; everyone reads it here.
/// Every read is one parameterised query on the pool; the register changes only by a whole import.
public struct WorkforceRegister: Sendable {
    /// The database.
    public let pool: PostgresPool

    /// A register read through `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// The member of staff with id `id`, or nil.
    public func staff(id: String) async throws -> StaffMember? {
        try await staff(where: "id = $1", [id]).first
    }

    /// The members of `team` (its name as Annex A gives it), by id.
    public func staff(team: String) async throws -> [StaffMember] {
        try await staff(where: "team = $1", [team])
    }

    /// Every member of staff, by id.
    public func allStaff() async throws -> [StaffMember] {
        try await staff(where: "true", [])
    }

    /// Whether `staffID` can be met on `date`: in post by then, a working day of theirs, and not on
    /// leave. False for someone not in the register.
    public func isAvailable(_ staffID: String, on date: CalendarDate) async throws -> Bool {
        guard let member = try await staff(id: staffID), member.startDate <= date, member.workingDays.includes(date) else { return false }
        return try await leave(overlapping: date...date, staffID: staffID).isEmpty
    }

    /// The periods of leave that share at least one day with `range`, by person and first day;
    /// only `staffID`'s when given.
    public func leave(overlapping range: ClosedRange<CalendarDate>, staffID: String? = nil) async throws -> [LeavePeriod] {
        try await pool.query(
            """
            SELECT staff_id, from_date, to_date FROM workforce_leave
            WHERE from_date <= $2 AND to_date >= $1 AND ($3::text IS NULL OR staff_id = $3)
            ORDER BY staff_id, from_date
            """, [range.lowerBound, range.upperBound, staffID]
        ).map { row in
            LeavePeriod(
                staffID: try row.decode(String.self, "staff_id"), from: try row.decode(CalendarDate.self, "from_date"),
                to: try row.decode(CalendarDate.self, "to_date"))
        }
    }

    /// `staffID`'s supervision and training at `date` (see ``PractitionerContext`` for the windows).
    /// Zeros and no last supervision for someone with no records.
    public func context(of staffID: String, at date: CalendarDate) async throws -> PractitionerContext {
        let row = try await pool.query(
            """
            SELECT (SELECT max(held_on) FROM workforce_supervision WHERE staff_id = $1 AND held_on <= $2) AS last_supervision,
                   (SELECT count(*) FROM workforce_supervision WHERE staff_id = $1 AND kind = 'group_reflective'
                        AND held_on <= $2 AND held_on > $3) AS group_reflective,
                   (SELECT count(*) FROM workforce_training WHERE staff_id = $1 AND taken_on <= $2 AND taken_on > $4) AS training
            """, [staffID, date, date.adding(months: -3), date.adding(months: -12)])[0]
        return PractitionerContext(
            staffID: staffID, date: date, lastSupervision: try row.decode(CalendarDate?.self, "last_supervision"),
            groupReflectiveLastQuarter: try row.decode(Int.self, "group_reflective"), trainingLastYear: try row.decode(Int.self, "training"))
    }

    /// The latest version of the register, or nil when none was imported.
    public func latestImport() async throws -> RegisterImport? {
        try await pool.withConnection { connection in try await WorkforceRegisterStore.latestImport(on: connection) }
    }

    /// The staff id that Annex A's "Allocated Worker" `name` was matched to for `snapshot` by the
    /// last `ilacs-admin workforce match`, or nil when it matched no one or several people, or was
    /// not matched against the current register version (see ``AllocatedWorkerMatcher``): a
    /// match made before a new register import is never used, since its ids may be gone.
    public func staffID(ofAllocatedWorker name: String, snapshot: Int) async throws -> String? {
        try await pool.query(
            """
            SELECT staff_id FROM workforce_allocated_workers
            WHERE snapshot_id = $1 AND name_key = $2 AND register_import_id = (SELECT max(id) FROM workforce_imports)
            """, [snapshot, WorkerName.key(name)]
        ).single.flatMap { try $0.decode(String?.self, "staff_id") }
    }

    /// Caseloads from Annex A: how many of `allocatedWorkerNames` (one per case, as a list's
    /// "Allocated Worker" cells give them) each member of staff holds, by staff id. Names matching
    /// no one or several people are left out (they are the match's findings).
    public func caseloads(allocatedWorkerNames: [String]) async throws -> [String: Int] {
        var idsByKey: [String: [String]] = [:]
        for row in try await pool.query("SELECT id, name FROM workforce_staff") {
            idsByKey[WorkerName.key(try row.decode(String.self, "name")), default: []].append(try row.decode(String.self, "id"))
        }
        var counts: [String: Int] = [:]
        for name in allocatedWorkerNames {
            guard let ids = idsByKey[WorkerName.key(name)], ids.count == 1 else { continue }
            counts[ids[0], default: 0] += 1
        }
        return counts
    }

    private func staff(where condition: String, _ parameters: [any PostgresEncodable]) async throws -> [StaffMember] {
        try await pool.query(
            """
            SELECT id, name, email, team, role, manager_id, fte::float8 AS fte, agency, start_date, working_days
            FROM workforce_staff WHERE \(condition) ORDER BY id
            """, parameters
        ).map { row in
            StaffMember(
                id: try row.decode(String.self, "id"), name: try row.decode(String.self, "name"), email: try row.decode(String?.self, "email"),
                team: try row.decode(String.self, "team"),
                role: StaffRole(rawValue: try row.decode(String.self, "role")) ?? .socialWorker,
                managerID: try row.decode(String?.self, "manager_id"), fte: try row.decode(Double.self, "fte"),
                isAgency: try row.decode(Bool.self, "agency"), startDate: try row.decode(CalendarDate.self, "start_date"),
                workingDays: WorkingDays(weekdays: try row.decode([Int].self, "working_days")))
        }
    }
}
