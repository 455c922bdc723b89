/// How a framework version says what the next inspection is likely to be, from the judgements
/// of the last graded inspection.
public enum NextInspectionRule: String, Sendable, Hashable {
    /// Before April 2026: good or outstanding overall leads to a short inspection; requires
    /// improvement to a standard one; inadequate to monitoring visits first.
    case overallGrade = "overall_grade"
    /// From April 2026: good or outstanding for the impact of leaders and for at least two of the
    /// three practice judgements leads to a short inspection (with a focused visit before it);
    /// inadequate for any judgement to monitoring visits first; otherwise a standard inspection.
    case leadersAndTwoOfThreePractice = "leaders_and_two_of_three_practice"

    /// The three practice judgements the 2026 rule counts.
    public static let practiceAreas: [JudgementArea] = [.helpAndProtection, .childrenInCare, .careLeavers]

    /// The sentence explaining the next type after `last`; when `last` lacks a grade the rule
    /// reads, the sentence names what is missing (and the 2026 rule falls back to an overall
    /// grade given under an earlier version, saying so).
    public func explain(after last: Inspection) -> String {
        switch self {
        case .overallGrade:
            guard let overall = last.judgements[.overallEffectiveness] else {
                return "The rule in force reads the overall effectiveness grade, and none is recorded for the last graded inspection."
            }
            switch overall {
            case .outstanding, .good:
                return
                    "The last overall judgement was \(overall.displayName.lowercased()): the next inspection is likely a short inspection (one week on site)."
            case .requiresImprovement:
                return
                    "The last overall judgement was requires improvement to be good: the next inspection is likely a standard inspection (two weeks on site)."
            case .inadequate:
                return "The last overall judgement was inadequate: monitoring visits come first, then a standard inspection when Ofsted decides."
            }
        case .leadersAndTwoOfThreePractice:
            let needed = [JudgementArea.leadership] + Self.practiceAreas
            let missing = needed.filter { last.judgements[$0] == nil }
            guard missing.isEmpty else {
                let gap =
                    "The rule in force reads the impact of leaders and the three practice judgements; the last graded inspection has no grade recorded for: "
                    + missing.map { $0.displayName.lowercased() }.joined(separator: "; ") + "."
                // An inspection under an earlier version may carry only its overall grade: say so, and read that.
                guard last.judgements[.overallEffectiveness] != nil else { return gap }
                return gap + " By its overall grade instead: " + Self.overallGrade.explain(after: last)
            }
            let goodOrBetter: (JudgementArea) -> Bool = { [.outstanding, .good].contains(last.judgements[$0]) }
            let practiceGood = Self.practiceAreas.filter(goodOrBetter).count
            if needed.contains(where: { last.judgements[$0] == .inadequate }) {
                return "A judgement of the last graded inspection was inadequate: monitoring visits come first, then a standard inspection when Ofsted decides."
            }
            if goodOrBetter(.leadership) && practiceGood >= 2 {
                return
                    "The impact of leaders was good or better, and \(practiceGood) of the three practice judgements: the next inspection is likely a short inspection (one week on site), with a focused visit before it."
            }
            return
                "The impact of leaders was \(goodOrBetter(.leadership) ? "good or better" : "below good") and \(practiceGood) of the three practice judgements good or better (the rule needs leaders and at least two): the next inspection is likely a standard inspection (two weeks on site)."
        }
    }
}
