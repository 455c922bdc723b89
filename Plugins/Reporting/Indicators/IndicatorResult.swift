/// An indicator's outcome for a report: its definition, this snapshot's figures and the
/// previous snapshot's total, ready to render.
struct IndicatorResult: Codable, Equatable, Sendable {
    var id: String
    var title: String
    var numerator: String
    var denominator: String
    var percentage: Bool
    /// Nil when the indicator cannot be computed for the snapshot (`note` says why).
    var current: IndicatorFigures?
    /// The previous snapshot's total, when there is a previous snapshot and it could be computed.
    var previous: IndicatorFigure?
    var note: String?

    /// The current value.
    var value: Double? { current?.total.value(percentage: percentage) }

    /// The change since the previous snapshot, in percentage points or units.
    var change: Double? {
        guard let value, let before = previous?.value(percentage: percentage) else { return nil }
        return value - before
    }

    /// A value as shown: `45.0%` or `12.3`; `no cases` when the denominator is zero.
    func formatted(_ value: Double?) -> String {
        guard let value else { return "no cases" }
        return Self.oneDecimal(value) + (percentage ? "%" : "")
    }

    /// The change as shown, in words so no spreadsheet reads it as a formula: `up 2.5 points`,
    /// `down 0.4`, `no change`, or why there is none.
    var formattedChange: String {
        guard let change else { return previous == nil ? "no previous snapshot" : "n/a" }
        let size = Self.oneDecimal(abs(change))
        guard size != "0.0" else { return "no change" }
        return (change > 0 ? "up " : "down ") + size + (percentage ? " points" : "")
    }

    /// `12.35` as `12.4` (half away from zero).
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded())
        return (value < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }
}
