import ArgumentParser

/// `ilacs-admin campaign preview C --household H`.
struct CampaignPreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Render a campaign's message for one household: subject, text and HTML.",
        discussion: """
            Examples:
              ilacs-admin campaign preview 1 --household 891-H00001
              ilacs-admin campaign preview 1 --household 891-H00001 --kind reminder
            """)

    @Argument(help: "The campaign id.")
    var campaign: Int

    @Option(help: "The household id.")
    var household: String

    @Option(help: "invitation or reminder.")
    var kind: CampaignStore.Kind = .invitation

    func run() async throws {
        let rendered = try await CarerCommands.run { runtime, settings in
            let store = CampaignStore(pool: runtime.pool)
            return try await store.preview(try await store.load(campaign), householdID: household, kind: kind, settings: settings)
        }
        print("Subject: \(rendered.subject)\n\n--- text/plain ---\n\(rendered.text)\n--- text/html ---\n\(rendered.html)")
    }
}

extension CampaignStore.Kind: ExpressibleByArgument {}
