/// The shape of every day on site: when conversations may start and must end, how long a slot is,
/// and the breaks (lunch, say) in which no conversation runs.
public struct DayShape: Sendable, Hashable, Codable {
    /// Minutes after midnight at which the first slot may start.
    public var start: Int
    /// Minutes after midnight by which the last slot must end.
    public var end: Int
    /// The length of one conversation slot, in minutes.
    public var slotLength: Int
    /// Breaks: no slot overlaps one. Each must lie inside the day.
    public var breaks: [TimeRange]

    /// A day from `start` to `end` (minutes after midnight) cut into slots of `slotLength` minutes
    /// around `breaks`.
    public init(start: Int, end: Int, slotLength: Int, breaks: [TimeRange] = []) {
        self.start = start
        self.end = end
        self.slotLength = slotLength
        self.breaks = breaks
    }

    /// The slots in time order: back to back from `start`; a slot that would overlap a break starts
    /// when the break ends instead; none runs past `end`.
    /// - Throws: ``WeekSchedulingError`` when the day ends before it starts, a slot length is not
    ///   positive, a break is empty or outside the day, or no slot fits.
    public func slots() throws -> [TimeRange] {
        let day = TimeRange(start: start, end: end)
        guard start >= 0, end <= 24 * 60 else {
            throw WeekSchedulingError(.dayShape, "the day on site \(day.label) must lie within one calendar day")
        }
        guard end > start else {
            throw WeekSchedulingError(.dayShape, "the day on site ends (\(TimeRange.clock(end))) before it starts (\(TimeRange.clock(start)))")
        }
        guard slotLength > 0 else { throw WeekSchedulingError(.dayShape, "the slot length must be a positive number of minutes") }
        for (index, pause) in breaks.enumerated() where pause.end <= pause.start || pause.start < start || pause.end > end {
            throw WeekSchedulingError(.dayShape, "break \(index + 1) (\(pause.label)) must be a non-empty time inside the day \(day.label)")
        }
        var slots: [TimeRange] = []
        var next = start
        while next + slotLength <= end {
            let slot = TimeRange(start: next, end: next + slotLength)
            if let pause = breaks.filter({ $0.overlaps(slot) }).max(by: { $0.end < $1.end }) {
                next = pause.end
                continue
            }
            slots.append(slot)
            next = slot.end
        }
        guard !slots.isEmpty else { throw WeekSchedulingError(.dayShape, "no \(slotLength)-minute slot fits in the day \(day.label) around its breaks") }
        return slots
    }
}
