import Domain
import Testing

@Suite("Framework versions")
struct FrameworkVersionTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate.parse(text)! }

    static func inspection(_ start: String, _ judgements: [JudgementArea: Judgement]) -> Inspection {
        Inspection(id: start, type: .standard, startDate: date(start), endDate: nil, judgements: judgements)
    }

    @Test(
        "the version in force is the latest that applies from the date or earlier",
        arguments: [
            ("2019-06-03", "ilacs-2018"), ("2022-12-31", "ilacs-2018"), ("2023-01-01", "ilacs-2023"), ("2026-03-31", "ilacs-2023"),
            ("2026-04-01", "ilacs-2026"), ("2030-01-01", "ilacs-2026")
        ])
    func versionInForce(day: String, id: String) {
        #expect(FrameworkVersion.inForce(on: Self.date(day)).id == id)
    }

    @Test("an overall grade on an inspection from 1 April 2026 is refused, naming the change")
    func overallGradeAfterReform() {
        #expect(
            throws: FrameworkError(
                "an inspection starting on 2026-05-11 cannot have a grade for 'overall-effectiveness': the overall effectiveness judgement is no longer given; four judgements remain (ILACS from 1 April 2026, from 2026-04-01); give only: impact-of-leaders, help-and-protection, children-in-care, care-leavers"
            )
        ) {
            try FrameworkVersion.ilacs2026.check([.overallEffectiveness: .good, .leadership: .good], startingOn: Self.date("2026-05-11"))
        }
        #expect(throws: Never.self) {
            try FrameworkVersion.inForce(on: Self.date("2026-03-30")).check([.overallEffectiveness: .good], startingOn: Self.date("2026-03-30"))
        }
    }

    @Test("a separate care leavers grade before January 2023 is refused, naming when it began")
    func careLeaversBefore2023() {
        let error = #expect(throws: FrameworkError.self) {
            try FrameworkVersion.ilacs2018.check([.careLeavers: .good], startingOn: Self.date("2021-09-27"))
        }
        #expect(
            error?.description.contains("graded only from 2023-01-01 (the experiences and progress of care leavers became a separate judgement)") == true)
    }

    @Test(
        "from April 2026 the next type follows leaders and two of three practice judgements",
        arguments: [
            (
                [JudgementArea.leadership: Judgement.good, .helpAndProtection: .good, .childrenInCare: .requiresImprovement, .careLeavers: .outstanding],
                "likely a short inspection (one week on site), with a focused visit before it"
            ),
            (
                [.leadership: .good, .helpAndProtection: .requiresImprovement, .childrenInCare: .requiresImprovement, .careLeavers: .outstanding],
                "likely a standard inspection"
            ),
            ([.leadership: .requiresImprovement, .helpAndProtection: .good, .childrenInCare: .good, .careLeavers: .good], "likely a standard inspection"),
            ([.leadership: .good, .helpAndProtection: .inadequate, .childrenInCare: .good, .careLeavers: .good], "monitoring visits come first")
        ])
    func rule2026(judgements: [JudgementArea: Judgement], expected: String) {
        let sentence = NextInspectionRule.leadersAndTwoOfThreePractice.explain(after: Self.inspection("2026-05-11", judgements))
        #expect(sentence.contains(expected))
    }

    @Test("the 2026 rule names missing grades and falls back to an earlier overall grade, saying so")
    func rule2026Missing() {
        let old = NextInspectionRule.leadersAndTwoOfThreePractice.explain(after: Self.inspection("2024-05-13", [.overallEffectiveness: .good]))
        #expect(old.contains("no grade recorded for: the impact of leaders"))
        #expect(old.contains("By its overall grade instead: The last overall judgement was good: the next inspection is likely a short inspection"))
        let none = NextInspectionRule.leadersAndTwoOfThreePractice.explain(after: Self.inspection("2024-05-13", [.leadership: .good]))
        #expect(!none.contains("By its overall grade"))
    }

    @Test("the window names the framework in force on the day it is seen from, and explains the type by its rule")
    func windowNamesFramework() {
        let history = [
            Self.inspection(
                "2023-10-02",
                [
                    .overallEffectiveness: .requiresImprovement, .leadership: .good, .helpAndProtection: .good,
                    .childrenInCare: .good, .careLeavers: .requiresImprovement
                ])
        ]
        let before = InspectionWindow.forecast(history: history, today: Self.date("2026-03-01"))
        #expect(before.framework.id == "ilacs-2023")
        #expect(before.notes.contains { $0.contains("requires improvement to be good: the next inspection is likely a standard inspection") })
        let after = InspectionWindow.forecast(history: history, today: Self.date("2026-06-01"))
        #expect(after.framework.id == "ilacs-2026")
        #expect(after.notes.contains { $0.contains("likely a short inspection") && $0.contains("(Rule of the framework in force: ILACS from 1 April 2026.)") })
    }
}
