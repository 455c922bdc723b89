import Foundation
import PracticeStandards

extension IndicatorCatalogue {
    /// The indicators whose timescale a practice standard can set: the two dates the SQL measures
    /// between, and the national timescale as the title and numerator write it.
    private static let timed: [String: (from: String, to: String, phrase: String, numeratorPhrase: String)] = [
        "cp_visits": ("t.date_of_last_statutory_visit", "$2::date", "10 working days", "10 working days"),
        "cic_visits": ("t.date_of_last_social_work_visit", "$2::date", "6 weeks", "42 days"),
        "assessments_45_days": ("t.assessment_start_date", "t.assessment_authorisation_date", "45 working days", "45 working days"),
        "s47_icpc_15_days": ("t.strategy_discussion_date", "t.icpc_date", "15 working days", "15 working days")
    ]

    /// `indicators` with each local practice standard's timescale in place of the national one,
    /// in the SQL, the title and the numerator; indicators without a standard are unchanged.
    static func applying(_ standards: [String: PracticeStandard], to indicators: [Indicator]) -> [Indicator] {
        indicators.map { indicator in
            guard let standard = standards[indicator.id], let dates = timed[indicator.id], case .share(let population, _) = indicator.measure else {
                return indicator
            }
            var measured = indicator
            let timescale = standard.timescale
            measured.measure = .share(population: population, condition: condition(timescale, from: dates.from, to: dates.to))
            measured.title = indicator.title.replacingOccurrences(of: dates.phrase, with: timescale.description) + " (local standard)"
            measured.numerator = indicator.numerator.replacingOccurrences(of: dates.numeratorPhrase, with: timescale.description)
            return measured
        }
    }

    /// The SQL that holds when `to` is no more than `timescale` after `from`.
    static func condition(_ timescale: Timescale, from: String, to: String) -> String {
        switch timescale.unit {
        case .workingDays: "reporting_working_days(\(from), \(to)) <= \(timescale.amount)"
        case .days: "(\(to))::date - \(from) <= \(timescale.amount)"
        case .weeks: "(\(to))::date - \(from) <= \(timescale.amount * 7)"
        case .months: "\(from) >= ((\(to))::date - interval '\(timescale.amount) months')::date"
        }
    }
}
