import Foundation
import Messaging

/// How a campaign's messages are keyed in the Messaging module's outbox, and the header fields
/// each carries. The owner is always `CarerEngagementPlugin.pluginName`.
extension Campaign {
    /// The outbox group of campaign `id` (`campaign-12`): status counts read by it, and it is
    /// the second label of each message's Message-ID (`outbox-ID.campaign-12@...`).
    static func messageGroup(_ id: Int) -> String {
        "campaign-\(id)"
    }

    /// The outbox dedupe key of the `kind` message to `householdID`: one of each per household.
    static func dedupeKey(campaignID: Int, householdID: String, kind: CampaignStore.Kind) -> String {
        "campaign-\(campaignID)/\(householdID)/\(kind.rawValue)"
    }

    /// RFC 8058 unsubscribe header fields for `householdID`: the one-click page, signed for a
    /// year from `now`, and a mailto fallback.
    func unsubscribeHeaders(householdID: String, settings: CarerSettings, key: String, now: Date = Date()) -> [MailHeaderField] {
        let token = ReplyToken(
            purpose: .unsubscribe, campaignID: id, session: 0,
            expires: Int(now.timeIntervalSince1970) + 365 * 86_400, householdID: householdID)
        let mailto = "mailto:\(settings.mail.replyTo?.address ?? settings.mail.from.address)?subject=unsubscribe"
        return [
            MailHeaderField("List-Unsubscribe", "<\(settings.publicURL)/unsubscribe?t=\(token.signed(key: key))>, <\(mailto)>"),
            MailHeaderField("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
        ]
    }
}
