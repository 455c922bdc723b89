import ArgumentParser
import PluginKit

/// `ilacs-admin plugins`: what is linked, what is enabled, and what each contributes.
struct PluginsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the linked plugins, which are enabled, and what each contributes.",
        discussion: """
            ILACS_PLUGINS (comma-separated) enables plugins; when unset, every linked plugin is enabled.

            Examples:
              ilacs-admin plugins
              ILACS_PLUGINS=AnnexA,Reporting ilacs-admin plugins
            """
    )

    func run() async throws {
        let configuration = try await HostConfiguration.load()
        let host = try PluginHost(linked: PluginCatalogue.plugins, configuration: configuration)
        print(PluginListing(host: host).text)
    }
}
