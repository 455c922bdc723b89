import PluginKit
import Postgres
import PracticeStandards

/// Reporting's part of the opening summary (``SummaryFindings/point``): the Annex A indicators
/// that miss the authority's own target (measured with its practice standard's timescale) and
/// those that got worse since the previous snapshot, each with how far.
///
/// How far: a missed target by the shortfall as a share of the target; a change for the worse by
/// the change as a share of the previous value (at least 1), as the published comparisons measure
/// a worse year.
struct SnapshotFindings: SummaryFindingSource {
    /// Which way is better for each indicator with a direction; the rest (kinship care, say) are context.
    static let higherIsBetter: [String: Bool] = [
        "re_referrals": false, "referrals_nfa": false, "assessments_45_days": true, "assessments_child_seen": true, "s47_icpc_15_days": true,
        "cp_two_years": false, "cp_repeat": false, "cp_visits": true, "cp_seen_alone": true, "cic_placement_stability": false,
        "cic_out_of_area": false, "cic_private_provision": false, "cic_under_16_unregulated": false, "cic_health": true, "cic_dental": true,
        "cic_reviews": true, "cic_visits": true, "cic_missing": false, "cic_return_offered": true, "cic_return_accepted": true,
        "leavers_in_touch": true, "leavers_suitable_accommodation": true, "leavers_eet": true, "adoption_14_months": true,
        "cases_per_worker": false, "unallocated_cases": false, "not_in_school": false
    ]

    func weaknesses(for request: ReportRequest, on connection: PostgresConnection) async throws -> [SummaryFinding] {
        let standards = try await PracticeStandardsStore.current(on: connection)
        let indicators = IndicatorCatalogue.applying(standards, to: IndicatorCatalogue.all)
        let results = try await IndicatorResultsMemo.results(indicators, for: request, on: connection)
        return results.compactMap { Self.finding($0, standard: standards[$0.id], request: request) }
    }

    /// What `result` says is weak: short of `standard`'s target, or worse than the previous snapshot.
    static func finding(_ result: IndicatorResult, standard: PracticeStandard?, request: ReportRequest) -> SummaryFinding? {
        guard let value = result.value else { return nil }
        var reasons: [String] = []
        var distance = 0.0
        if let standard, value < standard.target {
            reasons.append(
                "misses the authority's target of \(IndicatorResult.oneDecimal(standard.target))% (every \(standard.timescale)) by "
                    + "\(IndicatorResult.oneDecimal(standard.target - value)) points")
            distance = (standard.target - value) / max(standard.target, 1)
        }
        if let higher = higherIsBetter[result.id], let change = result.change, let before = result.previous?.value(percentage: result.percentage),
            (higher ? -change : change) > 0, IndicatorResult.oneDecimal(abs(change)) != "0.0"
        {
            reasons.append("worse than snapshot \(request.previousSnapshotID.map(String.init) ?? "before") (\(result.formatted(before)))")
            distance = max(distance, abs(change) / max(abs(before), 1))
        }
        guard !reasons.isEmpty else { return nil }
        return SummaryFinding(
            title: result.title, value: result.formatted(value), reasons: reasons, distance: distance, source: "Annex A snapshot \(request.snapshotID)")
    }
}
