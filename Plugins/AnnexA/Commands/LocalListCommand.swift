import ArgumentParser

/// `ilacs-admin local-list`: the named local lists of children kept beside the Annex A
/// snapshots, which sampling quotas and the readiness report read (see `LocalListStore`).
///
/// The AnnexA plugin owns the command because the lists sit beside its snapshots and every
/// plugin that reads them (EvidenceSampling, Reporting) needs AnnexA enabled anyway.
struct LocalListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "local-list",
        abstract: "Import or list local lists of children (e.g. not attending school), for sampling quotas and the readiness report.",
        discussion: """
            Examples:
              ilacs-admin local-list import --name children-not-in-school children_not_in_school.csv --snapshot 4
              ilacs-admin local-list import --name children-not-in-school children_not_in_school.csv
              ilacs-admin local-list list
            """,
        subcommands: [LocalListImportCommand.self, LocalListListCommand.self])
}
