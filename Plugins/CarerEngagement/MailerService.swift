import ServiceLifecycle

/// The mailer as a service of the app's `ServiceGroup`: delivers until SIGTERM, then finishes
/// the message in hand and releases the rest.
struct MailerService: Service {
    let mailer: Mailer

    func run() async throws {
        try await mailer.run()
    }
}
