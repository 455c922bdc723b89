import Postgres

/// One line of the readiness report's opening summary ("where we look weak"): an indicator, the
/// authority's value, why it is listed and how far it is from where it should be.
public struct SummaryFinding: Sendable, Equatable {
    /// The indicator's title.
    public var title: String
    /// The authority's value as shown (`23.1%`).
    public var value: String
    /// Why it is listed, each in a few words (`misses the authority's target of 90% by 4.5 points`).
    public var reasons: [String]
    /// How far, as a share of what it is compared with: the larger, the earlier it is listed.
    public var distance: Double
    /// Where the figure comes from (`published 2025`, `Annex A snapshot 12`).
    public var source: String

    /// Creates a finding.
    public init(title: String, value: String, reasons: [String], distance: Double, source: String) {
        self.title = title
        self.value = value
        self.reasons = reasons
        self.distance = distance
        self.source = source
    }
}

/// What a plugin adds to the opening summary's weaknesses: Reporting adds the Annex A indicators
/// that miss the authority's own target or got worse since the previous snapshot, which the
/// published statistics plugin ranks beside its own comparisons.
///
/// To add some: conform a type to `SummaryFindingSource`, then offer it with
/// `ExtensionImplementation(SummaryFindings.point, name: "my-findings", summary: "...") { _ in MyFindings() }`.
public protocol SummaryFindingSource: Sendable {
    /// The weaknesses seen in `request`'s snapshot, read on `connection` (the report's read-only transaction).
    func weaknesses(for request: ReportRequest, on connection: PostgresConnection) async throws -> [SummaryFinding]
}

/// Where summary findings plug in: every enabled implementation is used.
public enum SummaryFindings {
    /// The extension point, named `report.summary.findings`.
    public static let point = ExtensionPoint<any SummaryFindingSource>(name: "report.summary.findings")
}
