import ArgumentParser

/// `ilacs-admin campaign resolve OUTBOX-ID --as sent|resend|failed --note N`.
struct CampaignResolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Settle a message held as ambiguous: it was delivered, send it again, or give up.",
        discussion: """
            A message is ambiguous when the connection was lost after its final dot and before the \
            server's reply: it may have arrived. It is never retried automatically. Check the mail \
            server's log for its Message-ID (outbox-ID.campaign-C@...), then decide. Audit-logged.

            Examples:
              ilacs-admin campaign resolve 1234 --as sent --note "in the relay's log at 10:02"
              ilacs-admin campaign resolve 1235 --as resend --note "not in the relay's log"
            """)

    @Argument(help: "The outbox id `campaign status` lists.")
    var outbox: Int

    @Option(name: .customLong("as"), help: "sent, resend or failed.")
    var resolution: CampaignStatus.Resolution

    @Option(help: "How you decided.")
    var note: String

    func run() async throws {
        try await CarerCommands.run { runtime, _ in
            try await CampaignStatus.resolve(outbox, as: resolution, note: note, actor: runtime.actor, pool: runtime.pool)
        }
        print("Outbox message \(outbox) settled as \(resolution.rawValue).")
    }
}

extension CampaignStatus.Resolution: ExpressibleByArgument {}
