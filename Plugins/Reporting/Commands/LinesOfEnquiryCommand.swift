import ArgumentParser
import PluginKit

/// `ilacs-admin inspection lines-of-enquiry`: lists or adds the year's key lines of enquiry.
struct LinesOfEnquiryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lines-of-enquiry",
        abstract: "List the key lines of enquiry per year, or add one for a year.",
        discussion: """
            Ofsted's key lines of enquiry change yearly, so they are data. The 2024 list is \
            stored from the start. A line's theme links it to the readiness indicators that speak \
            to it: placement_sufficiency, workforce, regulation, not_in_school, stable_homes (or a \
            new theme, which then has no indicator).

            Examples:
              ilacs-admin inspection lines-of-enquiry
              ilacs-admin inspection lines-of-enquiry --year 2026 --add "Placement sufficiency" --theme placement_sufficiency
            """
    )

    @Option(help: "The inspection year to list, or to add to.")
    var year: Int?

    @Option(help: "A line of enquiry to add to --year.")
    var add: String?

    @Option(help: "The theme of the line added (lower case, underscores).")
    var theme: String?

    func validate() throws {
        if add != nil && (year == nil || theme == nil) {
            throw ValidationError("--add needs --year and --theme, e.g. --year 2026 --add \"Placement sufficiency\" --theme placement_sufficiency")
        }
    }

    func run() async throws {
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            if let add, let year, let theme {
                try await runtime.pool.query(
                    """
                    INSERT INTO reporting_lines_of_enquiry (year, position, theme, title)
                    SELECT $1, coalesce(max(position), 0) + 1, $2, $3 FROM reporting_lines_of_enquiry WHERE year = $1
                    """, [year, theme, add])
            }
            let lines = try await LineOfEnquiry.all(year: year, on: runtime.pool)
            var current: Int?
            for line in lines {
                if line.year != current {
                    print("\(line.year)")
                    current = line.year
                }
                print("  \(line.position). \(line.title) [\(line.theme)]")
            }
        }
    }
}
