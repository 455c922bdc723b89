import Foundation
import SyntheticData
import TestSupport
import Testing
import WeekScheduling

/// The number placed against an exact integer program solved by CBC (PuLP 3.3.2,
/// `scripts/oracles/week_schedule.py`), on generated small weeks: tight ones, heavy leave and part
/// time, invited managers shared between conversations, few rooms.
@Suite("The week scheduler against CBC's exact optimum")
struct WeekSchedulingOracleTests {
    /// The oracle script beside the repository's tests.
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/oracles/week_schedule.py").path

    struct Answer: Decodable {
        var optimum: Int
        var status: String
    }

    /// The small week shapes, cycled through by seed.
    static func week(_ seed: Int) -> SyntheticWeek {
        let morning = DayShape(start: 9 * 60, end: 13 * 60 + 30, slotLength: 60, breaks: [TimeRange(11, 0, to: 11, 30)])
        let short = DayShape(start: 9 * 60, end: 12 * 60, slotLength: 60)
        switch seed % 4 {
        case 0:
            return SyntheticWeek(conversations: 12, inspectors: 2, days: 2, rooms: 1, dayShape: morning, capacityPerDay: 3)
        case 1:
            var week = SyntheticWeek(conversations: 10, inspectors: 3, days: 3, rooms: 2, dayShape: short, capacityPerDay: 2)
            week.leaveShare = 0.5
            week.partTimeShare = 0.4
            return week
        case 2:
            var week = SyntheticWeek(conversations: 12, inspectors: 2, days: 2, rooms: 2, dayShape: morning, capacityPerDay: 4)
            week.managerShare = 0.6
            week.repeatShare = 0.3
            return week
        default:
            var week = SyntheticWeek(conversations: 14, inspectors: 3, days: 2, rooms: 1, dayShape: short, capacityPerDay: 3)
            week.inPersonShare = 0.9
            return week
        }
    }

    @Test("on 60 generated weeks the number placed equals CBC's optimum and every booking keeps every hard rule")
    func placesTheOptimum() throws {
        let problems = (0..<60).map { Self.week($0).problem(seed: UInt64($0)) }
        let plans = try problems.map { try WeekScheduler.plan($0) }
        let input = try JSONEncoder().encode(problems)
        let output = try PythonOracle.run(
            String(contentsOfFile: Self.script, encoding: .utf8), input: input,
            advice: "the CBC oracle failed (scripts/python-env.sh ensure installs PuLP; put its bin first on PATH)")
        let answers = try JSONDecoder().decode([Answer].self, from: output)
        try #require(answers.count == problems.count)
        for (index, (problem, plan)) in zip(problems, plans).enumerated() {
            #expect(answers[index].status == "Optimal", "week \(index)")
            #expect(plan.bookings.count == answers[index].optimum, "week \(index): placed \(plan.bookings.count), CBC \(answers[index].optimum)")
            #expect(plan.provenOptimal, "week \(index)")
            #expect(try HardRules.violations(of: plan, for: problem) == [], "week \(index)")
        }
        // The set is not trivial: many weeks cannot place everything.
        #expect(zip(problems, answers).filter { $1.optimum < $0.conversations.count }.count >= 15)
    }
}
