import ArgumentParser
import CommandLineSupport
import Foundation
import PluginKit
import PracticeStandards

/// `ilacs-admin standards`: the authority's own practice standards, as data.
struct StandardsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "standards",
        abstract: "Print, load and show the authority's practice standards (timescales and targets).",
        discussion: """
            A standard says how often something must happen and for what share: "children on a \
            plan are seen at least every 10 working days, for 95% of them". It sets the timescale \
            the readiness report measures and the target it is judged against; an indicator \
            without one uses the national timescale.

            Examples:
              ilacs-admin standards example > standards.yaml
              ilacs-admin standards load standards.yaml
              ilacs-admin standards show --format json
            """,
        subcommands: [Example.self, Load.self, Show.self]
    )

    /// `standards example`: the statutory minimums, as a file to edit.
    struct Example: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "example", abstract: "Print a standards file with the statutory minimums, to start from.",
            discussion: "Examples:\n  ilacs-admin standards example > standards.yaml")

        func run() async throws { print(PracticeStandards.example, terminator: "") }
    }

    /// `standards load FILE`: checks the file and replaces the standards in force.
    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "load", abstract: "Check a standards file and make it the standards in force.",
            discussion: """
                Any error names the file and line (a negative or zero timescale, an unknown \
                indicator or key, a target outside 0% to 100%) and nothing changes. Audit-logged.

                Examples:
                  ilacs-admin standards load standards.yaml
                """)

        @Argument(help: "The YAML file.")
        var file: String

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw PracticeStandardsError(file: file, line: nil, "cannot be read; check the path")
            }
            let standards = try PracticeStandards.parse(String(decoding: data, as: UTF8.self), file: file)
            try await AdminRuntime.run(for: PublishedStatisticsPlugin.pluginName) { runtime in
                try await runtime.pool.transaction { connection in
                    let name = (file as NSString).lastPathComponent
                    try await PracticeStandardsStore.replace(with: standards, source: name, actor: runtime.actor, on: connection)
                    try await AuditLog.record(
                        AuditEvent(
                            actor: runtime.actor, action: "standards.load", recordType: "practice_standards",
                            details: ["file": name, "standards": String(standards.count)]), on: connection)
                }
            }
            print("Loaded \(standards.count) practice standards from \(file): \(standards.map(\.indicator).joined(separator: ", "))")
        }
    }

    /// `standards show`: each indicator's timescale and target in force, local or national.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show each indicator's timescale and target: the local standard, or the national timescale.",
            discussion: "Examples:\n  ilacs-admin standards show\n  ilacs-admin standards show --format json")

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        /// One indicator's line.
        struct Line: Encodable {
            var indicator: String
            var timescale: String?
            var target: Double?
            var source: String
            var title: String?
        }

        func run() async throws {
            let current = try await AdminRuntime.run(for: PublishedStatisticsPlugin.pluginName) { runtime in
                try await runtime.pool.withConnection { try await PracticeStandardsStore.current(on: $0) }
            }
            let lines = MeasuredIndicator.all.map { indicator in
                if let standard = current[indicator.id] {
                    return Line(
                        indicator: indicator.id, timescale: standard.timescale.description, target: standard.target, source: "local standard",
                        title: standard.title)
                }
                return Line(indicator: indicator.id, timescale: indicator.nationalTimescale?.description, target: nil, source: "national", title: nil)
            }
            switch format {
            case .json:
                print(try JSONOutput.encode(lines))
            case .text:
                print("Indicator".padded(20), "Every".padded(16), "Target".padded(7), "Source")
                for line in lines {
                    print(
                        line.indicator.padded(20), (line.timescale ?? "none").padded(16), (line.target.map { "\(Figure.format($0))%" } ?? "none").padded(7),
                        line.source + (line.title.map { ": \($0)" } ?? ""))
                }
            }
        }
    }
}
