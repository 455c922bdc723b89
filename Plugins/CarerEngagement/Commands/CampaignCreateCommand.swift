import ArgumentParser
import Foundation

/// `ilacs-admin campaign create --inspection I --template DIR --session S...`.
struct CampaignCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create the invitation campaign for an inspection from a template folder and its sessions.",
        discussion: """
            The folder holds Mustache templates: subject.mustache, text.mustache, html.mustache, \
            and optionally reminder-subject.mustache, reminder-text.mustache, reminder-html.mustache. \
            Variables: carer_names, authority, reply_by, decline_url, unsubscribe_url, reminder, and \
            {{#sessions}} number, date, time, venue, online_link, is_online, capacity, reply_url {{/sessions}}. \
            Any other variable is an error, never a blank in a sent mail.

            Examples:
              ilacs-admin campaign create --inspection 1 --template ./invitation \\
                  --session "2026-12-08 18:00 | County Hall, Room 2 | 20" --session "2026-12-09 12:30 | https://meet.example.org/abc | 30"
            """)

    @Option(help: "The inspection the campaign is for.")
    var inspection: Int

    @Option(help: "The template folder.")
    var template: String

    @Option(help: "A session: \"YYYY-MM-DD HH:MM | venue or https://link | capacity\" (repeat for more).")
    var session: [String] = []

    func run() async throws {
        let templates = try CampaignTemplates.load(directory: template)
        let sessions = try session.enumerated().map { try CampaignSession.parse($1, number: $0 + 1) }
        let campaign = try await CarerCommands.run { runtime, settings in
            try await CampaignStore(pool: runtime.pool).create(
                inspectionID: inspection, templates: templates, sessions: sessions,
                source: URL(fileURLWithPath: template).lastPathComponent, settings: settings, actor: runtime.actor)
        }
        print("Created campaign \(campaign.id) for inspection \(inspection) with \(sessions.count) session(s).")
        print("Next: `ilacs-admin campaign preview \(campaign.id) --household ID`, then `ilacs-admin campaign send \(campaign.id)`.")
    }
}
