import ArgumentParser

/// `ilacs-admin inspectors add|list|reissue|revoke`.
struct InspectorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspectors",
        abstract: "Give Ofsted inspectors access to the sampler's web page, list it, reissue links, revoke it.",
        subcommands: [InspectorsAddCommand.self, InspectorsListCommand.self, InspectorsReissueCommand.self, InspectorsRevokeCommand.self])
}
