import Domain
import Foundation
import TestSupport
import Testing

@testable import Reporting

/// The measured window on the real national record, against an independent Python computation
/// (`scripts/oracles/window_calibration.py`: the csv module, numpy's quantiles and lifelines'
/// Kaplan-Meier fitter).
@Suite("The window measured on the national record, against lifelines")
struct WindowCalibrationOracleTests {
    struct Oracle: Decodable {
        struct Group: Decodable {
            var pairs: Int, early: Int, inside: Int, late: Int
            var quartiles: [Double]?
        }
        var groups: [String: Group]
        var observations: Int, events: Int
        var observedUntil: String
        var survival: [[Double]]
        var weeks: [Double]?

        enum CodingKeys: String, CodingKey {
            case groups, observations, events, survival, weeks
            case observedUntil = "observed_until"
        }
    }

    static func oracle(from: String, last: String, today: String) throws -> Oracle {
        let run = try PythonRun.run([
            NationalRecordReference.repository.appendingPathComponent("scripts/oracles/window_calibration.py").path,
            NationalRecordReference.path, from, last, today
        ])
        guard run.status == 0 else {
            let message = String(decoding: run.errors, as: UTF8.self)
            throw NationalRecordReference.TestSetupError(
                "the Python oracle failed (make setup installs lifelines; put `scripts/python-env.sh path` first on PATH): \(message)")
        }
        return try JSONDecoder().decode(Oracle.self, from: run.output)
    }

    @Test(
        "pairs, shares, quartiles and the Kaplan-Meier weeks equal lifelines' on the real file",
        arguments: [("2020-07-01", "2024-05-20", "2026-12-04"), ("2020-07-01", "2023-06-05", "2026-08-01"), ("2021-04-01", "2022-11-07", "2025-09-15")])
    func matchesLifelines(from: String, last: String, today: String) async throws {
        let file = try NationalRecordReference.file()
        let oracle = try Self.oracle(from: from, last: last, today: today)
        try await ReportingFixture.with { fixture async throws in
            _ = try await NationalRecordStore(pool: fixture.pool).importFile(file, sourceName: "history.csv", authority: nil, actor: "tester")
            let records = try await fixture.pool.withConnection { try await NationalRecordStore.graded(on: $0) }
            let calibration = WindowCalibration(records: records, from: CalendarDate.parse(from)!)
            let keys = [
                "all": "all", "after outstanding": "outstanding", "after good": "good",
                "after requires improvement to be good": "requires_improvement", "after no overall grade": "none"
            ]
            #expect(calibration.summaries.count == oracle.groups.count)
            for summary in calibration.summaries {
                let expected = try #require(oracle.groups[keys[summary.label] ?? summary.label], "group \(summary.label)")
                let counts: [Int] = [summary.pairs, summary.early, summary.inside, summary.late]
                #expect(counts == [expected.pairs, expected.early, expected.inside, expected.late])
                let quartiles: [Double] = [summary.lowerQuartile, summary.median, summary.upperQuartile].compactMap { $0 }
                #expect(quartiles == (expected.quartiles ?? []))
            }
            #expect(calibration.survival.observations == oracle.observations && calibration.survival.events == oracle.events)
            #expect(calibration.observedUntil.iso == oracle.observedUntil)
            for point in oracle.survival {
                #expect(abs(calibration.survival.survival(at: point[0]) - point[1]) < 1e-12, "S(\(point[0]))")
            }
            let weeks = calibration.callChances(lastGradedStart: CalendarDate.parse(last)!, today: CalendarDate.parse(today)!)
            #expect((weeks == nil) == (oracle.weeks == nil))
            for (mine, theirs) in zip(weeks ?? [], oracle.weeks ?? []) {
                #expect(abs(mine.chance - theirs) < 1e-12)
            }
        }
    }

    @Test("on the real file, of 57 pairs since mid-2020, 41 started inside the window, none early")
    func headlineFigures() async throws {
        let file = try NationalRecordReference.file()
        try await ReportingFixture.with { fixture async throws in
            _ = try await NationalRecordStore(pool: fixture.pool).importFile(file, sourceName: "history.csv", authority: nil, actor: "tester")
            let records = try await fixture.pool.withConnection { try await NationalRecordStore.graded(on: $0) }
            let all = try #require(WindowCalibration(records: records).summaries.first)
            let counts: [Int] = [all.pairs, all.inside, all.early, all.late]
            #expect(counts == [57, 41, 0, 16])
        }
    }
}
