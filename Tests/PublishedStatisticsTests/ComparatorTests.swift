import Authorities
import Foundation
import PluginKit
import Postgres
import TestSupport
import Testing

@testable import PublishedStatistics

/// Nottinghamshire's comparators recomputed by hand from the real files, with a reader and
/// arithmetic of the test's own.
@Suite("Comparators of the demo authority")
struct ComparatorTests {
    static let nottinghamshire = try! Authority.named("891")

    static func comparators(_ indicators: [String]) async throws -> [String: Comparison] {
        try await PluginTestDatabase.with(plugins: [PublishedStatisticsPlugin()]) { database in
            _ = try await StatisticsImporter(actor: "test").importFiles([try ReferenceFiles.folder()], pool: database.pool)
            let chosen = BenchmarkIndicator.catalogue.filter { indicators.contains($0.id) }
            let result = try await database.pool.withConnection { connection in
                try await ComparatorCalculator(authority: nottinghamshire).comparators(for: chosen, on: connection)
            }
            return Dictionary(uniqueKeysWithValues: result.comparators.map { ($0.indicator, $0) })
        }
    }

    /// The hand computation: own, England, region, neighbours' median, range and count, and rank.
    struct Expected: Equatable {
        var own, england, region, median, lowest, highest: Double?
        var withValue, position, of: Int
    }

    static func expected(_ figures: [String: [String: Double?]], lowerIsBetter: Bool) throws -> Expected {
        let neighbours = try ReferenceFiles.rows("sn_model").first { $0["old_la_code"] == "891" }!
        let codes = (1...10).map { neighbours["SN_\($0)"]! }
        let local = figures["la"]!
        let values = codes.compactMap { local[$0] ?? nil }.sorted()
        let median = values.count % 2 == 1 ? values[values.count / 2] : (values[values.count / 2 - 1] + values[values.count / 2]) / 2
        let own = local["891"]!!
        let all = local.values.compactMap { $0 }
        let better = all.filter { lowerIsBetter ? $0 < own : $0 > own }.count
        return Expected(
            own: own, england: figures["england"]!["E92000001"]!, region: figures["region"]!["E12000004"]!, median: median, lowest: values.first,
            highest: values.last, withValue: values.count, position: better + 1, of: all.count)
    }

    static func actual(_ comparator: Comparison) -> Expected {
        Expected(
            own: comparator.own.figure.value, england: comparator.england.value, region: comparator.region.figure.value,
            median: comparator.neighbours.median, lowest: comparator.neighbours.lowest, highest: comparator.neighbours.highest,
            withValue: comparator.neighbours.withValue, position: comparator.rank!.position, of: comparator.rank!.of)
    }

    /// A file's rows of one year and breakdown as figures by level and area code.
    static func figures(
        _ prefix: String, year: String, where matches: ([String: String]) -> Bool, value: ([String: String]) -> Double?
    ) throws -> [String: [String: Double?]] {
        var result: [String: [String: Double?]] = ["la": [:], "england": [:], "region": [:]]
        for row in try ReferenceFiles.rows(prefix) where row["time_period"] == year && matches(row) {
            switch row["geographic_level"] {
            case "National": result["england"]![row["country_code"]!] = value(row)
            case "Regional": result["region"]![row["region_code"]!] = value(row)
            default: result["la"]![row["old_la_code"]!] = value(row)
            }
        }
        return result
    }

    @Test("re-referrals, care leavers in touch and children in need per 10,000 match the hand computation from the files")
    func threeIndicatorsByHand() async throws {
        let found = try await Self.comparators(["rereferrals", "care-leavers-in-touch", "cin-rate"])

        let rereferrals = try Self.figures("c1_", year: "2025", where: { _ in true }, value: { Double($0["rereferral_percent"]!) })
        #expect(Self.actual(found["rereferrals"]!) == (try Self.expected(rereferrals, lowerIsBetter: true)))
        // Pinned as read off the files by eye: 23.1% against England's 22.6% and the East Midlands' 24.7%.
        #expect(
            Self.actual(found["rereferrals"]!)
                == Expected(own: 23.1, england: 22.6, region: 24.7, median: 19, lowest: 14.2, highest: 28.9, withValue: 10, position: 116, of: 153))

        let inTouch = try Self.figures(
            "la_care_leavers_activity", year: "2025",
            where: { $0["care_leaver_age"] == "19 to 21 years" && $0["breakdown"] == "Total information not known" },
            value: { Double($0["care_leaver_percent"]!).map { 100 - $0 } })
        #expect(Self.actual(found["care-leavers-in-touch"]!) == (try Self.expected(inTouch, lowerIsBetter: false)))
        #expect(found["care-leavers-in-touch"]!.rank?.bestQuarter == true)

        let population = try Self.figures(
            "cla_number", year: "2025", where: { $0["population_type"] == "Children looked after on 31 March each year" },
            value: { Double($0["population_estimate"]!) })
        let inNeed = try Self.figures("b1_", year: "2025", where: { _ in true }, value: { Double($0["At31_episodes"]!) })
        var rate: [String: [String: Double?]] = [:]
        for (level, areas) in inNeed {
            rate[level] = areas.mapValues { _ in nil }
            for (area, count) in areas {
                if let count, let children = population[level]?[area] ?? nil { rate[level]![area] = count / children * 10_000 }
            }
        }
        let cinRate = Self.actual(found["cin-rate"]!)
        let cinExpected = try Self.expected(rate, lowerIsBetter: false)
        #expect(cinRate.withValue == cinExpected.withValue && cinRate.position == cinExpected.position && cinRate.of == cinExpected.of)
        for (actual, expected) in zip(
            [cinRate.own, cinRate.england, cinRate.region, cinRate.median], [cinExpected.own, cinExpected.england, cinExpected.region, cinExpected.median])
        {
            #expect(abs(actual! - expected!) < 1e-9)
        }
        #expect(found["cin-rate"]!.trend.map(\.year) == [2021, 2022, 2023, 2024, 2025])
    }

    @Test("an authority the loaded model does not cover is a clear error")
    func authorityNotInModel() async throws {
        try await PluginTestDatabase.with(plugins: [PublishedStatisticsPlugin()]) { database in
            let model = try ReferenceFiles.text("sn_model").split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("891,") }
            let path = try ReferenceFiles.scratch("sn_model_2025_wide.csv", model.joined(separator: "\n"))
            _ = try await StatisticsImporter(actor: "test").importFiles([try ReferenceFiles.path("c1_"), path], pool: database.pool)
            let error = await #expect(throws: PublishedStatisticsError.self) {
                try await database.pool.withConnection { connection in
                    try await ComparatorCalculator(authority: Self.nottinghamshire).comparators(on: connection)
                }
            }
            #expect(
                error?.description
                    == "ILACS_AUTHORITY 891 (Nottinghamshire) has no row in the statistical-neighbour model loaded; import a model that covers it")
        }
    }

    @Test("the median of an even count is the mean of the middle two; ties share the better rank; a suppressed figure says its code")
    func arithmetic() {
        #expect(ComparatorCalculator.median([3, 1, 2, 10]) == 2.5)
        #expect(ComparatorCalculator.rank(5, among: [1, 5, 5, 9], direction: .lowerIsBetter).position == 2)
        #expect(ComparatorCalculator.rank(5, among: [1, 5, 5, 9], direction: .higherIsBetter).position == 2)
        #expect(Figure(value: nil, suppression: "c").text == "suppressed (c)")
    }
}
