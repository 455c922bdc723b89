import PluginKit

/// Draws a ``ReportDotPlot`` as an inline SVG on one horizontal axis: background dots faint
/// grey, highlighted dots Okabe-Ito orange, the marked dot a vermilion diamond with its value,
/// reference lines dashed blue with theirs, and a legend. The plot's summary is its text
/// alternative (`role="img"` with `<title>` and `<desc>`); the figures are in a table beside it.
enum SVGDotPlot {
    private static let width = 760, left = 30, right = 30, axisY = 96, height = 150

    /// The plot as SVG markup; `id` must be unique in the page.
    static func render(_ plot: ReportDotPlot, id: String) -> String {
        let values = plot.points.map(\.value) + plot.lines.map(\.value)
        let low = values.min() ?? 0
        let high = values.max() ?? 1
        let pad = max((high - low) * 0.05, 0.5)
        // Figures that cannot go below zero (shares, rates) keep the axis at zero or above.
        let (from, to) = (low >= 0 ? max(0, low - pad) : low - pad, high + pad)
        func x(_ value: Double) -> String {
            IndicatorResult.oneDecimal(Double(left) + Double(width - left - right) * (value - from) / (to - from))
        }
        // A label centred on its dot, kept inside the plot near either end.
        func labelX(_ value: Double) -> String {
            IndicatorResult.oneDecimal(min(max(Double(x(value)) ?? 0, 90), Double(width - 90)))
        }
        var svg = """
            <svg class="chart dot-plot" role="img" aria-labelledby="\(id)-title \(id)-desc" viewBox="0 0 \(width) \(height)" width="100%" \
            preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
            <title id="\(id)-title">\(HTMLText.escape(plot.title))</title>
            <desc id="\(id)-desc">\(HTMLText.escape(plot.summary))</desc>
            <line x1="\(left)" y1="\(axisY)" x2="\(width - right)" y2="\(axisY)" stroke="#666"/>
            <text x="\(left)" y="\(axisY + 16)">\(HTMLText.escape(SVGChart.valueText(from, unit: plot.unit)))</text>
            <text x="\(width - right)" y="\(axisY + 16)" text-anchor="end">\(HTMLText.escape(SVGChart.valueText(to, unit: plot.unit)))</text>

            """
        for line in plot.lines {
            svg += "<line x1=\"\(x(line.value))\" y1=\"24\" x2=\"\(x(line.value))\" y2=\"\(axisY)\" stroke=\"#0072B2\" stroke-dasharray=\"4 3\"/>"
            svg +=
                "<text x=\"\(labelX(line.value))\" y=\"18\" text-anchor=\"middle\">\(HTMLText.escape("\(line.label) \(SVGChart.valueText(line.value, unit: plot.unit))"))</text>\n"
        }
        // Background first, so highlighted and marked dots are drawn on top; a small fixed
        // stagger keeps equal values from hiding each other.
        for emphasis in [ReportDotPlot.Emphasis.background, .highlighted, .marked] {
            for (index, point) in plot.points.enumerated() where point.emphasis == emphasis {
                let y = axisY - 14 - (index % 4) * 5
                switch emphasis {
                case .background:
                    svg += "<circle cx=\"\(x(point.value))\" cy=\"\(y)\" r=\"3\" fill=\"#999\" fill-opacity=\"0.35\"/>"
                case .highlighted:
                    svg += "<circle cx=\"\(x(point.value))\" cy=\"\(y)\" r=\"5\" fill=\"#E69F00\" stroke=\"#000\" stroke-width=\"0.5\"/>"
                case .marked:
                    let cx = x(point.value)
                    svg += "<path d=\"M \(cx) \(axisY - 44) l 7 7 l -7 7 l -7 -7 z\" fill=\"#D55E00\" stroke=\"#000\" stroke-width=\"0.5\"/>"
                    svg +=
                        "<text x=\"\(labelX(point.value))\" y=\"\(axisY - 50)\" text-anchor=\"middle\" class=\"value\">"
                        + "\(HTMLText.escape("\(point.label) \(SVGChart.valueText(point.value, unit: plot.unit))"))</text>"
                }
            }
            svg += "\n"
        }
        let legendY = height - 12
        svg += """
            <circle cx="\(left + 6)" cy="\(legendY - 4)" r="3" fill="#999" fill-opacity="0.35"/><text x="\(left + 14)" y="\(legendY)">every authority</text>
            <circle cx="\(left + 136)" cy="\(legendY - 4)" r="5" fill="#E69F00"/><text x="\(left + 146)" y="\(legendY)">statistical neighbours</text>
            <path d="M \(left + 316) \(legendY - 11) l 7 7 l -7 7 l -7 -7 z" fill="#D55E00"/><text x="\(left + 328)" y="\(legendY)">this authority</text>
            <line x1="\(left + 440)" y1="\(legendY - 10)" x2="\(left + 440)" y2="\(legendY + 2)" stroke="#0072B2" stroke-dasharray="4 3"/>\
            <text x="\(left + 448)" y="\(legendY)">England</text>
            </svg>
            """
        return svg
    }
}
