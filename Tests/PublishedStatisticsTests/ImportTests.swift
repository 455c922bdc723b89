import Foundation
import PluginKit
import Postgres
import TestSupport
import Testing

@testable import PublishedStatistics

@Suite("Importing published statistics")
struct ImportTests {
    static func withDatabase<T>(_ body: (PluginTestDatabase) async throws -> T) async throws -> T {
        try await PluginTestDatabase.with(plugins: [PublishedStatisticsPlugin()], body)
    }

    static func count(_ sql: String, _ database: PluginTestDatabase) async throws -> Int {
        try await database.pool.query(sql).single!.decode(Int.self, at: 0)
    }

    @Test("the ten real files import as they are, suppressed cells kept as missing with their code, never zero")
    func realFiles() async throws {
        try await Self.withDatabase { database in
            let outcomes = try await StatisticsImporter(actor: "test").importFiles([try ReferenceFiles.folder()], pool: database.pool)
            #expect(outcomes.count == 10)
            #expect(outcomes.allSatisfy { !$0.unchanged })
            // Nottinghamshire's 2025 re-referral rate, exactly as published.
            let rate = try await database.pool.query(
                """
                SELECT value::text FROM published_values WHERE file_key = 'c1' AND measure = 'rereferral_percent'
                AND year = 2025 AND level = 'local authority' AND area_code = '891'
                """
            ).single?.decode(String.self, at: 0)
            #expect(rate == "23.1")
            // Every `c` of d5 is stored as missing with code c, and no value is a zero in its place.
            let expected = try ReferenceFiles.rows("d5_").reduce(0) { total, row in total + row.values.count { $0 == "c" } }
            #expect(
                try await Self.count("SELECT count(*) FROM published_values WHERE file_key = 'd5' AND suppression = 'c' AND value IS NULL", database)
                    == expected)
            // All three levels; the London regions of LA rows' files too.
            #expect(try await Self.count("SELECT count(DISTINCT level) FROM published_values WHERE file_key = 'cla'", database) == 3)
            #expect(try await Self.count("SELECT count(DISTINCT authority_code) FROM statistical_neighbours", database) == 153)
        }
    }

    @Test("re-importing the same files changes nothing")
    func reimport() async throws {
        try await Self.withDatabase { database in
            let importer = StatisticsImporter(actor: "test")
            let folder = try ReferenceFiles.folder()
            _ = try await importer.importFiles([folder], pool: database.pool)
            let values = try await Self.count("SELECT count(*) FROM published_values", database)
            let again = try await importer.importFiles([folder], pool: database.pool)
            #expect(again.allSatisfy { $0.unchanged })
            #expect(try await Self.count("SELECT count(*) FROM published_values", database) == values)
            #expect(try await Self.count("SELECT count(*) FROM published_imports", database) == 10)
        }
    }

    @Test("a file it does not know is refused, naming it, and nothing is imported")
    func unknownFile() async throws {
        try await Self.withDatabase { database in
            let stray = try ReferenceFiles.scratch("school_absence_2025.csv", "time_period,geographic_level\n2025,National\n")
            let error = await #expect(throws: PublishedStatisticsError.self) {
                try await StatisticsImporter(actor: "test").importFiles([try ReferenceFiles.path("c1_"), stray], pool: database.pool)
            }
            #expect(
                error?.description.hasPrefix("\(stray): is not a published-statistics file this version knows; known files start b1_children_in_need") == true)
            #expect(try await Self.count("SELECT count(*) FROM published_values", database) == 0)
        }
    }

    @Test("a known file with a column missing names the column")
    func missingColumn() async throws {
        try await Self.withDatabase { database in
            let text = try ReferenceFiles.text("c1_").replacingOccurrences(of: ",rereferral_percent,", with: ",rereferral_share,")
            let path = try ReferenceFiles.scratch("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", text)
            let error = await #expect(throws: PublishedStatisticsError.self) {
                try await StatisticsImporter(actor: "test").importFiles([path], pool: database.pool)
            }
            #expect(
                error?.description
                    == "\(path): column `rereferral_percent` is missing; export the file again from Explore Education Statistics with all its columns")
        }
    }

    @Test("a truncated file is refused naming its last row, and the good file beside it is not imported either")
    func truncated() async throws {
        try await Self.withDatabase { database in
            let text = try ReferenceFiles.text("c1_")
            let cut = String(text.prefix(text.count / 2))
            let path = try ReferenceFiles.scratch("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", cut)
            let lastRow = cut.split(whereSeparator: \.isNewline).count
            let error = await #expect(throws: PublishedStatisticsError.self) {
                try await StatisticsImporter(actor: "test").importFiles([try ReferenceFiles.path("b1_"), path], pool: database.pool)
            }
            #expect(error?.description.hasPrefix("\(path): row \(lastRow) has ") == true)
            #expect(error?.description.hasSuffix("the file may be truncated or damaged") == true)
            #expect(try await Self.count("SELECT count(*) FROM published_values", database) == 0)
            #expect(try await Self.count("SELECT count(*) FROM published_imports", database) == 0)
        }
    }

    @Test("a column suppressed in every row is a finding, kept as missing, never zero")
    func everyValueSuppressed() async throws {
        try await Self.withDatabase { database in
            // b1's last column, awaiting_assessment, becomes `c` in every row.
            let lines = try ReferenceFiles.text("b1_").split(separator: "\n", omittingEmptySubsequences: false)
            let edited = lines.enumerated().map { index, line -> String in
                guard index > 0, !line.isEmpty else { return String(line) }
                return line.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",") + ",c"
            }.joined(separator: "\n")
            let path = try ReferenceFiles.scratch("b1_children_in_need_2013_to_2025.csv", edited)
            let outcomes = try await StatisticsImporter(actor: "test").importFiles([path], pool: database.pool)
            #expect(
                outcomes.first?.findings == [
                    "column `awaiting_assessment` has no number in any row: every value is suppressed (c: confidential); kept as missing"
                ])
            #expect(try await Self.count("SELECT count(*) FROM published_values WHERE measure = 'awaiting_assessment' AND value IS NOT NULL", database) == 0)
            #expect(try await Self.count("SELECT count(*) FROM published_values WHERE measure = 'awaiting_assessment' AND suppression = 'c'", database) == 2132)
        }
    }

    @Test("a neighbour that is not in the statistics is refused naming its row and column, and nothing is imported")
    func strayNeighbour() async throws {
        try await Self.withDatabase { database in
            let text = try ReferenceFiles.text("sn_model").replacingOccurrences(
                of: "302,Barnet,3,London,320,", with: "302,Barnet,3,London,999,")
            let path = try ReferenceFiles.scratch("sn_model_2025_wide.csv", text)
            let error = await #expect(throws: PublishedStatisticsError.self) {
                try await StatisticsImporter(actor: "test").importFiles([try ReferenceFiles.path("c1_"), path], pool: database.pool)
            }
            #expect(error?.description == "\(path), row 3, column `SN_1`: names an authority that is not in the published statistics")
            #expect(try await Self.count("SELECT count(*) FROM published_values", database) == 0)
        }
    }
}
