import Domain
import Foundation
import Messaging
import PluginKit
import Postgres

/// Campaigns in the database: create, load, the audience with its left-out report, queuing
/// into the outbox, status and resolving ambiguous messages.
public struct CampaignStore: Sendable {
    /// The kinds of message a campaign sends.
    public enum Kind: String, Sendable, CaseIterable {
        case invitation, reminder
    }

    let pool: PostgresPool

    /// A store on `pool`.
    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Creates a campaign for `inspectionID` after rendering its templates for a sample
    /// household, so that a template problem stops it here rather than at sending.
    public func create(
        inspectionID: Int, templates: CampaignTemplates, sessions: [CampaignSession], source: String,
        settings: CarerSettings, actor: String
    ) async throws -> Campaign {
        guard !sessions.isEmpty else { throw CarerError("a campaign needs at least one --session") }
        let key = try settings.requireReplyKey()
        let sources = String(decoding: try JSONEncoder().encode(templates.sources), as: UTF8.self)
        return try await pool.transaction { connection in
            guard try await connection.query("SELECT 1 FROM inspections WHERE id = $1", [inspectionID]).single != nil else {
                throw CarerError("inspection \(inspectionID) does not exist; record the inspection first")
            }
            let id = try await connection.query(
                """
                INSERT INTO carer_campaigns (inspection_id, template_source, templates, created_by) VALUES ($1, $2, $3::jsonb, $4) RETURNING id
                """, [inspectionID, source, sources, actor])[0].decode(Int.self, "id")
            for session in sessions {
                try await connection.execute(
                    """
                    INSERT INTO carer_campaign_sessions (campaign_id, number, starts_on, starts_at, venue, online_link, capacity)
                    VALUES ($1, $2, $3, $4::time, $5, $6, $7)
                    """, [id, session.number, session.date, session.time, session.venue, session.onlineLink, session.capacity])
            }
            let campaign = Campaign(id: id, inspectionID: inspectionID, templates: templates, sessions: sessions)
            for reminder in [false, true] {
                _ = try templates.render(
                    reminder: reminder, values: campaign.values(carerNames: "A. Carer", householdID: "check", settings: settings, key: key))
            }
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "campaign.create", recordType: "carer_campaign", recordID: String(id),
                    details: ["inspection": String(inspectionID), "sessions": String(sessions.count)]), on: connection)
            return campaign
        }
    }

    /// The campaign `id` with its templates and sessions.
    public func load(_ id: Int) async throws -> Campaign {
        guard let row = try await pool.query("SELECT inspection_id, templates::text AS templates FROM carer_campaigns WHERE id = $1", [id]).single else {
            throw CarerError("campaign \(id) does not exist; check the id `campaign create` printed")
        }
        let sources = try JSONDecoder().decode([String: String].self, from: Data(try row.decode(String.self, "templates").utf8))
        let sessions = try await pool.query(
            """
            SELECT number, starts_on, to_char(starts_at, 'HH24:MI') AS starts_at, venue, online_link, capacity
            FROM carer_campaign_sessions WHERE campaign_id = $1 ORDER BY number
            """, [id]
        ).map { row in
            CampaignSession(
                number: try row.decode(Int.self, "number"), date: try row.decode(CalendarDate.self, "starts_on"),
                time: try row.decode(String.self, "starts_at"), venue: try row.decode(String?.self, "venue"),
                onlineLink: try row.decode(String?.self, "online_link"), capacity: try row.decode(Int.self, "capacity"))
        }
        return Campaign(id: id, inspectionID: try row.decode(Int.self, "inspection_id"), templates: try CampaignTemplates(sources: sources), sessions: sessions)
    }

    /// Renders the invitation (or reminder) of `campaign` for household `householdID`.
    public func preview(_ campaign: Campaign, householdID: String, kind: Kind, settings: CarerSettings) async throws -> CampaignTemplates.Rendered {
        let household = try await HouseholdStore(pool: pool).show(householdID)
        let values = campaign.values(carerNames: household.carerNames, householdID: household.id, settings: settings, key: try settings.requireReplyKey())
        return try campaign.templates.render(reminder: kind == .reminder, values: values)
    }

    /// What queuing did.
    public struct Queued: Sendable, Equatable, Codable {
        /// Messages added to the outbox now.
        public let queued: Int
        /// Households already holding a message of this kind (queuing again adds nothing).
        public let alreadyQueued: Int
        /// Households left out, by reason.
        public let leftOut: [String: Int]
    }

    /// Queues one message of `kind` per household of the audience through the Messaging
    /// outbox. Invitations decide the audience and record every household's decision (the
    /// evidence); reminders go to invited households that have not replied. One transaction;
    /// running it again adds nothing.
    public func queue(_ campaign: Campaign, kind: Kind, settings: CarerSettings, actor: String) async throws -> Queued {
        let key = try settings.requireReplyKey()
        let owner = CarerEngagementPlugin.pluginName
        return try await pool.transaction { connection in
            try await connection.execute("SELECT id FROM carer_campaigns WHERE id = $1 FOR UPDATE", [campaign.id])
            let suppressed = Array(try await SuppressionList.entries(owner: owner, on: connection).keys)
            if kind == .invitation { try await Self.decideAudience(campaign.id, suppressed: suppressed, on: connection) }
            let states = try await Outbox.states(owner: owner, group: Campaign.messageGroup(campaign.id), on: connection)
            let targets = try await connection.query(
                """
                SELECT h.id, h.carer_names, h.email
                FROM carer_campaign_audience a JOIN carer_households h ON h.id = a.household_id
                WHERE a.campaign_id = $1 AND a.left_out IS NULL AND ($2::text = 'invitation' OR (
                    NOT EXISTS (SELECT 1 FROM carer_replies r WHERE r.campaign_id = a.campaign_id AND r.household_id = a.household_id)
                    AND NOT a.household_id = ANY($3::text[])))
                ORDER BY h.id
                """, [campaign.id, kind.rawValue, suppressed])
            var already = 0
            var messages: [OutgoingMessage] = []
            for row in targets {
                let id = try row.decode(String.self, "id")
                if kind == .reminder,
                    states[Campaign.dedupeKey(campaignID: campaign.id, householdID: id, kind: .invitation)] != .sent
                {
                    continue
                }
                let dedupeKey = Campaign.dedupeKey(campaignID: campaign.id, householdID: id, kind: kind)
                if states[dedupeKey] != nil {
                    already += 1
                    continue
                }
                let message = try campaign.templates.render(
                    reminder: kind == .reminder,
                    values: campaign.values(
                        carerNames: try row.decode(String.self, "carer_names"), householdID: id, settings: settings, key: key))
                messages.append(
                    OutgoingMessage(
                        kind: kind.rawValue, dedupeKey: dedupeKey, recipient: try row.decode(String.self, "email"), suppressionKey: id,
                        group: Campaign.messageGroup(campaign.id), subject: message.subject, text: message.text, html: message.html,
                        headers: campaign.unsubscribeHeaders(householdID: id, settings: settings, key: key)))
            }
            let queued = try await Outbox.queue(messages, owner: owner, inspection: campaign.inspectionID, on: connection)
            let leftOut = try await connection.query(
                """
                SELECT left_out, count(*) AS n FROM carer_campaign_audience WHERE campaign_id = $1 AND left_out IS NOT NULL GROUP BY left_out
                """, [campaign.id])
            var reasons: [String: Int] = [:]
            for row in leftOut { reasons[try row.decode(String.self, "left_out")] = try row.decode(Int.self, "n") }
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, action: "campaign.queue", recordType: "carer_campaign", recordID: String(campaign.id),
                    details: ["kind": kind.rawValue, "queued": String(queued), "already": String(already)]), on: connection)
            return Queued(queued: queued, alreadyQueued: already, leftOut: reasons)
        }
    }

    /// Records, once per campaign, every household of the register with the reason it is left
    /// out, if it is: the evidence that the invitation was open.
    private static func decideAudience(_ campaignID: Int, suppressed: [String], on connection: PostgresConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO carer_campaign_audience (campaign_id, household_id, left_out)
            SELECT $1, h.id, CASE
                WHEN h.approval_status <> 'approved' THEN 'not approved'
                WHEN h.email IS NULL THEN 'no email'
                WHEN NOT h.consent_to_email THEN 'no consent'
                WHEN h.id = ANY($2::text[]) THEN 'suppressed' END
            FROM carer_households h
            WHERE h.in_register
            ON CONFLICT (campaign_id, household_id) DO NOTHING
            """, [campaignID, suppressed])
    }

    /// One household of the audience report.
    public struct AudienceEntry: Sendable, Codable, Equatable {
        public let householdID: String
        public let leftOut: String?
        public let decidedAt: Date
    }

    /// The audience report: every household of the register when the invitation was queued,
    /// with the reason it was left out, if it was.
    public func audience(_ campaignID: Int) async throws -> [AudienceEntry] {
        try await pool.query(
            """
            SELECT household_id, left_out, decided_at FROM carer_campaign_audience WHERE campaign_id = $1 ORDER BY left_out NULLS FIRST, household_id
            """, [campaignID]
        ).map { row in
            AudienceEntry(
                householdID: try row.decode(String.self, "household_id"), leftOut: try row.decode(String?.self, "left_out"),
                decidedAt: try row.decode(Date.self, "decided_at"))
        }
    }
}
