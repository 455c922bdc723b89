import ArgumentParser
import PluginKit

/// `ilacs-admin inspection attach`: records audit or performance information shared after the call.
struct AttachCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Record a file of audits or performance information shared with inspectors after the latest call.",
        discussion: """
            Keeps the file's name, size and SHA-256 (never its contents) against the inspection \
            announced by the latest call; the checklist then shows the item as done. Audit-logged.

            Examples:
              ilacs-admin inspection attach audits-2026-q3.pdf --kind audits
              ilacs-admin inspection attach performance-pack.xlsx --kind performance
            """
    )

    @Argument(help: "The file shared with inspectors.")
    var file: String

    @Option(help: "audits or performance.")
    var kind: String

    func validate() throws {
        guard AttachmentKind(rawValue: kind.lowercased()) != nil else {
            throw ValidationError("unknown kind '\(kind)'; use audits or performance")
        }
    }

    func run() async throws {
        let attached = try AttachedFile(path: file)
        try await AdminRuntime.run(for: ReportingPlugin.pluginName) { runtime in
            let call = try await runtime.pool.withConnection { try await InspectionStore.latestCall(on: $0) }
            guard let call else { throw ReportingError.noCall }
            try await InspectionStore(pool: runtime.pool).attach(
                attached, kind: AttachmentKind(rawValue: kind.lowercased())!, inspectionID: call.inspectionID, actor: runtime.actor)
            print("Attached \(attached.name) (\(attached.bytes) bytes) as \(kind.lowercased()) for inspection \(call.inspectionID).")
        }
    }
}
