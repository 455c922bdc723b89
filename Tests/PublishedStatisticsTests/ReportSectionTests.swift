import Foundation
import PluginKit
import Postgres
import TestSupport
import Testing
import WorkforceRegister

@testable import PublishedStatistics

@Suite("The report's benchmark sections")
struct ReportSectionTests {
    static func sections(environment: [String: String], load: Bool = true) async throws -> [ReportSectionContent] {
        try await PluginTestDatabase.with(plugins: [PublishedStatisticsPlugin()], environment: environment) { database in
            if load { _ = try await StatisticsImporter(actor: "test").importFiles([try ReferenceFiles.folder()], pool: database.pool) }
            let request = ReportRequest(snapshotID: 1, asOf: .init(year: 2026, month: 11, day: 25)!, previousSnapshotID: nil, includeChildRows: false)
            let configuration = database.host.configuration
            let register = WorkforceRegister(pool: database.pool)
            return try await database.pool.withConnection { connection in
                [
                    try await WhereWeLookWeakSection(configuration: configuration, register: register).content(for: request, on: connection),
                    try await BenchmarksSection(configuration: configuration, register: register).content(for: request, on: connection)
                ]
            }
        }
    }

    @Test("weaknesses are ordered by how far, strengths are the best quarter or better than every neighbour")
    func summary() async throws {
        let summary = try await Self.sections(environment: ["ILACS_AUTHORITY": "891"])[0]
        let weak = summary.parts[0].tables[0].rows
        let strong = summary.parts[1].tables[0].rows
        #expect(weak.map { $0[0] } == weak.indices.map { String($0 + 1) })
        #expect(weak.contains { $0[1] == "Second or subsequent child protection plans" && $0[3].contains("worse than England (24.5)") })
        #expect(!weak.contains { $0[1].contains("per 10,000") }, "context figures are neither weak nor strong")
        #expect(
            strong.contains {
                $0[1] == "Children looked after with three or more placements in the year"
                    && $0[3] == "in the best quarter of authorities (rank 2 of 151); better than every neighbour with a value (10)"
            })
    }

    @Test("each indicator has a dot plot of every authority with the ten neighbours highlighted, England as a line and the authority marked")
    func dotPlots() async throws {
        let benchmarks = try await Self.sections(environment: ["ILACS_AUTHORITY": "891"])[1]
        let rereferrals = benchmarks.parts.first { $0.heading == "Re-referrals within 12 months (%)" }
        let plot = rereferrals?.dotPlots?.first
        #expect(plot?.points.count == 153)
        #expect(plot?.points.filter { $0.emphasis == .highlighted }.count == 10)
        #expect(plot?.points.filter { $0.emphasis == .marked }.map(\.label) == ["Nottinghamshire"])
        #expect(plot?.lines == [ReportDotPlot.Line(label: "England", value: 22.6)])
        #expect(rereferrals?.tables[0].rows[3] == ["Statistical neighbours' median", "19", "10 of 10 neighbours with a value; range 14.2 to 28.9"])
        #expect(rereferrals?.tables[1].rows.map { $0[0] } == ["2021", "2022", "2023", "2024", "2025"])
    }

    @Test("without ILACS_AUTHORITY, or with nothing imported, the sections say why and what to do")
    func unavailable() async throws {
        let unset = try await Self.sections(environment: [:])
        #expect(unset[0].summary?.hasPrefix("Not available: ILACS_AUTHORITY is not set.") == true)
        let empty = try await Self.sections(environment: ["ILACS_AUTHORITY": "891"], load: false)
        #expect(empty[1].summary == "Not available: no published statistics are loaded; `ilacs-admin benchmarks import FOLDER` loads the DfE's files.")
    }
}
