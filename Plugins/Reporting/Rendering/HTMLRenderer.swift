import PluginKit

/// Renders a readiness report as one self-contained HTML page: inline CSS, inline SVG charts,
/// no script and no external request (a Content-Security-Policy forbids them), printable, with
/// one `h1`, an `h2` per section and an `h3` per part, captions on every table and a text
/// alternative on every chart. All text is escaped.
enum HTMLRenderer {
    static func render(_ report: ReadinessReport) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <title>\(HTMLText.escape(report.title)): snapshot \(report.snapshotID)</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(report.title))</h1>
            <p>Annex A snapshot \(report.snapshotID), as of \(report.asOf.iso)\(report.previousSnapshotID.map { "; compared with snapshot \($0)" } ?? ""). Generated \(HTMLText.escape(report.generatedAt)).</p>
            <p class="notice">\(report.includesChildRows
                ? "This report includes child-level tables. It holds personal data: keep it on authority systems and delete it when no longer needed. Its creation is in the audit log."
                : "Aggregates only: this report holds no child-level rows.")</p>
            </header>
            <nav aria-label="Contents"><h2>Contents</h2><ol>

            """
        for section in report.sections {
            html += "<li><a href=\"#\(HTMLText.escape(section.anchor))\">\(HTMLText.escape(section.title))</a></li>\n"
        }
        html += "</ol></nav>\n<main>\n"
        var charts = 0
        for section in report.sections {
            let anchor = HTMLText.escape(section.anchor)
            html += "<section id=\"\(anchor)\" aria-labelledby=\"\(anchor)-heading\">\n<h2 id=\"\(anchor)-heading\">\(HTMLText.escape(section.title))</h2>\n"
            if let summary = section.content.summary { html += "<p>\(HTMLText.escape(summary))</p>\n" }
            for part in section.content.parts {
                if let heading = part.heading { html += "<h3>\(HTMLText.escape(heading))</h3>\n" }
                for paragraph in part.paragraphs { html += "<p>\(HTMLText.escape(paragraph))</p>\n" }
                for chart in part.charts {
                    charts += 1
                    html += "<figure>\n\(SVGChart.render(chart, id: "chart-\(charts)"))\n<figcaption>\(HTMLText.escape(chart.title))</figcaption>\n</figure>\n"
                }
                for plot in part.dotPlots ?? [] {
                    charts += 1
                    html += "<figure>\n\(SVGDotPlot.render(plot, id: "chart-\(charts)"))\n<figcaption>\(HTMLText.escape(plot.title))</figcaption>\n</figure>\n"
                }
                for table in part.tables { html += self.table(table) }
            }
            html += "</section>\n"
        }
        return html
            + "</main>\n<footer><p>ILACS Ready. Figures are computed from the named snapshot and can be reproduced from it.</p></footer>\n</body>\n</html>\n"
    }

    private static func table(_ table: ReportTable) -> String {
        var html =
            "<div class=\"table-wrap\"><table\(table.childLevel ? " class=\"child-level\"" : "")>\n<caption>\(HTMLText.escape(table.caption))</caption>\n<thead><tr>"
        html += table.columns.map { "<th scope=\"col\">\(HTMLText.escape($0))</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        if table.rows.isEmpty {
            html += "<tr><td colspan=\"\(max(1, table.columns.count))\">None.</td></tr>\n"
        }
        for row in table.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                html += index == 0 ? "<th scope=\"row\">\(HTMLText.escape(cell))</th>" : "<td>\(HTMLText.escape(cell))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    private static let style = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #505a5f; --rule: #b1b4b6; --accent: #0072B2; }
        body { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 70rem; padding: 1rem 1.5rem; }
        h1 { font-size: 2rem; margin: .5rem 0; } h2 { font-size: 1.5rem; border-bottom: 3px solid var(--accent); padding-bottom: .2rem; margin-top: 2.5rem; }
        h3 { font-size: 1.2rem; margin-top: 1.8rem; }
        .notice { border-left: 5px solid #E69F00; padding: .4rem .8rem; background: #fff8e6; }
        nav ol { columns: 2; } a { color: #005a8c; } a:focus { outline: 3px solid #E69F00; }
        figure { margin: 1rem 0; } figcaption { color: var(--muted); font-size: .9rem; }
        svg.chart { max-width: 760px; font-size: 12px; } svg.chart text { fill: var(--ink); }
        .table-wrap { overflow-x: auto; margin: 1rem 0; }
        table { border-collapse: collapse; font-size: .9rem; } caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { border: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #f3f2f1; } tbody th { font-weight: 600; }
        table.child-level caption::after { content: " (child-level)"; color: #D55E00; }
        footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; } nav { display: none; }
          section { break-before: page; } h2, h3, caption { break-after: avoid; } tr, figure { break-inside: avoid; }
          .table-wrap { overflow: visible; } a { color: inherit; text-decoration: none; }
        }
        """
}
