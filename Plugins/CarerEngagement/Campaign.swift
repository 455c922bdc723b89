import Foundation

/// A campaign: the open invitation for one inspection, its templates and sessions.
public struct Campaign: Sendable {
    /// Its id.
    public let id: Int
    /// The inspection it is for.
    public let inspectionID: Int
    /// Its templates.
    public let templates: CampaignTemplates
    /// Its sessions, by number.
    public let sessions: [CampaignSession]

    /// When reply links stop working: the end of the last session's day (UTC).
    var replyExpiry: Int {
        ((sessions.map(\.date).max()?.daysSinceEpoch ?? 0) + 1) * 86_400
    }

    /// The values a template sees for one household, with its signed links.
    func values(carerNames: String, householdID: String, settings: CarerSettings, key: String, now: Date = Date()) -> [String: Any] {
        func link(_ path: String, _ purpose: ReplyToken.Purpose, session: Int, expires: Int) -> String {
            let token = ReplyToken(purpose: purpose, campaignID: id, session: session, expires: expires, householdID: householdID)
            return "\(settings.publicURL)/\(path)?t=\(token.signed(key: key))"
        }
        let sessionValues: [[String: Any]] = sessions.map { session in
            [
                "number": session.number, "date": session.longDate, "time": session.time, "venue": session.venue ?? "",
                "online_link": session.onlineLink ?? "", "is_online": session.onlineLink != nil, "capacity": session.capacity,
                "reply_url": link("reply", .reply, session: session.number, expires: replyExpiry)
            ]
        }
        let firstDay = sessions.map(\.date).min()
        return [
            "carer_names": carerNames, "authority": settings.authority, "sessions": sessionValues,
            "decline_url": link("reply", .reply, session: 0, expires: replyExpiry),
            "unsubscribe_url": link("unsubscribe", .unsubscribe, session: 0, expires: Int(now.timeIntervalSince1970) + 365 * 86_400),
            "reply_by": firstDay.map { CampaignSession(number: 0, date: $0.adding(days: -1), time: "", venue: nil, onlineLink: nil, capacity: 1).longDate }
                ?? ""
        ]
    }
}
