import ArgumentParser
import PluginKit
import Postgres

/// Workforce: imports the workforce register (staff, leave, supervision, training) into the
/// kernel's `WorkforceRegister` tables, shows it, and matches Annex A's allocated workers to it.
/// Everyone else reads the register through that module, never through this plugin.
public struct WorkforcePlugin: Plugin {
    public let name = WorkforcePlugin.pluginName
    public let summary = "Import the workforce register (staff, leave, supervision, training) and match Annex A's allocated workers to it."
    public let dependencies = ["AnnexA"]
    public let adminCommands: [any ParsableCommand.Type] = [WorkforceCommand.self]

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it.
    static let pluginName = "Workforce"

    public init() {}

    /// Imports the register at `path` (a folder of the four files, or a workbook) as
    /// `ilacs-admin workforce import` does, for benchmarks and other apps' tests.
    /// - Throws: the import's one-line error naming the file, row and column; nothing is imported.
    public static func importRegister(path: String, actor: String, pool: PostgresPool) async throws {
        _ = try await RegisterImporter.run(path: path, actor: actor, pool: pool)
    }
}
