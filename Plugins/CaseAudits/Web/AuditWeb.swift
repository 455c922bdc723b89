import Foundation
import PluginKit

/// The auditors' and moderators' web pages, served by `ilacs-sampler serve` under `/audits`:
/// sign in with the one-time link `ilacs-admin audits links` prints (the same people, links,
/// sessions and CSRF tokens as the inspectors' page), see your cases, fill an audit, save a
/// draft, finish it. Another reviewer's case, or a child not in the round, is the same 404.
enum AuditWeb {
    /// Where a signed-in reviewer starts.
    static let home = "/audits"
    /// The reviewers' sign-in page, which their links open.
    static let signInPath = "/audits/sign-in"

    /// The routes, as the plugin declares them.
    static let routes: [HTTPRoute] = [
        HTTPRoute("GET", signInPath, summary: "the reviewers' one-time sign-in page") { request, _ in
            HTTPRouteResponse.html(200, AuditTemplates.render("sign-in", ["token": request.query["token"] ?? ""]))
        },
        HTTPRoute("POST", signInPath, summary: "uses a reviewer's sign-in link and opens a session") { request, context in
            guard let response = try await PersonAccess(pool: context.pool).signInResponse(request, home: home) else {
                return message(
                    403, "This sign-in link does not work",
                    "It may have been used already, or the access has ended. Ask the audit coordinator for a new link.")
            }
            return response
        },
        HTTPRoute("POST", "/audits/sign-out", summary: "ends a reviewer's session") { request, context in
            try await withReviewer(request, context, post: true) { _, session in
                try await PersonAccess(pool: context.pool).signOut(session: session)
                var response = message(200, "Signed out", "You are signed out. Use a new sign-in link from the audit coordinator to come back.")
                response.headers["Set-Cookie"] = PersonAccess.clearedCookie
                return response
            }
        },
        HTTPRoute("GET", "/audits", summary: "a reviewer's audits and moderation tasks") { request, context in
            try await withReviewer(request, context) { reviewer, session in try await AuditPages(context: context).cases(reviewer, session: session) }
        },
        HTTPRoute("GET", "/audits/cases/:child", summary: "the audit form of a case") { request, context in
            try await withReviewer(request, context) { reviewer, session in
                try await AuditPages(context: context).form(request.parameters["child"] ?? "", reviewer, session: session)
            }
        },
        HTTPRoute("POST", "/audits/cases/:child", summary: "saves a draft of an audit, or finishes it") { request, context in
            try await withReviewer(request, context, post: true) { reviewer, session in
                try await AuditPages(context: context).save(request.parameters["child"] ?? "", form: request.formFields, reviewer, session: session)
            }
        },
        HTTPRoute("POST", "/audits/cases/:child/agree", summary: "records the grade auditor and moderator agreed") { request, context in
            try await withReviewer(request, context, post: true) { reviewer, _ in
                try await AuditPages(context: context).agree(request.parameters["child"] ?? "", form: request.formFields, reviewer)
            }
        }
    ]

    /// Runs `body` for the signed-in reviewer; POSTs must carry the session's CSRF token.
    private static func withReviewer(
        _ request: HTTPRouteRequest, _ context: PluginContext, post: Bool = false,
        _ body: (AuditDesk.Reviewer, String) async throws -> HTTPRouteResponse
    ) async throws -> HTTPRouteResponse {
        switch try await PersonAccess(pool: context.pool).check(request, roles: [.auditor, .moderator], post: post) {
        case .signedOut:
            return message(
                401, "Please sign in", "Open the sign-in link the audit coordinator sent you. Links work once; access ends on the date the coordinator set.")
        case .formExpired:
            return message(403, "The form has expired", "Go back, reload the page and try again.")
        case .signedIn(let person, let session):
            guard let reviewer = try await AuditDesk(pool: context.pool).reviewer(person) else {
                return message(403, "No audits for you", "Your access is not for a round of case audits. Ask the audit coordinator.")
            }
            return try await body(reviewer, session)
        }
    }

    /// The path of a case's audit form, the child's id percent-encoded (all but RFC 3986's
    /// unreserved characters) so that it stays one path segment.
    static func casePath(_ childID: String) -> String {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return "/audits/cases/" + (childID.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "")
    }

    /// A page with a heading, one paragraph and, when `back`, a link to the reviewer's audits.
    static func message(_ status: Int, _ heading: String, _ text: String, back: Bool = false) -> HTTPRouteResponse {
        var values: [String: Any] = ["heading": heading, "message": text]
        if back { values["back"] = home }
        return HTTPRouteResponse.html(status, AuditTemplates.render("message", values))
    }
}
