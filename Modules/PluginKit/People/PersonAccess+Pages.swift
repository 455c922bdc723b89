/// What a signed-in page learns from a request: who is signed in, or why nobody is.
public enum SignInCheck: Sendable {
    /// A person of an admitted role, with their session token (for the CSRF token).
    case signedIn(Person, session: String)
    /// No live session of an admitted role: show the sign-in advice (401).
    case signedOut
    /// A POST whose CSRF token does not match the session's: ask to reload (403).
    case formExpired
}

extension PersonAccess {
    /// Checks `request` for a live session of one of `roles`; for a POST (`post`), also that the
    /// form's `csrf` field is the session's CSRF token, compared in constant time.
    public func check(_ request: HTTPRouteRequest, roles: Set<Person.Role>, post: Bool = false) async throws -> SignInCheck {
        guard let session = request.cookie(Self.cookie), let person = try await person(session: session), roles.contains(person.role) else {
            return .signedOut
        }
        if post {
            let sent = Array((request.formFields["csrf"] ?? "").utf8)
            let expected = Array(Self.csrfToken(session: session).utf8)
            guard sent.count == expected.count, zip(sent, expected).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0 else {
                return .formExpired
            }
        }
        return .signedIn(person, session: session)
    }

    /// The `Set-Cookie` value that opens `session` in the browser.
    public static func sessionCookie(_ session: String) -> String {
        "\(cookie)=\(session); Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=\(sessionHours * 3600)"
    }

    /// The `Set-Cookie` value that removes the session cookie.
    public static let clearedCookie = "\(cookie)=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0"
}

extension PersonAccess {
    /// Answers a sign-in form's POST for any plugin's pages: uses the form's one-time `token`
    /// and, when it works, opens a session and sends the browser to `home` with the session
    /// cookie. Nil when the link does not work; the caller shows its own refusal page (403).
    public func signInResponse(_ request: HTTPRouteRequest, home: String) async throws -> HTTPRouteResponse? {
        let token = request.formFields["token"] ?? ""
        guard !token.isEmpty, let session = try await signIn(token: token, source: request.clientAddress) else { return nil }
        return HTTPRouteResponse(status: 303, headers: ["Location": home, "Set-Cookie": Self.sessionCookie(session)])
    }
}
