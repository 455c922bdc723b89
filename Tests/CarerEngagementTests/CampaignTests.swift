import Foundation
import Messaging
import PluginKit
import Testing

@testable import CarerEngagement

@Suite("Campaigns: templates, audience, outbox, maildir delivery, replies")
struct CampaignTests {
    @Test("a template with an unknown variable is refused, naming the file, line and variable")
    func unknownVariable() throws {
        var sources = CarerFixture.templates
        sources["text.mustache"] = "Dear {{carer_name}},\n{{#sessions}}{{venu}}{{/sessions}}\n{{reply_url}}"
        let error = try #require(throws: CarerError.self) { try CampaignTemplates(sources: sources) }
        #expect(error.description.contains("text.mustache, line 1: unknown variable `carer_name`"))
        #expect(error.description.contains("text.mustache, line 2: unknown variable `venu`"))
        #expect(error.description.contains("text.mustache, line 3: unknown variable `reply_url` (it exists only inside {{#sessions}})"))
    }

    @Test("an HTML template with an unescaped tag is refused, naming the file and line; text templates may use them")
    func unescapedHTML() throws {
        var sources = CarerFixture.templates
        sources["html.mustache"] = "<p>Dear {{carer_names}},</p>\n<p>{{{carer_names}}}</p>\n<p>{{& authority}}</p>"
        sources["reminder-html.mustache"] = "<p>{{{authority}}}</p>"
        let error = try #require(throws: CarerError.self) { try CampaignTemplates(sources: sources) }
        #expect(error.description.contains("html.mustache, line 2: unescaped tags ({{{ }}} and {{& }}) are not allowed in HTML templates"))
        #expect(error.description.contains("html.mustache, line 3: unescaped tags"))
        #expect(error.description.contains("reminder-html.mustache, line 1: unescaped tags"))
        var text = CarerFixture.templates
        text["text.mustache"] = "Dear {{{carer_names}}},\n{{#sessions}}{{reply_url}}{{/sessions}}\n{{decline_url}} {{unsubscribe_url}}"
        _ = try CampaignTemplates(sources: text)
    }

    @Test("send queues once per household, keeps the left-out report, and maildir delivery writes every message once")
    func sendAndDeliver() async throws {
        try await CarerFixture.with { fixture in
            let campaign = try await fixture.campaign()
            let store = CampaignStore(pool: fixture.pool)
            let settings = try fixture.settings
            let first = try await store.queue(campaign, kind: .invitation, settings: settings, actor: "c")
            let again = try await store.queue(campaign, kind: .invitation, settings: settings, actor: "c")
            #expect(first.queued > 20 && again.queued == 0 && again.alreadyQueued == first.queued)
            let audience = try await store.audience(campaign.id)
            let households = try await HouseholdStore(pool: fixture.pool).list()
            #expect(audience.count == households.count)
            let expectedInvited = households.filter { $0.approvalStatus == "approved" && $0.email != nil && $0.consentToEmail }.count
            #expect(audience.filter { $0.leftOut == nil }.count == expectedInvited)
            #expect(Set(audience.compactMap(\.leftOut)).isSubset(of: ["not approved", "no email", "no consent", "suppressed"]))

            let household = try #require(audience.first { $0.leftOut == nil }?.householdID)
            let preview = try await store.preview(campaign, householdID: household, kind: .invitation, settings: settings)
            #expect(preview.subject == "Meet the Ofsted inspectors — an invitation from Exampleshire County Council")
            #expect(preview.text.contains("Session 2: Wednesday 9 December 2026 at 12:30, online."))
            #expect(!preview.text.contains("&#") && preview.text.contains("“quotes”"))

            let transport = try MaildirTransport(directory: settings.mail.maildir)
            let tally = try await Mailer(pool: fixture.pool, transport: transport, settings: settings.mail, logger: .init(label: "test")).drain()
            #expect(tally.sent == first.queued)
            let files = try FileManager.default.contentsOfDirectory(atPath: "\(settings.mail.maildir)/new")
            #expect(files.count == first.queued)
            let status = try await CampaignStatus.load(campaign.id, pool: fixture.pool)
            #expect(status.outbox["invitation"] == ["sent": first.queued])
        }
    }

