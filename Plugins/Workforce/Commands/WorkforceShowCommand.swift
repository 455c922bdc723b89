import ArgumentParser
import CommandLineSupport
import Foundation
import PluginKit
import WorkforceRegister

/// `ilacs-admin workforce show`: the register's shape, without anyone's name.
struct WorkforceShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the register: its version, staff by team and role, and the agency share.",
        discussion: """
            Counts only: no names, emails or ids are printed.

            Examples:
              ilacs-admin workforce show
            """)

    func run() async throws {
        try await AdminRuntime.run(for: WorkforcePlugin.pluginName) { runtime in
            let register = WorkforceRegister(pool: runtime.pool)
            guard let version = try await register.latestImport() else {
                return print("No register imported yet. Import one with: ilacs-admin workforce import DIR")
            }
            let staff = try await register.allStaff()
            let imported = ISO8601DateFormatter.string(
                from: version.importedAt, timeZone: .gmt, formatOptions: [.withFullDate, .withTime, .withColonSeparatorInTime])
            print(
                "Register version \(version.id), imported \(imported.prefix(16).replacingOccurrences(of: "T", with: " ")) UTC by \(version.importedBy) from \(version.source) (SHA-256 \(version.contentSHA256.prefix(12)))"
            )
            let agency = staff.filter(\.isAgency).count
            let share = staff.isEmpty ? 0 : Double(agency) * 100 / Double(staff.count)
            print(
                "\(staff.count) staff, \(agency) from agencies (\(String(format: "%.1f", share))%); \(version.counts["leave"] ?? 0) leave, "
                    + "\(version.counts["supervision"] ?? 0) supervision, \(version.counts["training"] ?? 0) training rows")
            Self.printCounts("Team", Dictionary(grouping: staff, by: \.team).mapValues(\.count))
            Self.printCounts("Role", Dictionary(grouping: staff, by: \.role.label).mapValues(\.count))
        }
    }

    private static func printCounts(_ heading: String, _ counts: [String: Int]) {
        let width = max(heading.count, counts.keys.map(\.count).max() ?? 0)
        print("")
        print(heading.padded(width), "Staff")
        for (key, count) in counts.sorted(by: { $0.key < $1.key }) {
            print(key.padded(width), String(count))
        }
    }
}
