import Foundation
import Hashing
import PluginKit
import Postgres

/// The pages carers reach from an invitation: reply to a session (or decline) and
/// unsubscribe. GET only shows a confirmation button, so mail scanners that follow links
/// change nothing; POST acts. A forged, altered or expired token gets a 403 page with no
/// detail, and the refusal is audit-logged.
enum ReplyWeb {
    /// The routes, as the plugin declares them.
    static let routes: [HTTPRoute] = [
        HTTPRoute("GET", "/reply", summary: "asks a carer to confirm a reply") { request, context in
            try await withToken(request, context, .reply) { token, _ in
                let heading = token.session == 0 ? "Tell us you cannot come" : "Reply for session \(token.session)"
                let message =
                    token.session == 0
                    ? "Press the button to tell the fostering service you cannot come to meet the inspectors."
                    : "Press the button to ask for a place at session \(token.session). If it is full you join its waiting list."
                return page(
                    200, "confirm",
                    [
                        "heading": heading, "message": message, "button": "Confirm",
                        "action": "/reply?t=\(request.query["t"] ?? "")"
                    ])
            }
        },
        HTTPRoute("POST", "/reply", summary: "records a carer's reply, once per link") { request, context in
            try await withToken(request, context, .reply) { token, hash in
                guard let outcome = try await ReplyBook(pool: context.pool).record(token, tokenHash: hash) else { return refused() }
                let text =
                    switch outcome.answer {
                    case .attending: "You have a place at session \(outcome.session ?? 0). Thank you."
                    case .waiting: "Session \(outcome.session ?? 0) is full, so you are on its waiting list. We will tell you if a place comes free."
                    case .declined: "Thank you for letting us know you cannot come."
                    }
                let heading = outcome.changed ? "Reply recorded" : "Your reply was already recorded"
                return page(200, "message", ["heading": heading, "message": text])
            }
        },
        HTTPRoute("GET", "/unsubscribe", summary: "asks a carer to confirm unsubscribing") { request, context in
            try await withToken(request, context, .unsubscribe) { _, _ in
                page(
                    200, "confirm",
                    [
                        "heading": "Unsubscribe", "message": "Press the button to stop emails about meetings with inspectors.",
                        "button": "Unsubscribe", "action": "/unsubscribe?t=\(request.query["t"] ?? "")"
                    ])
            }
        },
        HTTPRoute("POST", "/unsubscribe", summary: "adds the household to the suppression list (RFC 8058 one-click)") { request, context in
            try await withToken(request, context, .unsubscribe) { token, _ in
                try await context.pool.transaction { connection in
                    try await HouseholdStore.suppress(
                        token.householdID, reason: .unsubscribed, note: nil,
                        actor: "carer:\(token.householdID)", on: connection)
                }
                return page(200, "message", ["heading": "Unsubscribed", "message": "You will get no more of these emails."])
            }
        }
    ]

    /// Verifies the `t` query parameter as a token for `purpose`, then runs `body`; anything
    /// else is a 403 page without detail, counted per source and hour (``RefusalCounts``).
    private static func withToken(
        _ request: HTTPRouteRequest, _ context: PluginContext, _ purpose: ReplyToken.Purpose,
        _ body: (ReplyToken, String) async throws -> HTTPRouteResponse
    ) async throws -> HTTPRouteResponse {
        let settings = try CarerSettings(context.configuration)
        let text = request.query["t"] ?? ""
        guard let key = settings.replyKey, let token = ReplyToken.verify(text, key: key), token.purpose == purpose else {
            try await RefusalCounts.record(
                purpose == .reply ? "campaign.reply_token_refused" : "campaign.unsubscribe_token_refused", source: request.clientAddress, pool: context.pool)
            return refused()
        }
        return try await body(token, HexDigest.sha256(text))
    }

    private static func refused() -> HTTPRouteResponse {
        page(403, "message", ["heading": "This link cannot be used", "message": "Please contact the fostering service."])
    }

    private static func page(_ status: Int, _ name: String, _ values: [String: Any]) -> HTTPRouteResponse {
        HTTPRouteResponse.html(status, ReplyPages.render(name, values))
    }
}
