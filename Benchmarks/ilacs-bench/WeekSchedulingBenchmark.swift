import Foundation
import SyntheticData
import WeekScheduling

/// Planning a fortnight on site: 400 conversations for 4 inspectors over 10 days with 6 rooms
/// (09:00-17:00 in 30-minute slots around a lunch hour, 12 a day each), against the exact
/// integer program of the same instance solved by CBC through PuLP
/// (`scripts/oracles/week_schedule.py`), in the same run. The baseline is the oracle's own
/// model-and-solve time (Python's start and imports left out); ours must place as many and be at
/// least 10 times faster.
struct WeekSchedulingBenchmark {
    static let week = SyntheticWeek(
        conversations: 400, inspectors: 4, days: 10, rooms: 6,
        dayShape: DayShape(start: 9 * 60, end: 17 * 60, slotLength: 30, breaks: [TimeRange(12, 30, to: 13, 30)]), capacityPerDay: 12)

    struct Answer: Decodable {
        var optimum: Int
        var status: String
        var seconds: Double
    }

    func run() throws -> BenchmarkResult {
        let problem = Self.week.problem(seed: 13)
        log("Week scheduling: 400 conversations, 4 inspectors, 10 days, 6 rooms")
        let clock = ContinuousClock()
        let start = clock.now
        let plan = try WeekScheduler.plan(problem)
        let ours = clock.now - start
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-bench-week.json")
        try JSONEncoder().encode(problem).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let oracle = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/oracles/week_schedule.py").path
        let (elapsed, output) = try timeProcess("/usr/bin/env", ["python3", oracle, file.path], capturing: true)
        let answer = try JSONDecoder().decode(Answer.self, from: output)
        log("  ours placed \(plan.bookings.count) in \(BenchmarkResult.format(ours.seconds)) s (proven optimal: \(plan.provenOptimal))")
        log(
            "  CBC: \(answer.status), optimum \(answer.optimum), model + solve \(BenchmarkResult.format(answer.seconds)) s "
                + "(\(BenchmarkResult.format(elapsed.seconds)) s with Python's start)")
        guard answer.status == "Optimal", plan.bookings.count == answer.optimum else {
            throw BenchmarkFailure("the scheduler placed \(plan.bookings.count) conversations, CBC's optimum is \(answer.optimum) (\(answer.status))")
        }
        log("  as many placed as CBC's optimum: \(answer.optimum)")
        return BenchmarkResult(
            name: "week plan, 400 conversations", ours: ours, baselineName: "PuLP + CBC exact ILP, same instance",
            baseline: .milliseconds(Int(answer.seconds * 1000)), goal: 0.1)
    }
}
