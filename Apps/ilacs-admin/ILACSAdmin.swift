import ArgumentParser
import PluginKit

/// `ilacs-admin`: the inspection coordinator's command line.
@main
struct ILACSAdmin: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "ilacs-admin",
            abstract: "Prepare for and work through an Ofsted ILACS inspection.",
            discussion: """
                Loads the Annex A child-level lists, checks data quality, records inspections, runs \
                readiness reports and manages foster-carer invitations.

                Configuration comes from environment variables (DATABASE_URL, ILACS_PLUGINS, ...) and \
                the optional file named by ILACS_CONFIG_FILE. Run `make db` for a local database.

                Examples:
                  ilacs-admin generate --size county --seed 7 --out ./county
                  ilacs-admin plugins
                  ilacs-admin migrate
                  ilacs-admin audit verify
                """,
            subcommands: [GenerateCommand.self, AuthoritiesCommand.self, PluginsCommand.self, MigrateCommand.self, AuditCommand.self]
                + AdminCatalogue.plugins.flatMap(\.adminCommands)
        )
    }

    static func main() async {
        PluginCatalogue.register(AdminCatalogue.plugins)
        await main(nil)
    }
}
