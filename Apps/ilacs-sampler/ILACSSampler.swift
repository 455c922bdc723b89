import AnnexA
import ArgumentParser
import CaseAudits
import EvidenceSampling
import InspectionWeek
import PluginKit
import WebServer

/// `ilacs-sampler`: the inspectors' evidence-sampling tool.
@main
struct ILACSSampler: AsyncParsableCommand, ServingApp {
    static let commandName = "ilacs-sampler"
    static let serveCommand = "serve"
    static let defaultPort = 8080

    /// The plugins linked into the sampler: Annex A for the snapshots, sampling itself, case
    /// audits for the auditors' and moderators' web form, and the week on site for the
    /// inspectors' own week and briefings.
    static let plugins: [any Plugin] = [AnnexAPlugin(), EvidenceSamplingPlugin(), CaseAuditsPlugin(), InspectionWeekPlugin()]

    static let configuration = CommandConfiguration(
        commandName: commandName,
        abstract: "Draw a fair, verifiable sample of children's records and explain every pick.",
        discussion: """
            The method: freeze a manifest (the eligible population and the plan) before any seed \
            exists, hand its SHA-256 to the lead inspector, let the inspectors choose a seed, then \
            draw. Anyone with the manifest, the plan and the seed can redo the draw.

            Configuration comes from environment variables (DATABASE_URL, ...) and the optional \
            file named by ILACS_CONFIG_FILE. Run `make db` for a local database.

            Examples:
              ilacs-sampler plan example > plan.yaml
              ilacs-sampler manifest --snapshot 1 --plan plan.yaml
              ilacs-sampler draw --manifest 1 --seed 31415926535897932384
              ilacs-sampler verify 1
              ilacs-sampler balance 1
              ilacs-sampler export 1 --format xlsx --out sample.xlsx
              ilacs-sampler serve --port 8080
            """,
        subcommands: SamplerCommands.all + [ServeCommand.self, HealthcheckCommand<ILACSSampler>.self])

    static func main() async {
        PluginCatalogue.register(plugins)
        await main(nil)
    }
}
