/// The kind of Ofsted activity under the ILACS framework (or a joint targeted area inspection).
///
/// Raw values are stable snake_case strings for storage.
public enum InspectionType: String, Sendable, Hashable, CaseIterable {
    /// Two weeks on site, for authorities judged to require improvement.
    case standard
    /// One week on site, for authorities judged good or outstanding.
    case short
    /// One area of service or cohort, typically two inspectors for two days, no grade.
    case focusedVisit = "focused_visit"
    /// For authorities judged inadequate.
    case monitoringVisit = "monitoring_visit"
    /// Joint targeted area inspection with CQC and HMICFRS.
    case jtai

    /// The name to show users.
    public var displayName: String {
        switch self {
        case .standard: "Standard inspection"
        case .short: "Short inspection"
        case .focusedVisit: "Focused visit"
        case .monitoringVisit: "Monitoring visit"
        case .jtai: "Joint targeted area inspection"
        }
    }
}
