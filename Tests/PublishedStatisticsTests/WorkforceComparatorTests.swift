import Authorities
import Domain
import Foundation
import PluginKit
import Postgres
import SyntheticData
import TestSupport
import Testing
import WorkforceRegister

@testable import AnnexA
@testable import PublishedStatistics
@testable import Workforce

/// The workforce rates: the published comparator recomputed by an independent Python reading of
/// the real csww file, and the authority's own current figure recomputed from a generated register.
@Suite("Workforce comparators: published and from the workforce register")
struct WorkforceComparatorTests {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 20)!

    /// Reads the csww file and the neighbour model with Python's `csv`, and works out one
    /// measure's comparators for `code` in the latest year any authority has a number.
    static let csvOracle = """
        import csv, json, statistics, sys
        given = json.load(sys.stdin)
        def rows(path):
            with open(path, encoding="utf-8-sig", newline="") as f:
                return list(csv.DictReader(f))
        def number(text):
            try:
                return float(text)
            except ValueError:
                return None
        measure, code = given["measure"], given["code"]
        data = rows(given["csww"])
        model = next(r for r in rows(given["model"]) if r["old_la_code"] == code)
        year = max(r["time_period"] for r in data if r["geographic_level"] == "Local authority" and number(r[measure]) is not None)
        local, england, region = {}, None, {}
        for r in data:
            if r["time_period"] != year:
                continue
            if r["geographic_level"] == "National":
                england = number(r[measure])
            elif r["geographic_level"] == "Regional":
                region[r["region_code"]] = number(r[measure])
            else:
                local[r["old_la_code"]] = number(r[measure])
        own = local[code]
        neighbours = sorted(local[c] for c in (model["SN_%d" % i] for i in range(1, 11)) if local.get(c) is not None)
        values = [v for v in local.values() if v is not None]
        json.dump({"year": int(year), "own": own, "england": england, "region": region[given["region"]],
                   "median": statistics.median(neighbours), "lowest": neighbours[0], "highest": neighbours[-1],
                   "withValue": len(neighbours), "position": 1 + sum(1 for v in values if v < own), "of": len(values)}, sys.stdout)
        """

    /// The oracle's answer, as the comparator's fields.
    struct Expected: Decodable, Equatable {
        var year: Int
        var own, england, region, median, lowest, highest: Double
        var withValue, position, of: Int
    }

    @Test("the agency rate's published comparators match an independent Python reading of the real csww file")
    func publishedAgencyRateByHand() async throws {
        let authority = try Authority.named("891")
        let comparator = try await PluginTestDatabase.with(plugins: [PublishedStatisticsPlugin()]) { database in
            _ = try await StatisticsImporter(actor: "test").importFiles([try ReferenceFiles.folder()], pool: database.pool)
            let chosen = BenchmarkIndicator.catalogue.filter { $0.id == "workforce-agency" }
            return try await database.pool.withConnection { connection in
                try await ComparatorCalculator(authority: authority).comparators(for: chosen, on: connection).comparators[0]
            }
        }
        let input = try JSONSerialization.data(withJSONObject: [
            "csww": try ReferenceFiles.path("csww_"), "model": try ReferenceFiles.path("sn_model"), "measure": "agency_rate_fte", "code": "891",
            "region": authority.regionCode
        ])
        let output = try PythonOracle.run(Self.csvOracle, input: input, advice: "the Python reading of the csww file failed (run `make setup`)")
        let expected = try JSONDecoder().decode(Expected.self, from: output)
        let actual = Expected(
            year: comparator.year, own: comparator.own.figure.value!, england: comparator.england.value!, region: comparator.region.figure.value!,
            median: comparator.neighbours.median!, lowest: comparator.neighbours.lowest!, highest: comparator.neighbours.highest!,
            withValue: comparator.neighbours.withValue, position: comparator.rank!.position, of: comparator.rank!.of)
        #expect(actual == expected)
        // As read off the file by eye: Nottinghamshire 7.8% agency in 2025, England 13%.
        #expect(expected.year == 2025 && expected.own == 7.8 && expected.england == 13)
        #expect(comparator.register == nil, "no register figures were asked for")
    }

    /// A generated authority's Annex A snapshot and workforce register imported beside the real
    /// published files, with ILACS_AUTHORITY 891; `body` gets the database, the generated folder
    /// and the snapshot's id.
    static func withGenerated<T>(
        isolation: isolated (any Actor)? = #isolation, _ body: (PluginTestDatabase, String, Int) async throws -> T
    ) async throws -> T {
        try await PluginTestDatabase.with(
            plugins: [AnnexAPlugin(), WorkforcePlugin(), PublishedStatisticsPlugin()], environment: ["ILACS_AUTHORITY": "891"]
        ) { database in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workforce-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            _ = try AnnexAGenerator(size: .small, seed: 11, asOf: asOf).write(to: folder)
            let (outcome, _) = try await AnnexAImporter(pool: database.pool).run(.init(path: folder, asOf: asOf, strict: false, actor: "test"))
            guard case .imported(let summary) = outcome else { throw TestSetupError("expected a new snapshot, got \(outcome)") }
            _ = try await RegisterImporter.run(path: folder, actor: "test", pool: database.pool)
            _ = try await StatisticsImporter(actor: "test").importFiles([try ReferenceFiles.folder()], pool: database.pool)
            return try await body(database, folder, summary.snapshotID)
        }
    }

    /// Reads the generated staff.csv with Python's `csv` and works out the agency rate of staff in
    /// social worker roles who started by the as-of date.
    static let staffOracle = """
        import csv, json, sys
        given = json.load(sys.stdin)
        roles = {"socialworker", "seniorpractitioner", "advancedpractitioner", "practicesupervisor", "teammanager", "servicemanager",
                 "iro", "independentreviewingofficer"}
        total = agency = 0.0
        with open(given["staff"], encoding="utf-8-sig", newline="") as f:
            for r in csv.DictReader(f):
                if "".join(c for c in r["role"].lower() if c.isalpha()) in roles and r["start_date"] <= given["asOf"]:
                    total += float(r["fte"])
                    agency += float(r["fte"]) if r["agency"].lower() == "yes" else 0.0
        json.dump({"rate": agency / total * 100}, sys.stdout)
        """

    @Test("the own agency rate from the generated register matches a Python reading of its staff file; turnover and vacancies say why not")
    func ownFiguresFromRegister() async throws {
        try await Self.withGenerated { database, folder, snapshot in
            let figures = try await database.pool.withConnection { connection in
                try await RegisterFigures.load(register: WorkforceRegister(pool: database.pool), snapshotID: snapshot, asOf: Self.asOf, on: connection)
            }
            let input = try JSONSerialization.data(withJSONObject: ["staff": folder + "/staff.csv", "asOf": Self.asOf.iso])
            let output = try PythonOracle.run(Self.staffOracle, input: input, advice: "the Python reading of staff.csv failed (run `make setup`)")
            let expected = try JSONDecoder().decode([String: Double].self, from: output)["rate"]!
            let agency = try #require(figures[.agency]?.value)
            #expect(abs(agency - expected) < 1e-9)
            #expect(agency > 0 && agency < 100)

            // Caseload: each matched case holder's cases over their FTE, counted through the module.
            let caseload = try #require(figures[.caseload]?.value)
            #expect(caseload > 1 && caseload < 40)
            #expect(figures[.caseload]?.basis.contains("open List 6 cases with an allocated worker") == true)

            for measure in [RegisterMeasure.turnover, .vacancy] {
                #expect(figures[measure]?.value == nil)
                #expect(figures[measure]?.basis.hasPrefix("not computable from the register") == true)
            }
        }
    }

    @Test("the report's workforce rows carry the register's figures, with their rank and definition, and they enter the opening summary")
    func reportRows() async throws {
        try await Self.withGenerated { database, _, snapshot in
            let request = ReportRequest(snapshotID: snapshot, asOf: Self.asOf, previousSnapshotID: nil, includeChildRows: false)
            let configuration = database.host.configuration
            let register = WorkforceRegister(pool: database.pool)
            let (summary, benchmarks) = try await database.pool.withConnection { connection in
                (
                    try await WhereWeLookWeakSection(configuration: configuration, register: register).content(for: request, on: connection),
                    try await BenchmarksSection(configuration: configuration, register: register).content(for: request, on: connection)
                )
            }
            let agency = try #require(benchmarks.parts.first { $0.heading == "Agency social workers (%)" })
            let row = try #require(agency.tables[0].rows.first { $0[0] == "Nottinghamshire now (workforce register at 2026-11-20)" })
            #expect(Double(row[1]) != nil && row[2].contains("agency FTE of"))
            #expect(agency.tables[0].rows.contains { $0[0] == "Rank of the register's figure among all authorities' published 2025 figures" })
            #expect(agency.paragraphs.contains { $0.hasPrefix("Workforce register: Published: agency FTE over agency plus employed") })
            #expect(agency.dotPlots?.first?.lines.map(\.label) == ["England", "Nottinghamshire now (workforce register)"])

            let turnover = try #require(benchmarks.parts.first { $0.heading == "Children's social worker turnover (%)" })
            #expect(turnover.tables[0].rows.contains { $0[1] == "not computable" && $0[2].hasPrefix("not computable from the register") })

            let findings = summary.parts.flatMap { $0.tables[0].rows }
            #expect(findings.contains { $0[1].hasSuffix(", now (workforce register)") && $0[4] == "workforce register at 2026-11-20" })
            #expect(!findings.contains { $0[1] == "Children's social worker turnover, now (workforce register)" })
        }
    }
}
