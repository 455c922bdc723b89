/// One of the authority's own practice standards: how often something must happen, and the share
/// of children (or workers) it must happen for ("children on a plan are seen at least every 10
/// working days, for 95% of them").
///
/// A standard sets both the timescale the readiness report's SQL measures and the target its
/// figure is judged against. An indicator without one uses its national timescale
/// (``MeasuredIndicator/nationalTimescale``) and has no target.
public struct PracticeStandard: Sendable, Equatable, Codable {
    /// The indicator it sets (`cp_visits`), one of ``MeasuredIndicator/all``.
    public var indicator: String
    /// The standard in the authority's words.
    public var title: String
    /// At least every ...
    public var timescale: Timescale
    /// The share that must meet it, 0 to 100 (percent).
    public var target: Double

    /// Creates a standard.
    public init(indicator: String, title: String, timescale: Timescale, target: Double) {
        self.indicator = indicator
        self.title = title
        self.timescale = timescale
        self.target = target
    }
}

/// A timescale: a positive number of working days (Monday to Friday), days, weeks or months.
public struct Timescale: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The units a timescale is written in.
    public enum Unit: String, Sendable, Codable, CaseIterable {
        case workingDays = "working days"
        case days
        case weeks
        case months
    }

    /// How many units; always 1 or more.
    public var amount: Int
    public var unit: Unit

    /// Creates a timescale; `amount` must be 1 or more.
    public init(_ amount: Int, _ unit: Unit) {
        precondition(amount > 0, "a timescale is at least 1")
        self.amount = amount
        self.unit = unit
    }

    /// `10 working days`, `6 weeks`.
    public var description: String {
        amount == 1 ? "1 \(String(unit.rawValue.dropLast()))" : "\(amount) \(unit.rawValue)"
    }
}

/// An indicator a practice standard can set: its id, what it measures and the national timescale
/// it uses without a local standard.
public struct MeasuredIndicator: Sendable, Equatable {
    /// The id used in the standards file (`cp_visits`).
    public var id: String
    /// What it measures, for the example file and errors.
    public var measures: String
    /// The statutory or national timescale; nil when there is none (supervision).
    public var nationalTimescale: Timescale?
    /// Where the national timescale comes from.
    public var basis: String

    /// The indicators a standard can set.
    public static let all: [MeasuredIndicator] = [
        MeasuredIndicator(
            id: "cp_visits", measures: "children on a child protection plan are seen (List 7's last statutory visit)",
            nationalTimescale: Timescale(10, .workingDays), basis: "Working Together to Safeguard Children: at least every 10 working days"),
        MeasuredIndicator(
            id: "cic_visits", measures: "children in care are visited by their social worker (List 8's last social-work visit)",
            nationalTimescale: Timescale(6, .weeks), basis: "Care Planning Regulations 2010, reg. 28: at intervals of not more than six weeks"),
        MeasuredIndicator(
            id: "assessments_45_days", measures: "assessments are completed (List 4)",
            nationalTimescale: Timescale(45, .workingDays), basis: "Working Together: within 45 working days of the referral"),
        MeasuredIndicator(
            id: "s47_icpc_15_days", measures: "initial child protection conferences are held after the strategy discussion (List 5)",
            nationalTimescale: Timescale(15, .workingDays), basis: "Working Together: within 15 working days of the strategy discussion"),
        MeasuredIndicator(
            id: "supervision", measures: "social workers are supervised (the staff register, not Annex A)",
            nationalTimescale: nil, basis: "no statutory minimum; every 4 weeks is a common local standard")
    ]

    /// The indicator with `id`, if a standard can set it.
    public static func named(_ id: String) -> MeasuredIndicator? { all.first { $0.id == id } }
}
