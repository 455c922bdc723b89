import ServiceLifecycle

/// The mailer as a service of the app's `ServiceGroup`: delivers until SIGTERM, then finishes
/// the message in hand and releases the rest.
public struct MailerService: Service {
    /// The mailer it runs.
    public let mailer: Mailer

    /// A service running `mailer`.
    public init(mailer: Mailer) {
        self.mailer = mailer
    }

    public func run() async throws {
        try await mailer.run()
    }
}
