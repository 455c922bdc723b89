import PluginKit

/// Draws a ``ReportChart`` as an inline SVG horizontal bar chart: one bar per series in each
/// group, values at the bar ends, a legend, and the chart's summary as its text alternative
/// (`role="img"` with `<title>` and `<desc>`). Colours are from the Okabe-Ito palette, which
/// stays distinguishable for colour-blind readers; every value is also printed as text.
enum SVGChart {
    /// Okabe-Ito blue, orange, bluish green, vermilion, reddish purple.
    static let palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7"]

    private static let width = 760, labelWidth = 320, barHeight = 14, gap = 10, top = 30

    /// The chart as SVG markup; `id` must be unique in the page.
    static func render(_ chart: ReportChart, id: String) -> String {
        let series = chart.series.count
        let groupHeight = series * barHeight + gap
        let height = top + chart.bars.count * groupHeight + 10
        let maximum = chart.unit == "%" ? 100 : max(1, chart.bars.flatMap { $0.values.compactMap { $0 } }.max() ?? 1)
        let plot = Double(width - labelWidth - 70)
        var svg = """
            <svg class="chart" role="img" aria-labelledby="\(id)-title \(id)-desc" viewBox="0 0 \(width) \(height)" width="100%" \
            preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
            <title id="\(id)-title">\(HTMLText.escape(chart.title))</title>
            <desc id="\(id)-desc">\(HTMLText.escape(chart.summary))</desc>

            """
        for (index, name) in chart.series.enumerated() {
            let x = labelWidth + index * 170
            svg += "<rect x=\"\(x)\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(palette[index % palette.count])\"/>"
            svg += "<text x=\"\(x + 18)\" y=\"16\">\(HTMLText.escape(name))</text>\n"
        }
        for (row, bar) in chart.bars.enumerated() {
            let y = top + row * groupHeight
            let label = bar.label.count > 44 ? String(bar.label.prefix(43)) + "…" : bar.label
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + series * barHeight / 2 + 4)\" text-anchor=\"end\">\(HTMLText.escape(label))</text>\n"
            for (index, value) in bar.values.enumerated() {
                guard let value else { continue }
                let length = max(1, plot * min(value, maximum) / maximum)
                let barY = y + index * barHeight
                svg +=
                    "<rect x=\"\(labelWidth)\" y=\"\(barY)\" width=\"\(IndicatorResult.oneDecimal(length))\" height=\"\(barHeight - 2)\" fill=\"\(palette[index % palette.count])\"/>"
                svg +=
                    "<text x=\"\(labelWidth + Int(length) + 4)\" y=\"\(barY + barHeight - 4)\" class=\"value\">\(HTMLText.escape(valueText(value, unit: chart.unit)))</text>\n"
            }
        }
        return svg + "</svg>"
    }

    /// `45.2%`, or `12 findings` for whole numbers in other units.
    static func valueText(_ value: Double, unit: String) -> String {
        let number = value == value.rounded() && unit != "%" ? String(Int(value)) : IndicatorResult.oneDecimal(value)
        return unit == "%" ? number + "%" : number + " " + unit
    }
}
