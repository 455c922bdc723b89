import Domain
import Hashing

/// What an evidence sample is drawn from and how: the population, the strata and their sizes,
/// caps, quotas and exclusions, as written in a YAML plan file (`ilacs-sampler plan example`).
///
/// The plan is frozen into a manifest, with its exact text, before any seed exists.
public struct SamplingPlan: Sendable, Equatable {
    /// One part of the population: rows of one list that match every filter, called a cohort.
    public struct Part: Sendable, Equatable {
        /// The cohort's name, e.g. `children in care`; strata by cohort use it.
        public let cohort: String
        /// The list the rows come from.
        public let list: AnnexAList
        /// Conditions every row must meet.
        public let filters: [Filter]
        /// The plan line where the part starts.
        public let line: Int
    }

    /// A condition on one column of a list's rows.
    public struct Filter: Sendable, Equatable {
        /// The column, as Domain defines it.
        public let column: AnnexAColumn
        /// What the column must hold.
        public let condition: Condition
    }

    /// What a filtered column must hold. Values are stored forms: DfE codes, ISO dates.
    public enum Condition: Sendable, Equatable {
        /// The cell is blank.
        case empty
        /// The cell is not blank.
        case notEmpty
        /// The cell holds one of these values.
        case oneOf([String])
    }

    /// A characteristic that cases are stratified by.
    public enum Dimension: String, Sendable, CaseIterable {
        case cohort, team, worker, gender
        case ageBand = "age band"
    }

    /// How many cases each stratum gets.
    public enum Sizing: Sendable, Equatable {
        /// A total shared between strata in proportion to their populations, each stratum
        /// getting at least `minimum` (or all its cases, when it has fewer).
        case proportional(total: Int, minimumPerStratum: Int)
        /// A size for each named stratum; strata not named are not sampled.
        case perStratum([String: Int])
    }

    /// A minimum number of picks that must have a theme.
    public struct Quota: Sendable, Equatable {
        /// The theme.
        public let theme: Theme
        /// How many picks must have it.
        public let minimum: Int
        /// The plan line of the quota.
        public let line: Int
    }

    /// A child left out of the population, with the recorded reason.
    public struct Exclusion: Sendable, Equatable {
        /// The child's Child Unique ID.
        public let childID: String
        /// Why (e.g. `restricted record`). Never empty.
        public let reason: String
        /// The plan line of the exclusion.
        public let line: Int
    }

    /// A short title for the plan.
    public let name: String
    /// The population's parts, in plan order.
    public let population: [Part]
    /// The stratification, in order; a stratum's name joins its values with ` / `.
    public let strata: [Dimension]
    /// How many cases each stratum gets.
    public let sizing: Sizing
    /// At most this many picks per allocated worker, if set.
    public let perWorkerCap: Int?
    /// At most this many picks per allocated team, if set.
    public let perTeamCap: Int?
    /// Quotas, met first, in plan order.
    public let quotas: [Quota]
    /// Children left out, with reasons.
    public let exclusions: [Exclusion]
    /// The plan file's exact text, which the manifest keeps.
    public let text: String

    /// The SHA-256 of the plan's text, lowercase hex.
    public var sha256: String {
        HexDigest.sha256(text.utf8)
    }

    /// The lists whose rows can be sampled: those with an allocated team and worker.
    public static let sampleableLists: [AnnexAList] = [
        .referrals, .assessments, .section47, .childrenInNeed, .childProtection, .childrenInCare, .careLeavers
    ]
}
