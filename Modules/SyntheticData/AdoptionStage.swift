/// Where a child with adoption activity in the twelve months stands (List 10).
enum AdoptionStage: Sendable {
    /// Adopted in the six months: the adoption order ended the period of care.
    case adopted
    /// Living with prospective adopters, not yet adopted.
    case placed
    /// Decided on for adoption, perhaps with a placement order or a match, not yet placed.
    case awaiting
    /// The decision to place for adoption was reversed in the twelve months.
    case reversed

    /// How a run's adoption children divide into stages: the ceased children who were adopted,
    /// and the stages of the first children in care, in order.
    static func plan(total: Int, inCare: Int, ceased: Int) -> (adopted: Int, inCare: [AdoptionStage]) {
        let adopted = min((Double(total) * 0.35).roundedInt, ceased * 2 / 5)
        let cap = inCare / 10
        let placed = min((Double(total) * 0.3).roundedInt, cap)
        let reversed = min((Double(total) * 0.05).roundedInt, cap - placed)
        let awaiting = max(0, min(total - adopted - placed - reversed, cap - placed - reversed))
        let stages =
            Array(repeating: AdoptionStage.placed, count: placed)
            + Array(repeating: .awaiting, count: awaiting) + Array(repeating: .reversed, count: reversed)
        return (adopted, stages)
    }
}
