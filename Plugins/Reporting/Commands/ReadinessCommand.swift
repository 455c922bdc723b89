import ArgumentParser
import Foundation
import PluginKit

/// `ilacs-admin report readiness`: writes the readiness report of a snapshot.
struct ReadinessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract: "Write the readiness report of a snapshot as HTML, JSON or CSV.",
        discussion: """
            The report holds every enabled plugin's section: the inspection timeline and \
            checklist, the readiness indicators (each with its definition, a breakdown by team and \
            the change since the previous snapshot, grouped under the year's key lines of \
            enquiry), data quality, and any other plugin's section. HTML is one self-contained \
            page (no scripts, no external requests) that prints well.

            Aggregates only by default. --with-child-rows adds child-level tables (the children \
            behind each indicator and each data-quality finding); that request is recorded in the \
            audit log with --reason.

            The format follows --format, else the extension of --out (.html, .json, .csv). \
            Without --snapshot the latest snapshot is reported.

            Examples:
              ilacs-admin report readiness --snapshot 4 --out readiness.html
              ilacs-admin report readiness --out readiness.csv
              ilacs-admin report readiness --snapshot 4 --out cases.html \\
                --with-child-rows --reason "QA audit"
            """
    )

    @Option(help: "The snapshot's id (default: the latest, by as-of date).")
    var snapshot: Int?

    @Option(help: "The file to write.")
    var out: String

    @Option(help: "html, json or csv (default: from the extension of --out, else html).")
    var format: ReportFormat?

    @Flag(help: "Add child-level tables (audit-logged).")
    var withChildRows = false

    @Option(help: "Why child-level tables are needed (kept in the audit log); required with --with-child-rows.")
    var reason: String?

    func validate() throws {
        try Self.validate(withChildRows: withChildRows, reason: reason)
    }

    /// Child-level tables need a reason for the audit log; a reason without them is a mistake too.
    static func validate(withChildRows: Bool, reason: String?) throws {
        let given = reason?.trimmingCharacters(in: .whitespaces).isEmpty == false
        if withChildRows && !given {
            throw ValidationError("--with-child-rows needs --reason \"...\": why child-level tables are needed (it is kept in the audit log)")
        }
        if !withChildRows && reason != nil {
            throw ValidationError("--reason is only for --with-child-rows; drop it, or add --with-child-rows")
        }
    }

    func run() async throws {
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let sections = try runtime.host.implementations(of: ReportSections.point, context: runtime.context(for: ReportingPlugin.pluginName))
            let written = try await ReportWriter(pool: runtime.pool, sections: sections).write(
                snapshotID: snapshot, to: out, format: format ?? ReportFormat(path: out), withChildRows: withChildRows,
                actor: runtime.actor, reason: reason)
            print("Wrote the readiness report of snapshot \(written.snapshotID) (\(written.sections.count) sections) to \(URL(fileURLWithPath: out).path)")
        }
    }
}

/// The report's file formats.
public enum ReportFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case html, json, csv

    /// The format named by `path`'s extension; HTML when it names none of them.
    public init(path: String) {
        self = ReportFormat(rawValue: (path as NSString).pathExtension.lowercased()) ?? .html
    }
}
