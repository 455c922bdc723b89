import Domain
import Foundation
import PluginKit
import Postgres

/// The inspectors' web page: sign in with a one-time link, see the samples of their own
/// inspection and the Annex A rows of the sampled children, ask for more cases, download the
/// list. Anything else, such as another child's id, is a 404 and is audit-logged.
enum SamplerWeb {
    /// The routes, as the plugin declares them.
    static let routes: [HTTPRoute] = [
        HTTPRoute("GET", "/sign-in", summary: "the one-time sign-in page") { request, _ in
            HTTPRouteResponse.html(200, WebTemplates.render("sign-in", ["token": request.query["token"] ?? ""]))
        },
        HTTPRoute("POST", "/sign-in", summary: "uses a sign-in link and opens a session") { request, context in
            try await signIn(request, context)
        },
        HTTPRoute("POST", "/sign-out", summary: "ends the session") { request, context in
            try await withInspector(request, context, post: true) { _, session in
                try await PersonAccess(pool: context.pool).signOut(session: session)
                var response = message(200, "Signed out", "You are signed out. Use a new sign-in link from the coordinator to come back.")
                response.headers["Set-Cookie"] = PersonAccess.clearedCookie
                return response
            }
        },
        HTTPRoute("GET", "/", summary: "the samples of the inspector's inspection") { request, context in
            try await withInspector(request, context) { inspector, session in try await SamplerPages(context: context).samples(inspector, session: session) }
        },
        HTTPRoute("GET", "/samples/:id", summary: "a sample's picks with their reasons") { request, context in
            try await withInspector(request, context) { inspector, session in
                try await SamplerPages(context: context).sample(request.parameters["id"], inspector, session: session)
            }
        },
        HTTPRoute("POST", "/samples/:id/extend", summary: "asks for more cases") { request, context in
            try await withInspector(request, context, post: true) { inspector, _ in
                try await SamplerPages(context: context).extend(request.parameters["id"], form: request.formFields, inspector)
            }
        },
        HTTPRoute("GET", "/samples/:id/download.csv", summary: "downloads a sample's list") { request, context in
            try await withInspector(request, context) { inspector, _ in try await SamplerPages(context: context).download(request.parameters["id"], inspector) }
        },
        HTTPRoute("GET", "/samples/:id/children/:child", summary: "the Annex A rows of a sampled child") { request, context in
            try await withInspector(request, context) { inspector, session in
                try await SamplerPages(context: context).child(request.parameters["child"] ?? "", sample: request.parameters["id"], inspector, session: session)
            }
        }
    ]

    private static func signIn(_ request: HTTPRouteRequest, _ context: PluginContext) async throws -> HTTPRouteResponse {
        guard let response = try await PersonAccess(pool: context.pool).signInResponse(request, home: "/") else {
            return message(
                403, "This sign-in link does not work", "It may have been used already, or the access has ended. Ask the inspection coordinator for a new link."
            )
        }
        return response
    }

    /// Runs `body` for the signed-in inspector; POSTs must carry the session's CSRF token.
    private static func withInspector(
        _ request: HTTPRouteRequest, _ context: PluginContext, post: Bool = false,
        _ body: (Person, String) async throws -> HTTPRouteResponse
    ) async throws -> HTTPRouteResponse {
        switch try await PersonAccess(pool: context.pool).check(request, roles: [.inspector], post: post) {
        case .signedOut:
            return message(
                401, "Please sign in",
                "Open the sign-in link the inspection coordinator sent you. Links work once; access ends on the date the coordinator set.")
        case .formExpired:
            return message(403, "The form has expired", "Go back, reload the page and try again.")
        case .signedIn(let inspector, let session):
            return try await body(inspector, session)
        }
    }

    /// A page with a heading and one paragraph.
    static func message(_ status: Int, _ heading: String, _ text: String) -> HTTPRouteResponse {
        HTTPRouteResponse.html(status, WebTemplates.render("message", ["heading": heading, "message": text]))
    }
}
