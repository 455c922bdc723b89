/// The Kaplan-Meier estimate of a survival function from durations, some of them censored (the
/// event had not happened when observation stopped).
///
/// At each distinct event time t, S(t) = S(t⁻) × (1 − d/n), where d is the number of events at
/// t and n the number still at risk just before t (censored durations equal to t count as at
/// risk, as `lifelines` counts them). S is 1 before the first event and is a step function.
public struct KaplanMeier: Sendable, Equatable {
    /// One step: the estimate from `time` (inclusive) to the next step.
    public struct Step: Sendable, Equatable {
        /// An event time.
        public var time: Double
        /// Those at risk just before it.
        public var atRisk: Int
        /// Events at it.
        public var events: Int
        /// The estimate from it on.
        public var survival: Double
    }

    /// The steps, by time.
    public private(set) var steps: [Step] = []
    /// The number of durations observed.
    public let observations: Int
    /// How many of them ended in the event.
    public let events: Int

    /// Fits the estimate to `durations`, each with whether the event was observed (`true`) or
    /// the duration is censored (`false`).
    public init(_ durations: [(time: Double, observed: Bool)]) {
        observations = durations.count
        events = durations.filter(\.observed).count
        let sorted = durations.sorted { $0.time < $1.time }
        var atRisk = sorted.count
        var survival = 1.0
        var index = 0
        while index < sorted.count {
            let time = sorted[index].time
            var deaths = 0
            var leaving = 0
            while index < sorted.count && sorted[index].time == time {
                if sorted[index].observed { deaths += 1 }
                leaving += 1
                index += 1
            }
            if deaths > 0 {
                survival *= 1 - Double(deaths) / Double(atRisk)
                steps.append(Step(time: time, atRisk: atRisk, events: deaths, survival: survival))
            }
            atRisk -= leaving
        }
    }

    /// S(t): the estimated chance that the event has not happened by `time` (inclusive).
    public func survival(at time: Double) -> Double {
        steps.last { $0.time <= time }?.survival ?? 1
    }
}
