import AnnexAStore
import Domain
import Postgres

/// Computes indicators for one snapshot in SQL: one scan per list, every percentage of that
/// list as a pair of filtered aggregates, grouped by allocated team and in total; each
/// cases-per-worker figure in a query of its own.
struct IndicatorCalculator {
    let indicators: [Indicator]

    /// The counts per indicator id. Indicators that need the local list are left out when no
    /// import of it serves the snapshot.
    func figures(snapshotID: Int, asOf: CalendarDate, on connection: PostgresConnection) async throws -> [String: IndicatorFigures] {
        let hasLocalList = try await Self.localList(snapshotID: snapshotID, on: connection) != nil
        var figures: [String: IndicatorFigures] = [:]
        let byList = Dictionary(grouping: indicators.filter { hasLocalList || !$0.needsLocalList }, by: \.list)
        for list in AnnexAList.allCases {
            guard let group = byList[list] else { continue }
            let teamed = list.columns.contains { $0.key == "allocated_team" }
            var totals: [String: IndicatorFigure] = [:]
            var teams: [String: [IndicatorFigures.Team]] = [:]
            let shares = group.filter(\.isPercentage)
            var statements = shares.isEmpty ? [] : [(Self.sql(shares, list: list, teamed: teamed), shares)]
            for indicator in group {
                if case .perWorker(let population) = indicator.measure {
                    statements.append((Self.perWorkerSQL(population, list: list), [indicator]))
                }
            }
            for (sql, members) in statements {
                for row in try await connection.query(sql, [snapshotID, asOf]) {
                    // A row whose allocated team is unknown (kept as given at import) is grouped, not totalled.
                    var team: String?
                    if teamed, try row.decode(Int.self, "is_total") == 0 { team = try row.decode(String?.self, "team") ?? "(unknown)" }
                    for (index, indicator) in members.enumerated() {
                        let figure = IndicatorFigure(
                            numerator: try row.decode(Int.self, "n\(index)"), denominator: try row.decode(Int.self, "d\(index)"),
                            unknowns: try indicator.isPercentage ? row.decode(Int.self, "u\(index)") : 0)
                        if let team {
                            teams[indicator.id, default: []].append(IndicatorFigures.Team(team: team, figure: figure))
                        } else {
                            totals[indicator.id] = figure
                        }
                    }
                }
            }
            for indicator in group {
                figures[indicator.id] = IndicatorFigures(
                    total: totals[indicator.id] ?? IndicatorFigure(numerator: 0, denominator: 0),
                    teams: (teams[indicator.id] ?? []).filter { $0.figure.denominator > 0 }.sorted { $0.team < $1.team })
            }
        }
        return figures
    }

    /// The import of the local list of children not attending school that serves the snapshot
    /// (the kernel's rule, `LocalListStore`), or nil when there is none.
    static func localList(snapshotID: Int, on connection: PostgresConnection) async throws -> LocalListImport? {
        try await LocalListStore.serving(LocalListStore.childrenNotInSchool, snapshot: snapshotID, on: connection)
    }

    /// One statement for the percentage indicators of one list; `$1` is the snapshot id, `$2`
    /// its as-of date.
    static func sql(_ group: [Indicator], list: AnnexAList, teamed: Bool) -> String {
        let aggregates = group.enumerated().map { index, indicator in
            guard case .share(let population, let condition) = indicator.measure else { preconditionFailure("\(indicator.id) is not a share") }
            return "count(*) FILTER (WHERE (\(population)) AND (\(condition))) AS n\(index), count(*) FILTER (WHERE \(population)) AS d\(index), "
                + "count(*) FILTER (WHERE (\(population)) AND t.\(AnnexATables.rawValues) IS NOT NULL) AS u\(index)"
        }.joined(separator: ",\n       ")
        let team = teamed ? "t.allocated_team AS team, grouping(t.allocated_team) AS is_total," : "1 AS is_total,"
        let grouping = teamed ? "GROUP BY GROUPING SETS ((t.allocated_team), ())" : ""
        // `$2` is referenced once outside the aggregates so its type is known even when no
        // indicator of the list compares dates.
        return """
            SELECT \(team)
                   \(aggregates)
            FROM \(AnnexATables.table(list)) t
            WHERE t.snapshot_id = $1 AND $2::date IS NOT NULL
            \(grouping)
            """
    }
}

extension IndicatorCalculator {
    /// Cases in `population` and the distinct allocated workers holding them, by team and in
    /// total: rows are first grouped by team and worker, so only those pairs are counted.
    static func perWorkerSQL(_ population: String, list: AnnexAList) -> String {
        """
        SELECT w.allocated_team AS team, grouping(w.allocated_team) AS is_total,
               coalesce(sum(w.cases), 0)::bigint AS n0, count(DISTINCT w.allocated_worker) AS d0
        FROM (SELECT t.allocated_team, t.allocated_worker, count(*) AS cases
              FROM \(AnnexATables.table(list)) t
              WHERE t.snapshot_id = $1 AND $2::date IS NOT NULL AND (\(population))
              GROUP BY t.allocated_team, t.allocated_worker) w
        GROUP BY GROUPING SETS ((w.allocated_team), ())
        """
    }
}
