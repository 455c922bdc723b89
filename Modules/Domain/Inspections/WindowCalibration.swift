/// How the three-year window has worked in practice, measured on the national record of graded
/// inspections, and what that says about the weeks ahead for one authority.
///
/// 1. **Pairs.** For each authority, consecutive graded inspections (A, B) where A started on or
///    after ``from`` (so the 2020 pause, when no inspection ran, is left out by default) and A's
///    overall grade was not inadequate (inadequate leads to monitoring visits, not the window).
/// 2. **Distance.** B's start minus the three-year anniversary of A's start, in days: before the
///    window (six months either side of the anniversary) is *early*, after it *late*.
/// 3. **Censoring.** An authority whose latest such inspection A has no successor yet is still
///    waiting: it is counted as censored at ``observedUntil`` (the latest start in the record,
///    since the record cannot know of inspections after it).
/// 4. **Survival.** A Kaplan-Meier estimate over the days from A's start to B's start.
/// 5. **The call.** The call comes the week before the start (inspectors arrive the Monday
///    after it), so it is taken as seven days before the start: the chance of a call in the
///    week after day e is [S(e + 7k) − S(e + 7k + 7)] / S(e + 7) for the k-th week, where e is
///    the days since the authority's last graded inspection started and no call has come yet.
public struct WindowCalibration: Sendable {
    /// Where a re-inspection started, against the window of the one before.
    public enum Position: String, Sendable, CaseIterable {
        case early, inside, late
    }

    /// Two consecutive graded inspections of one authority.
    public struct Pair: Sendable, Equatable {
        /// The earlier inspection.
        public var earlier: GradedInspectionRecord
        /// When the next one started.
        public var laterStart: CalendarDate
        /// `laterStart` minus the earlier one's three-year anniversary, in days.
        public var daysFromAnniversary: Int
        /// Against the earlier one's window.
        public var position: Position
    }

    /// The figures for a group of pairs.
    public struct Summary: Sendable, Equatable {
        /// What the group is, e.g. "all" or "after good".
        public var label: String
        /// Pairs in the group.
        public var pairs: Int
        /// Pairs by position.
        public var early: Int, inside: Int, late: Int
        /// Quartiles of the days from the anniversary (linear interpolation between order
        /// statistics, as numpy's default); nil for an empty group.
        public var lowerQuartile: Double?, median: Double?, upperQuartile: Double?

        /// The share of pairs inside the window; nil for an empty group.
        public var insideShare: Double? { pairs == 0 ? nil : Double(inside) / Double(pairs) }
    }

    /// The chance of the call in one week ahead.
    public struct WeeklyChance: Sendable, Equatable {
        /// The week's first and last days.
        public var first: CalendarDate, last: CalendarDate
        /// The estimated chance, given that no call has come by the day before `first`.
        public var chance: Double
    }

    /// Pairs count only when the earlier inspection started on or after this date.
    public let from: CalendarDate
    /// The latest start in the record: waiting authorities are censored here.
    public let observedUntil: CalendarDate
    /// Every pair counted, by authority then date.
    public let pairs: [Pair]
    /// The earlier inspections still waiting for their successor.
    public let waiting: [GradedInspectionRecord]
    /// The Kaplan-Meier estimate over days between starts.
    public let survival: KaplanMeier

    /// The default start: mid-2020, after the pause in inspections from March 2020.
    public static let defaultFrom = CalendarDate(year: 2020, month: 7, day: 1)!

    /// Measures `records` (graded inspections of every authority).
    public init(records: [GradedInspectionRecord], from: CalendarDate = defaultFrom) {
        self.from = from
        let unique = Set(records)
        observedUntil = unique.map(\.start).max() ?? from
        var pairs: [Pair] = []
        var waiting: [GradedInspectionRecord] = []
        for (_, inspections) in Dictionary(grouping: unique, by: \.authority).sorted(by: { $0.key < $1.key }) {
            let ordered = inspections.sorted { $0.start < $1.start }
            for (index, earlier) in ordered.enumerated() where earlier.start >= from && earlier.overall != .inadequate {
                guard index + 1 < ordered.count else {
                    waiting.append(earlier)
                    continue
                }
                let window = InspectionWindow(after: Inspection(id: "", type: .short, startDate: earlier.start, endDate: nil, judgements: [:]))
                let later = ordered[index + 1].start
                let position: Position = later < window.opens ? .early : later > window.closes ? .late : .inside
                pairs.append(
                    Pair(
                        earlier: earlier, laterStart: later, daysFromAnniversary: later.daysSinceEpoch - window.anniversary.daysSinceEpoch,
                        position: position))
            }
        }
        self.pairs = pairs
        self.waiting = waiting
        let observedUntil = observedUntil
        survival = KaplanMeier(
            pairs.map { (Double($0.laterStart.daysSinceEpoch - $0.earlier.start.daysSinceEpoch), true) }
                + waiting.map { (Double(observedUntil.daysSinceEpoch - $0.start.daysSinceEpoch), false) })
    }

    /// All pairs, then the pairs by the earlier inspection's overall grade (best first, then
    /// those with none given), leaving out empty groups.
    public var summaries: [Summary] {
        let groups: [(String, [Pair])] =
            [("all", pairs)]
            + (Judgement.allCases.map(Optional.some) + [nil]).map { grade in
                ("after \(grade?.displayName.lowercased() ?? "no overall grade")", pairs.filter { $0.earlier.overall == grade })
            }
        return groups.filter { $0.0 == "all" || !$0.1.isEmpty }.map { Self.summary($0.0, $0.1) }
    }

    /// The chance of the call in each of the next `weeks` weeks after `today`, for an authority
    /// whose last graded inspection started on `lastGradedStart` and which has had no call yet;
    /// nil when no authority in the record waited that long (the estimate has nothing to say).
    public func callChances(lastGradedStart: CalendarDate, today: CalendarDate, weeks: Int = 8) -> [WeeklyChance]? {
        let elapsed = Double(today.daysSinceEpoch - lastGradedStart.daysSinceEpoch)
        let stillWaiting = survival.survival(at: elapsed + 7)
        guard stillWaiting > 0 else { return nil }
        return (1...weeks).map { week in
            let start = elapsed + Double(7 * week)
            return WeeklyChance(
                first: today.adding(days: 7 * (week - 1) + 1), last: today.adding(days: 7 * week),
                chance: (survival.survival(at: start) - survival.survival(at: start + 7)) / stillWaiting)
        }
    }

    private static func summary(_ label: String, _ pairs: [Pair]) -> Summary {
        let days = pairs.map { Double($0.daysFromAnniversary) }.sorted()
        let count = { (position: Position) in pairs.filter { $0.position == position }.count }
        return Summary(
            label: label, pairs: pairs.count, early: count(.early), inside: count(.inside), late: count(.late),
            lowerQuartile: quantile(days, 0.25), median: quantile(days, 0.5), upperQuartile: quantile(days, 0.75))
    }

    /// The `p` quantile of sorted `values` by linear interpolation between order statistics.
    static func quantile(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let position = Double(values.count - 1) * p
        let below = Int(position.rounded(.down))
        let above = min(below + 1, values.count - 1)
        return values[below] + (position - Double(below)) * (values[above] - values[below])
    }
}
