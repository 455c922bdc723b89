import Domain

/// The dates of one child's adoption journey, every one on or before the as-of date and in order:
/// entered care, decision, placement order, match, placement, order.
///
/// Built backwards from the event that puts the child in List 10 (the order, the placement, the
/// decision or its reversal), so that event falls in the twelve months.
struct AdoptionTimeline: Sendable {
    var enteredCare: CalendarDate
    var decision: CalendarDate
    var placementOrder: CalendarDate?
    var matching: CalendarDate?
    var placed: CalendarDate?
    var adoptionOrder: CalendarDate?
    var noLongerToPlace: CalendarDate?
    var reasonNoLongerPlaced: ReasonNoLongerPlacedForAdoption?
    var fosteringForAdoption: CalendarDate?

    /// A timeline for `stage`; `end` is the ceased date for adopted children, else the as-of date.
    init(stage: AdoptionStage, end: CalendarDate, window: ReportingWindow, using random: inout SeededRandom) {
        func before(_ date: CalendarDate, by days: ClosedRange<Int>) -> CalendarDate {
            date.adding(days: -random.int(in: days))
        }
        func after(_ date: CalendarDate, by days: ClosedRange<Int>) -> CalendarDate? {
            let later = date.adding(days: random.int(in: days))
            return later <= window.asOf ? later : nil
        }
        switch stage {
        case .adopted, .placed:
            let placed =
                stage == .adopted
                ? before(end, by: 70...300) : random.date(from: window.twelveMonthsAgo, through: window.asOf)
            let matching = before(placed, by: 7...45)
            let order = before(matching, by: 30...240)
            decision = before(order, by: 20...120)
            placementOrder = order
            self.matching = matching
            self.placed = placed
            adoptionOrder = stage == .adopted ? end : nil
        case .awaiting:
            decision = random.date(from: window.twelveMonthsAgo, through: window.asOf.adding(days: -7))
            placementOrder = after(decision, by: 20...150)
            matching = placementOrder.flatMap { random.chance(0.4) ? after($0, by: 30...200) : nil }
        case .reversed:
            let reversal = random.date(from: window.twelveMonthsAgo, through: window.asOf)
            decision = before(reversal, by: 60...400)
            placementOrder = random.chance(0.5) ? after(decision, by: 20...50) : nil
            noLongerToPlace = reversal
            reasonNoLongerPlaced = Self.reversalReasons.draw(using: &random)
        }
        enteredCare = before(decision, by: 60...300)
        if stage == .awaiting, random.chance(0.25) {
            fosteringForAdoption = random.date(from: enteredCare, through: decision)
        }
    }

    /// The placement a child at this stage is in: with adopters once placed, in a fostering for
    /// adoption placement when there is one, otherwise with foster carers.
    func placementType(using random: inout SeededRandom) -> PlacementType {
        if placed != nil { return random.chance(0.15) ? .a5 : .a6 }
        if fosteringForAdoption != nil { return random.chance(0.1) ? .u2 : .u5 }
        return noLongerToPlace != nil && random.chance(0.6) ? .u4 : .u6
    }

    private static let reversalReasons = WeightedTable<ReasonNoLongerPlacedForAdoption>([
        (.rd1, 30), (.rd2, 30), (.rd3, 25), (.rd4, 15)
    ])
}
