import ArgumentParser
import PluginKit

/// `ilacs-admin migrate`: applies pending schema migrations of the kernel and enabled plugins.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending database migrations (safe to run again; a no-op when up to date).",
        discussion: """
            All pending migrations run in one transaction under an advisory lock, so two runs at \
            once never both apply. A migration changed after it was applied is refused.

            Example:
              DATABASE_URL=postgresql://ilacs@127.0.0.1:54329/ilacs ilacs-admin migrate
            """
    )

    func run() async throws {
        try await AdminRuntime.run { runtime in
            print("Database is up to date: \(runtime.host.migrations.count) migrations of the kernel and \(runtime.host.enabled.count) enabled plugins.")
        }
    }
}
