import ArgumentParser
import Configuration
import Messaging
import PluginKit
import Postgres

/// Foster-carer engagement: the households register, open-invitation campaigns queued through
/// the Messaging module's outbox (delivered by `ilacs-mailer`), and the carers' reply and
/// unsubscribe pages.
///
/// It needs the Messaging plugin enabled (a declared dependency, so its migrations run first):
/// its own migrations move its old outbox into Messaging's tables, and every campaign queues there.
public struct CarerEngagementPlugin: Plugin {
    public let name = CarerEngagementPlugin.pluginName
    public let summary = "Invite every contactable approved fostering household to meet the inspectors, and keep the evidence."
    /// Campaigns queue their mail through Messaging's outbox.
    public let dependencies = [MessagingPlugin.pluginName]
    public let migrations = CarerSchema.migrations
    public let configurationKeys = CarerSettings.Key.all
    public let adminCommands: [any ParsableCommand.Type] = [CarersCommand.self, CampaignCommand.self]
    public let routes = ReplyWeb.routes

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it, and the owner of the
    /// messages and suppressions it keeps in the Messaging module.
    public static let pluginName = "CarerEngagement"

    public init() {}

    public func validate(_ configuration: ConfigReader) throws {
        _ = try CarerSettings(configuration)
    }

    public let extensions = [
        ExtensionImplementation(ChecklistItems.point, name: "carer-invitation", summary: "an invitation to foster carers for the inspection") { _ in
            RecordChecklistItem(
                order: 40, title: "Foster-carer invitation sent", due: .nextEvening,
                doneAt: "SELECT min(created_at) FROM carer_campaigns WHERE inspection_id = $1",
                found: "an invitation campaign exists for this inspection", missing: "no invitation campaign for this inspection yet")
        },
        ExtensionImplementation(GroupSession.point, name: "carer-sessions", summary: "the foster carers' group sessions of an inspection's campaigns") { _ in
            GroupSessionReader()
        },
        ExtensionImplementation(Rehearsals.point, name: "carer-rehearsal", summary: "the invitation campaigns of a rehearsal") { _ in
            let campaigns = "SELECT id FROM carer_campaigns WHERE inspection_id = $1"
            return DeletingRehearsalRecords(
                label: "carers",
                [
                    "DELETE FROM carer_replies WHERE campaign_id IN (\(campaigns))", "DELETE FROM carer_campaign_audience WHERE campaign_id IN (\(campaigns))",
                    "DELETE FROM carer_campaign_sessions WHERE campaign_id IN (\(campaigns))", "DELETE FROM carer_campaigns WHERE inspection_id = $1"
                ])
        }
    ]
}
