/// When the next inspection is likely: six months either side of the three-year anniversary of
/// the start of the last graded inspection (a standard or a short inspection).
///
/// Example: a short inspection that started on 20 May 2024 gives a window from 20 November 2026
/// to 20 November 2027. Focused visits, monitoring visits and joint targeted area inspections do
/// not move the window; the forecast's notes explain them when they came after it.
public struct InspectionWindow: Sendable, Equatable {
    /// The last graded inspection the window counts from.
    public var lastGraded: Inspection
    /// Three years after it started.
    public var anniversary: CalendarDate
    /// Six months before the anniversary.
    public var opens: CalendarDate
    /// Six months after the anniversary.
    public var closes: CalendarDate

    /// The inspection types that carry grades and so start a new three-year cycle.
    public static let gradedTypes: Set<InspectionType> = [.standard, .short]

    /// The window after `lastGraded`.
    public init(after lastGraded: Inspection) {
        self.lastGraded = lastGraded
        anniversary = lastGraded.startDate.adding(months: 36)
        opens = anniversary.adding(months: -6)
        closes = anniversary.adding(months: 6)
    }

    /// The forecast from an authority's inspection history, seen on `today`: inspections that
    /// start after `today` (announced by a call) are noted, not counted. The next inspection's
    /// likely type is explained by the rule of the framework version in force on `today`.
    public static func forecast(
        history: [Inspection], today: CalendarDate, versions: [FrameworkVersion] = FrameworkVersion.all
    ) -> InspectionWindowForecast {
        let sorted = history.sorted { $0.startDate < $1.startDate }.filter { $0.startDate <= today }
        let announced = history.filter { $0.startDate > today }.sorted { $0.startDate < $1.startDate }.map { inspection in
            "A \(inspection.type.displayName.lowercased()) is announced: on site from \(inspection.startDate.iso)\(inspection.endDate.map { " to \($0.iso)" } ?? "")."
        }
        guard let last = sorted.last(where: { gradedTypes.contains($0.type) }) else {
            return InspectionWindowForecast(
                window: nil, framework: FrameworkVersion.inForce(on: today, versions: versions),
                notes: announced + [
                    "No graded inspection (standard or short) is recorded, so there is no three-year anniversary to count from.",
                    "Record the last one, e.g.: ilacs-admin inspection record --type short --start 2024-05-13 --end 2024-05-17"
                ])
        }
        let window = InspectionWindow(after: last)
        var notes: [String] = []
        let since = sorted.filter { $0.startDate > last.startDate }
        for visit in since {
            switch visit.type {
            case .focusedVisit:
                notes.append(
                    "A focused visit started on \(visit.startDate.iso), after the last graded inspection. Focused visits are not graded and do not move the window; their findings feed the next inspection."
                )
            case .monitoringVisit:
                notes.append(
                    "A monitoring visit started on \(visit.startDate.iso). Monitoring visits follow an inadequate judgement; re-inspection comes when Ofsted judges progress allows, so treat the window as a guide only."
                )
            case .jtai:
                notes.append("A joint targeted area inspection started on \(visit.startDate.iso). JTAIs are separate from ILACS and do not move the window.")
            case .standard, .short:
                break
            }
        }
        let framework = FrameworkVersion.inForce(on: today, versions: versions)
        notes.append(framework.nextTypeRule.explain(after: last) + " (Rule of the framework in force: \(framework.name).)")
        if today < window.opens {
            notes.append("The window opens in \(window.opens.daysSinceEpoch - today.daysSinceEpoch) days.")
        } else if today <= window.closes {
            notes.append("Today is inside the window: a call can come in any week.")
        } else {
            notes.append("The window closed \(today.daysSinceEpoch - window.closes.daysSinceEpoch) days ago: by the usual rule an inspection is overdue.")
        }
        return InspectionWindowForecast(window: window, framework: framework, notes: announced + notes)
    }
}

/// The next likely window, when one can be worked out, and notes on the edge cases met.
public struct InspectionWindowForecast: Sendable, Equatable {
    /// The window; nil when no graded inspection is recorded.
    public var window: InspectionWindow?
    /// The framework version in force on the day seen from, whose rule explains the next type.
    public var framework: FrameworkVersion
    /// Plain sentences for the coordinator, in order.
    public var notes: [String]
}
