/// What a manifest's population carries of the values an import kept as given: how many
/// eligible cases have such values (they stay in the population), which cases' stratum, cap or
/// quota depends on one that is unknown, and which cohort filters could not be applied to rows
/// whose filtered column is unknown. Named by list, row and column, never by child.
public struct ManifestValueProblems: Sendable, Equatable {
    /// A case whose stratum, cap or quota reads an unknown value.
    public struct DependentCase: Sendable, Equatable {
        /// The list number.
        public let list: Int
        /// The row as the imported file showed it.
        public let rowNumber: Int
        /// The keys of the unknown columns it depends on.
        public let columns: [String]
    }

    /// Rows of a cohort's list whose filtered column is unknown: they are not in the cohort.
    public struct UnknownFilter: Sendable, Equatable {
        /// The cohort's name in the plan.
        public let cohort: String
        /// The list number.
        public let list: Int
        /// The keys of the columns the cohort filters on.
        public let columns: [String]
        /// How many rows have one of them unknown.
        public let rows: Int
    }

    /// Eligible cases with at least one value kept as given.
    public var casesWithValueProblems = 0
    /// Cases placed by an unknown value: in the `(unknown)` team or worker, the `not recorded`
    /// gender or age band, or without a quota's theme.
    public var dependentCases: [DependentCase] = []
    /// Cohort filters that could not be applied to some rows.
    public var unknownFilters: [UnknownFilter] = []

    /// Lines for the coordinator; empty when there is nothing to report.
    public var lines: [String] {
        var lines: [String] = []
        if casesWithValueProblems > 0 {
            lines.append("\(casesWithValueProblems) eligible cases carry values kept as given at import (unknown or repaired); they stay in the population.")
        }
        if !dependentCases.isEmpty {
            lines.append("\(dependentCases.count) cases have a stratum, cap or quota that depends on an unknown value:")
            lines += dependentCases.prefix(20).map { "  List \($0.list) row \($0.rowNumber): \($0.columns.joined(separator: ", ")) unknown" }
            if dependentCases.count > 20 { lines.append("  … and \(dependentCases.count - 20) more") }
        }
        for filter in unknownFilters {
            lines.append(
                "\(filter.rows) rows of List \(filter.list) have an unknown \(filter.columns.joined(separator: " or ")), which cohort '\(filter.cohort)' filters on; "
                    + "they are in it only if the filter is `empty`: correct the list and import it again to place them")
        }
        return lines
    }
}
