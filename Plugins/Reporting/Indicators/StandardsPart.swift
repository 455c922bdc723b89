import PluginKit
import PracticeStandards

/// The authority's own practice standards against this snapshot: each standard's timescale (the
/// one the indicator was measured with), its target, the figure and whether it met the target.
enum StandardsPart {
    static func make(standards: [String: PracticeStandard], results: [IndicatorResult]) -> ReportPart {
        let rows = MeasuredIndicator.all.compactMap { indicator -> [String]? in
            guard let standard = standards[indicator.id] else { return nil }
            let target = "\(IndicatorResult.oneDecimal(standard.target))%"
            guard let result = results.first(where: { $0.id == indicator.id }), let value = result.value else {
                return [standard.title, standard.timescale.description, target, "not measured from Annex A", ""]
            }
            let verdict = value >= standard.target ? "met" : "missed by \(IndicatorResult.oneDecimal(standard.target - value)) points"
            return [standard.title, standard.timescale.description, target, result.formatted(value), verdict]
        }
        return ReportPart(
            heading: "The authority's practice standards",
            paragraphs: [
                "Each indicator below is measured with the timescale of the authority's own standard (loaded with `ilacs-admin standards load`) and judged against its target; indicators without a local standard use the national timescale."
            ],
            tables: [
                ReportTable(
                    caption: "Practice standards: timescale measured, target, this snapshot's figure and whether it met the target",
                    columns: ["Standard", "Every", "Target", "This snapshot", "Target met"], rows: rows)
            ])
    }
}
