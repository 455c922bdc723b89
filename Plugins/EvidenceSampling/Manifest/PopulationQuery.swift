import AnnexAStore
import Domain
import Postgres

/// Reads the rows of a snapshot that a plan's population parts match. Only column names that
/// Domain defines are written into the SQL; every value is a parameter.
struct PopulationQuery {
    let connection: PostgresConnection

    /// The column telling a child's rows apart, on lists where a child can have several rows.
    static func startColumn(_ list: AnnexAList) -> String? {
        switch list {
        case .referrals: "date_of_referral"
        case .assessments: "assessment_start_date"
        case .section47: "strategy_discussion_date"
        case .childrenInNeed: "cin_start_date"
        default: nil
        }
    }

    /// The snapshot, or a `SamplingError` saying how to find one.
    func snapshot(_ id: Int) async throws -> AnnexASnapshot {
        guard let snapshot = try await AnnexASnapshot.find(id, on: connection) else {
            throw SamplingError("snapshot \(id) does not exist; `ilacs-admin snapshots` lists the imported ones")
        }
        return snapshot
    }

    /// The manifest `plan` gives over `snapshot`: its rows, with the local lists its quotas name.
    /// - Throws: `PlanError`, `SelectionError` or `SamplingError` naming what cannot be met.
    func manifest(of plan: SamplingPlan, file: String, snapshot: AnnexASnapshot) async throws -> Manifest {
        let localNames = plan.quotas.compactMap { quota -> (String, Int)? in
            if case .localList(let name) = quota.theme { return (name, quota.line) }
            return nil
        }
        var manifest = try ManifestBuilder(plan: plan, file: file).build(
            snapshot: snapshot, rows: try await rows(of: plan, snapshot: snapshot),
            localLists: try await localLists(localNames, snapshot: snapshot, file: file))
        manifest.valueProblems.unknownFilters = try await unknownFilterRows(of: plan, snapshot: snapshot)
        return manifest
    }

    /// Every row of `snapshot` that `plan`'s population parts match, part by part.
    func rows(of plan: SamplingPlan, snapshot: AnnexASnapshot) async throws -> [PopulationRow] {
        var rows: [PopulationRow] = []
        for (index, part) in plan.population.enumerated() {
            rows += try await self.rows(of: part, index: index, snapshot: snapshot)
        }
        return rows
    }

    private func rows(of part: SamplingPlan.Part, index: Int, snapshot: AnnexASnapshot) async throws -> [PopulationRow] {
        let keys = Set(part.list.columns.map(\.key))
        func column(_ key: String, _ type: String) -> String { keys.contains(key) ? "t.\(key)" : "NULL::\(type)" }
        var parameters: [any PostgresEncodable] = [snapshot.id, snapshot.asOf]
        var conditions = ["t.snapshot_id = $1"]
        for filter in part.filters {
            let name = "t.\(filter.column.key)"
            switch filter.condition {
            case .empty: conditions.append("\(name) IS NULL")
            case .notEmpty: conditions.append("\(name) IS NOT NULL")
            case .oneOf(let values):
                parameters.append(values)
                conditions.append("\(name) = ANY($\(parameters.count)::\(AnnexATables.sqlType(filter.column))[])")
            }
        }
        // The columns kept as given whose typed value is unknown (a repaired age is known).
        let unknown = "ARRAY(SELECT k FROM jsonb_object_keys(t.\(AnnexATables.rawValues)) k WHERE NOT (k = 'age' AND t.age IS NOT NULL))"
        let sql = """
            SELECT t.row_number, t.child_id, \(unknown) AS unknown_columns,
                   t.\(AnnexATables.rawValues) IS NOT NULL AS has_value_problems, \(Self.startColumn(part.list).map { "t.\($0)" } ?? "NULL::date") AS start_date,
                   t.allocated_team, t.allocated_worker,
                   COALESCE(t.age, extract(year FROM age($2::date, t.date_of_birth))::integer) AS age,
                   t.gender, t.ethnicity, \(column("disability", "text")) AS disability, \(column("uasc", "text")) AS uasc,
                   \(column("placements_in_last_12_months", "integer")) AS placements,
                   \(column("placement_type", "text")) AS placement_type, \(column("legal_status", "text")) AS legal_status
            FROM \(AnnexATables.table(part.list)) t
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY t.row_number
            """
        return try await connection.query(sql, parameters).map { row in
            PopulationRow(
                part: index, list: part.list, rowNumber: try row.decode(Int.self, "row_number"),
                childID: try row.decode(String.self, "child_id"), startDate: try row.decode(CalendarDate?.self, "start_date"),
                team: try row.decode(String?.self, "allocated_team") ?? PopulationRow.unknown,
                worker: try row.decode(String?.self, "allocated_worker") ?? PopulationRow.unknown,
                age: try row.decode(Int?.self, "age"), gender: try row.decode(String?.self, "gender"),
                ethnicity: try row.decode(String?.self, "ethnicity"), disability: try row.decode(String?.self, "disability"),
                uasc: try row.decode(String?.self, "uasc"), placements: try row.decode(Int?.self, "placements"),
                placementType: try row.decode(String?.self, "placement_type"), legalStatus: try row.decode(String?.self, "legal_status"),
                unknownColumns: Set(try row.decode([String].self, "unknown_columns")),
                hasValueProblems: try row.decode(Bool.self, "has_value_problems"))
        }
    }

    /// For each population part that filters on columns, how many rows of its list have one of
    /// those columns unknown (kept as given): whether they belong to the cohort cannot be told,
    /// so the manifest reports them rather than leave them out silently.
    func unknownFilterRows(of plan: SamplingPlan, snapshot: AnnexASnapshot) async throws -> [ManifestValueProblems.UnknownFilter] {
        var found: [ManifestValueProblems.UnknownFilter] = []
        for part in plan.population {
            let keys = Array(Set(part.filters.map(\.column.key))).sorted()
            guard !keys.isEmpty else { continue }
            let count = try await connection.query(
                "SELECT count(*) FROM \(AnnexATables.table(part.list)) t WHERE t.snapshot_id = $1 AND t.\(AnnexATables.rawValues) ?| $2::text[]",
                [snapshot.id, keys])[0].decode(Int.self, at: 0)
            if count > 0 { found.append(.init(cohort: part.cohort, list: part.list.number, columns: keys, rows: count)) }
        }
        return found
    }

    /// The members of each named local list: the import of it that serves `snapshot` (the
    /// kernel's rule, `LocalListStore`: the newest drawn against the snapshot, else the newest
    /// tied to none).
    /// - Throws: `PlanError` naming the quota's line for the first list with no such import.
    func localLists(_ names: [(name: String, line: Int)], snapshot: AnnexASnapshot, file: String) async throws -> [String: Set<String>] {
        var lists: [String: Set<String>] = [:]
        for (name, line) in names where lists[name] == nil {
            guard let listImport = try await LocalListStore.serving(name, snapshot: snapshot.id, on: connection) else {
                throw PlanError(
                    file: file, line: line,
                    "local list '\(name)' has not been imported for snapshot \(snapshot.id); "
                        + "run `ilacs-admin local-list import --name \(name) FILE.csv --snapshot \(snapshot.id)`")
            }
            lists[name] = try await LocalListStore.members(of: listImport, on: connection)
        }
        return lists
    }
}
