import ArgumentParser
import PluginKit
import WorkforceRegister

/// `ilacs-admin week ask-child --inspection N (--case KEY... | --all)`: asks each sampled
/// child's allocated worker whether the child would like to talk to an inspector.
struct WeekAskChildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask-child",
        abstract: "Ask sampled children's allocated workers whether the child would like to talk to an inspector.",
        discussion: """
            A child is never contacted directly: for each sampled child chosen, a message goes \
            through the outbox to their allocated worker (matched to the workforce register by \
            `ilacs-admin workforce match`), naming the child by case key only. It asks whether the \
            child would like to talk to an inspector, how (in person, online, with a trusted \
            adult) and any access needs; the coordinator records the answer with `week \
            child-answer`. A child whose worker is unknown is listed as a finding; a worker without \
            an email address is listed as not asked. Asking again about a child already asked \
            sends nothing.

            Examples:
              ilacs-admin week ask-child --inspection 3 --all
              ilacs-admin week ask-child --inspection 3 --case L6:4821 --case L8:1177
            """)

    @Option(help: "The inspection's id (`ilacs-admin inspection list`).")
    var inspection: Int

    @Option(name: .customLong("case"), help: "A sampled child's case key; repeat for several.")
    var cases: [String] = []

    @Flag(help: "Every sampled child of the inspection.")
    var all = false

    func validate() throws {
        if cases.isEmpty == !all { throw ValidationError("give --case KEY (one or more) or --all, not both") }
    }

    func run() async throws {
        try await AdminRuntime.run(for: InspectionWeekPlugin.pluginName) { runtime in
            let context = runtime.context(for: InspectionWeekPlugin.pluginName)
            let caseReaders = try runtime.host.implementations(of: SampledCase.point, context: context)
            let source = try await runtime.pool.withConnection { connection in
                try await ConversationSource.read(inspection: inspection, caseReaders: caseReaders, sessionReaders: [], on: connection)
            }
            let sampled = try Self.chosen(cases, all: all, from: source.cases, inspection: inspection)
            let register = WorkforceRegister(pool: runtime.pool)
            var targets: [ChildRequests.Target] = []
            for child in sampled {
                var worker: StaffMember?
                if let staffID = try await register.staffID(ofAllocatedWorker: child.worker, snapshot: child.snapshotID) {
                    worker = try await register.staff(id: staffID)
                }
                targets.append(.init(caseKey: child.caseKey, worker: worker))
            }
            let outcome = try await runtime.pool.transaction { connection in
                try await ChildRequests.ask(targets, inspectionID: inspection, actor: runtime.actor, on: connection)
            }
            print(
                "\(outcome.asked.count) asked, \(outcome.alreadyAsked.count) already asked, \(outcome.noEmail.count) not asked (no email), "
                    + "\(outcome.unknownWorkers.count) unknown workers.")
            for key in outcome.noEmail { print("Sampled case \(key): not asked (no email): its allocated worker has no email address in the register") }
            for key in outcome.unknownWorkers {
                print("Finding: sampled case \(key): its allocated worker matches no one (or several people) in the register")
            }
        }
    }

    /// The sampled children `keys` names (each once, in sample order), or all of them.
    /// - Throws: `WeekRefusal` for a key that is not in the sample.
    static func chosen(_ keys: [String], all: Bool, from sample: [SampledCase], inspection: Int) throws -> [SampledCase] {
        if let missing = keys.first(where: { key in !sample.contains { $0.caseKey == key } }) {
            throw WeekRefusal("--case: \(missing) is not a sampled case of inspection \(inspection) (`ilacs-sampler show` lists a sample's case keys)")
        }
        var seen: Set<String> = []
        return sample.sorted { ($0.sampleID, $0.position) < ($1.sampleID, $1.position) }.filter { child in
            (all || keys.contains(child.caseKey)) && seen.insert(child.caseKey).inserted
        }
    }
}
