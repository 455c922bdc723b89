import PluginKit

/// The inspectors' week on the sampler's page (`ilacs-sampler serve`): signed in as for the
/// samples (the one-time link, role inspector), `/week` lists their own bookings by day, each
/// linking to its briefing, and `/week.ics` downloads them. Another inspector's conversation,
/// a cancelled one, a child who declined or an unknown id is the same 404.
enum WeekWeb {
    /// The routes, as the plugin declares them.
    static let routes: [HTTPRoute] = [
        HTTPRoute("GET", "/week", summary: "the inspector's own conversations by day") { request, context in
            try await withInspector(request, context) { inspector, session in try await WeekPages(context: context).week(inspector, session: session) }
        },
        HTTPRoute("GET", "/week.ics", summary: "downloads the inspector's own bookings as iCalendar") { request, context in
            try await withInspector(request, context) { inspector, _ in try await WeekPages(context: context).calendar(inspector) }
        },
        HTTPRoute("GET", "/week/conversations/:id", summary: "the briefing of one of the inspector's conversations") { request, context in
            try await withInspector(request, context) { inspector, session in
                try await WeekPages(context: context).briefing(request.parameters["id"], inspector, session: session)
            }
        }
    ]

    /// Runs `body` for the signed-in inspector (the pages are all GETs).
    private static func withInspector(
        _ request: HTTPRouteRequest, _ context: PluginContext, _ body: (Person, String) async throws -> HTTPRouteResponse
    ) async throws -> HTTPRouteResponse {
        switch try await PersonAccess(pool: context.pool).check(request, roles: [.inspector]) {
        case .signedOut, .formExpired:
            return message(
                401, "Please sign in",
                "Open the sign-in link the inspection coordinator sent you. Links work once; access ends on the date the coordinator set.")
        case .signedIn(let inspector, let session):
            return try await body(inspector, session)
        }
    }

    /// A page with a heading and one paragraph.
    static func message(_ status: Int, _ heading: String, _ text: String) -> HTTPRouteResponse {
        HTTPRouteResponse.html(status, WeekTemplates.render("message", ["heading": heading, "message": text]))
    }
}
