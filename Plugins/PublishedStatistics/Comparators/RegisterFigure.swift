/// The authority's own current workforce figure, from the workforce register at the snapshot's
/// as-of date: a number with how it was made, or why it cannot be made; and always how its
/// definition differs from the published one.
struct RegisterFigure: Sendable, Encodable {
    var measure: RegisterMeasure
    /// The as-of date, ISO (`2026-11-25`).
    var asOf: String
    /// The figure, when the register allows it.
    var value: Double?
    /// What it was made of (`4.6 agency FTE of 52.4 social worker FTE`), or why it cannot be made.
    var basis: String
    /// How its definition differs from the published one.
    var differs: String
    /// Where it would rank among the authorities' published figures of the latest year (its own
    /// published figure left out); nil without a value.
    var rank: Comparison.Rank?

    /// `12.3` or `not computable`, for text and tables.
    var text: String { value.map(Figure.format) ?? "not computable" }
}
