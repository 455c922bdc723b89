import Domain
import Hashing

/// The eligible population and the resolved plan, frozen before any seed exists.
///
/// Its canonical text (``canonicalText``) is what its SHA-256 covers; `ilacs-sampler manifest
/// export` writes exactly that text, so `sha256sum` on the file gives the manifest's hash.
public struct Manifest: Sendable {
    /// A case left out of the population by the plan, with the reason it gives.
    public struct Exclusion: Sendable, Equatable {
        /// The case key.
        public let key: String
        /// The row's list.
        public let list: AnnexAList
        /// The row's number in the imported file.
        public let rowNumber: Int
        /// The child's Child Unique ID.
        public let childID: String
        /// The plan's reason.
        public let reason: String
    }

    /// The snapshot the population was read from.
    public let snapshotID: Int
    /// The snapshot's content hash, which pins its rows.
    public let snapshotSHA256: String
    /// The plan as written.
    public let plan: SamplingPlan
    /// The sizes, caps and quotas the selection walk applies.
    public let rules: SelectionRules
    /// The eligible cases, ordered by key.
    public let cases: [ManifestCase]
    /// The cases the plan excluded, ordered by key.
    public let exclusions: [Exclusion]
    /// The eligible cases with values kept as given, and those whose stratum, cap or quota
    /// depends on an unknown value. Reported when the manifest is frozen; not part of
    /// ``canonicalText``, which the snapshot's hash already pins.
    public var valueProblems = ManifestValueProblems()

    /// Creates a manifest; cases and exclusions are put in key order.
    public init(
        snapshotID: Int, snapshotSHA256: String, plan: SamplingPlan, rules: SelectionRules,
        cases: [ManifestCase], exclusions: [Exclusion]
    ) {
        self.snapshotID = snapshotID
        self.snapshotSHA256 = snapshotSHA256
        self.plan = plan
        self.rules = rules
        self.cases = cases.sorted { $0.key < $1.key }
        self.exclusions = exclusions.sorted { $0.key < $1.key }
    }

    /// The manifest as tab-separated lines: a header, the snapshot and plan hashes, the
    /// sizes, caps and quotas, every case with its stratum, team, worker and themes, and every
    /// exclusion with its reason. Everything needed to redo the selection given the seed.
    public var canonicalText: String {
        var lines = [
            "ILACS Ready sampling manifest\t1",
            "snapshot\t\(snapshotID)\t\(snapshotSHA256)",
            "plan\t\(plan.sha256)"
        ]
        lines += rules.sizes.sorted { $0.key < $1.key }.map { "size\t\($0.key)\t\($0.value)" }
        if let cap = rules.perWorkerCap { lines.append("cap\tworker\t\(cap)") }
        if let cap = rules.perTeamCap { lines.append("cap\tteam\t\(cap)") }
        lines += rules.quotas.map { "quota\t\($0.theme)\t\($0.minimum)" }
        lines += cases.map { "case\t\($0.key)\t\($0.stratum)\t\($0.team)\t\($0.worker)\t\($0.themes.joined(separator: ","))" }
        lines += exclusions.map { "excluded\t\($0.key)\t\(ManifestCase.flat($0.reason))" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The SHA-256 of ``canonicalText``, lowercase hex: what the authority hands the lead inspector.
    public var sha256: String {
        HexDigest.sha256(canonicalText.utf8)
    }
}