    @Test("replies: confirm page on GET, POST records once, capacity then waiting list, unsubscribe, forged token 403 audit-logged")
    func replies() async throws {
        try await CarerFixture.with { fixture in
            let campaign = try await fixture.campaign(capacity: 1)
            _ = try await CampaignStore(pool: fixture.pool).queue(campaign, kind: .invitation, settings: try fixture.settings, actor: "c")
            let invited = try await CampaignStore(pool: fixture.pool).audience(campaign.id).filter { $0.leftOut == nil }.map(\.householdID)
            let context = try fixture.context
            func call(_ method: String, _ path: String, _ token: String) async throws -> (Int, String) {
                let route = try #require(CarerEngagementPlugin().routes.first { $0.method == method && $0.path == path })
                let response = try await route.handler(HTTPRouteRequest(query: ["t": token]), context)
                return (response.status, String(decoding: response.body, as: UTF8.self))
            }
            func token(_ household: String, session: Int, purpose: ReplyToken.Purpose = .reply, expires: Int = 2_000_000_000) -> String {
                ReplyToken(purpose: purpose, campaignID: campaign.id, session: session, expires: expires, householdID: household).signed(
                    key: CarerFixture.replyKey)
            }
            let first = token(invited[0], session: 1)
            let (getStatus, getPage) = try await call("GET", "/reply", first)
            #expect(getStatus == 200 && getPage.contains("<form method=\"post\""))
            #expect(try await fixture.pool.query("SELECT count(*) AS n FROM carer_replies")[0].decode(Int.self, "n") == 0)
            #expect(try await call("POST", "/reply", first).1.contains("You have a place at session 1"))
            #expect(try await call("POST", "/reply", first).1.contains("already recorded"))
            #expect(try await call("POST", "/reply", token(invited[1], session: 1)).1.contains("waiting list"))
            #expect(try await call("POST", "/reply", token(invited[2], session: 0)).1.contains("cannot come"))
            let status = try await CampaignStatus.load(campaign.id, pool: fixture.pool)
            #expect(status.sessions[0].attending == 1 && status.sessions[0].waiting == 1 && status.declined == 1)

            let unsubscribe = token(invited[3], session: 0, purpose: .unsubscribe)
            #expect(try await call("POST", "/unsubscribe", unsubscribe).0 == 200)
            #expect(try await HouseholdStore(pool: fixture.pool).show(invited[3]).suppression == .unsubscribed)

            var forged = first
            forged.removeLast()
            forged += first.hasSuffix("A") ? "B" : "A"
            let (forgedStatus, forgedPage) = try await call("POST", "/reply", forged)
            #expect(forgedStatus == 403 && !forgedPage.contains(invited[0]))
            #expect(try await call("GET", "/reply", token(invited[4], session: 1, expires: 1_000)).0 == 403)
            #expect(try await call("POST", "/unsubscribe", first).0 == 403)
            // Counted per kind, address bucket and hour, not one audit event each.
            #expect(try await fixture.auditActions().filter { $0.hasSuffix("token_refused") }.isEmpty)
            let refusals = try await fixture.pool.query("SELECT action, source_bucket, refusals FROM refusal_counts ORDER BY action")
                .map { "\(try $0.decode(String.self, "action")) \(try $0.decode(String.self, "source_bucket")) \(try $0.decode(Int.self, "refusals"))" }
            #expect(refusals == ["campaign.reply_token_refused unknown 2", "campaign.unsubscribe_token_refused unknown 1"])
        }
    }

    @Test("an expired lease goes back to the queue, or to ambiguous once the final step had begun; resolve settles it")
    func leases() async throws {
        try await CarerFixture.with { fixture in
            let campaign = try await fixture.campaign()
            _ = try await CampaignStore(pool: fixture.pool).queue(campaign, kind: .invitation, settings: try fixture.settings, actor: "c")
            let outbox = Outbox(pool: fixture.pool, worker: "crashed", leaseSeconds: 60)
            let claimed = try await outbox.claim(limit: 2)
            #expect(claimed.count == 2)
            try await outbox.beginCommit(claimed[1].id)
            #expect(try await Outbox(pool: fixture.pool, worker: "other", leaseSeconds: 60).claim(limit: 1000).map(\.id).contains(claimed[0].id) == false)
            try await fixture.pool.query("UPDATE messaging_outbox SET lease_expires_at = now() - interval '1 second' WHERE leased_by = 'crashed'")
            let again = try await Outbox(pool: fixture.pool, worker: "later", leaseSeconds: 60).claim(limit: 1000)
            #expect(again.map(\.id).contains(claimed[0].id))
            #expect(!again.map(\.id).contains(claimed[1].id))
            let status = try await CampaignStatus.load(campaign.id, pool: fixture.pool)
            #expect(status.ambiguous == [claimed[1].id])
            try await CampaignStatus.resolve(claimed[1].id, as: .resend, note: "not in the relay's log", actor: "c", pool: fixture.pool)
            #expect(try await CampaignStatus.load(campaign.id, pool: fixture.pool).ambiguous.isEmpty)
        }
    }

    @Test("a delivered invitation carries its campaign's Message-ID and a one-click unsubscribe link signed for its household")
    func unsubscribeHeaders() async throws {
        try await CarerFixture.with { fixture in
            let campaign = try await fixture.campaign()
            let settings = try fixture.settings
            _ = try await CampaignStore(pool: fixture.pool).queue(campaign, kind: .invitation, settings: settings, actor: "c")
            let row = try #require(try await fixture.pool.query("SELECT id, suppression_key FROM messaging_outbox ORDER BY id LIMIT 1").single)
            let (id, household) = (try row.decode(Int.self, "id"), try row.decode(String.self, "suppression_key"))
            _ = try await Mailer(
                pool: fixture.pool, transport: try MaildirTransport(directory: settings.mail.maildir), settings: settings.mail,
                logger: .init(label: "test")
            ).drain()
            let text = try String(contentsOfFile: "\(settings.mail.maildir)/new/outbox-\(id).campaign-\(campaign.id)_council.example.gov.uk", encoding: .utf8)
            let headers = text.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
            #expect(headers.contains("Message-ID: <outbox-\(id).campaign-\(campaign.id)@council.example.gov.uk>"))
            #expect(headers.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"))
            let unsubscribe = try #require(headers.first { $0.hasPrefix("List-Unsubscribe: <https://carers.example.gov.uk/unsubscribe?t=") })
            #expect(unsubscribe.hasSuffix(", <mailto:fostering@council.example.gov.uk?subject=unsubscribe>"))
            let signed = try #require(unsubscribe.components(separatedBy: "/unsubscribe?t=").last?.split(separator: ">").first)
            let token = try #require(ReplyToken.verify(String(signed), key: CarerFixture.replyKey))
            #expect(token.purpose == .unsubscribe && token.householdID == household && token.campaignID == campaign.id)
        }
    }
}
