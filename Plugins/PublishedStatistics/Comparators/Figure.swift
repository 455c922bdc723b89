/// One published figure as the comparators use it: a number, or missing with the DfE's code.
struct Figure: Sendable, Equatable, Encodable {
    /// The number, when published.
    var value: Double?
    /// Why it is missing (`c`, `x`, ...), when it is; nil with a nil value means no row at all.
    var suppression: String?

    /// A published number.
    static func number(_ value: Double) -> Figure { Figure(value: value, suppression: nil) }
    /// No row for that area and year.
    static let absent = Figure(value: nil, suppression: nil)

    /// `23.1`, `suppressed (c)` or `not published`, for text and tables.
    var text: String {
        if let value { return Figure.format(value) }
        if let suppression { return "suppressed (\(suppression))" }
        return "not published"
    }

    /// A number with at most one decimal, as the DfE publishes most rates.
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
