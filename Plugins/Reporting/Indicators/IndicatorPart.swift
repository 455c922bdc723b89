import PluginKit

/// Lays out a group of indicator results as a report part: a chart of the percentages (this
/// snapshot against the previous), a table of definitions and figures, and a table by team.
enum IndicatorPart {
    static func make(heading: String, _ results: [IndicatorResult]) -> ReportPart {
        var part = ReportPart(heading: heading)
        let charted = results.filter { $0.percentage && $0.value != nil }
        if !charted.isEmpty {
            let highest = charted.max { $0.value! < $1.value! }!
            let lowest = charted.min { $0.value! < $1.value! }!
            part.charts.append(
                ReportChart(
                    title: "\(heading): indicators as percentages",
                    summary: "Bar chart of \(charted.count) indicator(s), this snapshot"
                        + (charted.contains { $0.previous != nil } ? " against the previous snapshot" : "")
                        + ". Highest: \(highest.title), \(highest.formatted(highest.value)); lowest: \(lowest.title), \(lowest.formatted(lowest.value)).",
                    unit: "%", series: ["This snapshot", "Previous snapshot"],
                    bars: charted.map { ReportChart.Bar(label: $0.title, values: [$0.value, $0.previous?.value(percentage: true)]) }))
        }
        part.tables.append(
            ReportTable(
                caption: "\(heading): each indicator's definition, value, counts and change since the previous snapshot",
                columns: ["Indicator", "Numerator", "Denominator", "Value", "Counts", "Previous", "Change"],
                rows: results.map { result in
                    guard let current = result.current else {
                        return [result.title, result.numerator, result.denominator, result.note ?? "not available", "", "", ""]
                    }
                    return [
                        result.title, result.numerator, result.denominator, result.formatted(result.value),
                        "\(current.total.numerator) / \(current.total.denominator)" + (result.note.map { "; " + $0 } ?? ""),
                        result.previous.map { result.formatted($0.value(percentage: result.percentage)) } ?? "",
                        result.formattedChange
                    ]
                }))
        let teamed = results.filter { !($0.current?.teams.isEmpty ?? true) }
        let byTeam = teamed.map { result in Dictionary(result.current!.teams.map { ($0.team, $0.figure) }, uniquingKeysWith: { $1 }) }
        let teams = Set(byTeam.flatMap(\.keys)).sorted()
        if !teams.isEmpty {
            part.tables.append(
                ReportTable(
                    caption: "\(heading): by allocated team (value, numerator / denominator)",
                    columns: ["Team"] + teamed.map(\.title),
                    rows: teams.map { team in
                        [team]
                            + zip(teamed, byTeam).map { result, figures in
                                guard let figure = figures[team] else { return "" }
                                return "\(result.formatted(figure.value(percentage: result.percentage))) (\(figure.numerator) / \(figure.denominator))"
                            }
                    }))
        }
        return part
    }
}
