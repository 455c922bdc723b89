import Domain
import Foundation
import Yams

extension SamplingPlan {
    /// Reads a plan from YAML text.
    /// - Parameters:
    ///   - text: the plan file's contents.
    ///   - file: the file's name, for messages.
    /// - Throws: `PlanError` naming the line and the key at fault.
    public static func parse(_ text: String, file: String) throws -> SamplingPlan {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PlanError(file: file, line: nil, "the plan is empty; start from `ilacs-sampler plan example`")
            }
            root = node
        } catch let error as YamlError {
            throw PlanError(file: file, line: error.line, "not valid YAML: \(error.problem)")
        }
        return try PlanReader(file: file).plan(root, text: text)
    }
}

extension YamlError {
    /// The 1-based line of a scanner or parser error.
    fileprivate var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): mark.line
        default: nil
        }
    }

    /// The problem, without the quoted YAML (which may hold a child's identifier).
    fileprivate var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): problem
        default: "unreadable"
        }
    }
}

/// Walks the YAML tree of a plan, turning each node into plan values or a `PlanError`.
private struct PlanReader {
    let file: String

    func plan(_ root: Node, text: String) throws -> SamplingPlan {
        let top = try mapping(root, "the plan", allowed: ["name", "population", "strata", "sample", "caps", "quotas", "exclusions"])
        guard let populationNode = top["population"] else { throw error(root, "the plan has no `population`: say which lists and rows are sampled") }
        let population = try sequence(populationNode, "population").map(part)
        let cohorts = population.map(\.cohort)
        if let duplicate = cohorts.first(where: { name in cohorts.filter { $0 == name }.count > 1 }) {
            throw error(populationNode, "cohort '\(duplicate)' is named twice; give each part of the population its own name")
        }
        guard let sampleNode = top["sample"] else { throw error(root, "the plan has no `sample`: give `total` and `minimum per stratum`, or `sizes`") }
        var perWorkerCap: Int?
        var perTeamCap: Int?
        if let capsNode = top["caps"] {
            let caps = try mapping(capsNode, "caps", allowed: ["per worker", "per team"])
            perWorkerCap = try caps["per worker"].map { try positive($0, "caps: per worker") }
            perTeamCap = try caps["per team"].map { try positive($0, "caps: per team") }
        }
        return SamplingPlan(
            name: try top["name"].map { try string($0, "name") } ?? "Evidence sample",
            population: population,
            strata: try top["strata"].map(strata) ?? [.cohort],
            sizing: try sizing(sampleNode),
            perWorkerCap: perWorkerCap,
            perTeamCap: perTeamCap,
            quotas: try top["quotas"].map { try sequence($0, "quotas").map(quota) } ?? [],
            exclusions: try top["exclusions"].map { try sequence($0, "exclusions").map(exclusion) } ?? [],
            text: text)
    }

    private func part(_ node: Node) throws -> SamplingPlan.Part {
        let fields = try mapping(node, "a population part", allowed: ["cohort", "list", "where"])
        guard let cohortNode = fields["cohort"] else { throw error(node, "each population part needs a `cohort` name, e.g. `cohort: children in care`") }
        guard let listNode = fields["list"] else { throw error(node, "each population part needs a `list` number (3 to 9)") }
        let listText = try string(listNode, "list")
        guard let number = Int(listText), let list = AnnexAList(rawValue: number) else {
            throw error(listNode, "unknown list '\(listText)'; lists are numbered 1 to 11")
        }
        guard SamplingPlan.sampleableLists.contains(list) else {
            throw error(listNode, "List \(number) cannot be sampled: it has no allocated team and worker; use Lists 3 to 9")
        }
        var filters: [SamplingPlan.Filter] = []
        if let whereNode = fields["where"] {
            guard let conditions = whereNode.mapping else { throw error(whereNode, "`where` must map column names to values") }
            for (key, value) in conditions {
                filters.append(try filter(list: list, key: key, value: value))
            }
        }
        return SamplingPlan.Part(cohort: try string(cohortNode, "cohort"), list: list, filters: filters, line: line(node))
    }

    private func filter(list: AnnexAList, key: Node, value: Node) throws -> SamplingPlan.Filter {
        let name = try string(key, "a column name")
        let wanted = normalised(name)
        guard
            let column = list.columns.first(where: { column in
                ([column.key, column.heading] + column.variants).contains { normalised($0) == wanted }
            })
        else {
            throw error(key, "List \(list.number) has no column '\(name)'; its columns are \(list.columns.map(\.key).joined(separator: ", "))")
        }
        if let scalar = value.scalar {
            switch scalar.string.lowercased() {
            case "empty": return .init(column: column, condition: .empty)
            case "not empty": return .init(column: column, condition: .notEmpty)
            default: return .init(column: column, condition: .oneOf([try stored(scalar.string, column: column, node: value)]))
            }
        }
        guard let values = value.sequence, !values.isEmpty else {
            throw error(value, "column '\(name)' needs `empty`, `not empty`, a value or a list of values")
        }
        return .init(column: column, condition: .oneOf(try values.map { try stored(try string($0, name), column: column, node: $0) }))
    }

    /// A filter value as the database stores it: a DfE code, an ISO date or a whole number.
    private func stored(_ text: String, column: AnnexAColumn, node: Node) throws -> String {
        switch column.kind {
        case .text: return text
        case .date:
            guard let date = CalendarDate.parse(text) else { throw error(node, "'\(text)' is not a date for column '\(column.key)'; write YYYY-MM-DD") }
            return date.iso
        case .integer:
            guard let number = Int(text) else { throw error(node, "'\(text)' is not a whole number for column '\(column.key)'") }
            return String(number)
        case .code(let codes):
            guard let code = codes.parse(text) else {
                throw error(node, "'\(text)' is not a code of \(codes.name) for column '\(column.key)'; use one of \(codes.codes.joined(separator: ", "))")
            }
            return code
        }
    }

    private func strata(_ node: Node) throws -> [SamplingPlan.Dimension] {
        try sequence(node, "strata").map { item in
            let name = try string(item, "a stratum dimension")
            guard let dimension = SamplingPlan.Dimension(rawValue: name.lowercased()) else {
                throw error(item, "unknown stratum dimension '\(name)'; use \(SamplingPlan.Dimension.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return dimension
        }
    }

    private func sizing(_ node: Node) throws -> SamplingPlan.Sizing {
        let fields = try mapping(node, "sample", allowed: ["total", "minimum per stratum", "sizes"])
        if let sizesNode = fields["sizes"] {
            guard fields["total"] == nil else { throw error(node, "give either `total` or `sizes`, not both") }
            guard let sizes = sizesNode.mapping, !sizes.isEmpty else { throw error(sizesNode, "`sizes` must map stratum names to sizes") }
            var result: [String: Int] = [:]
            for (key, value) in sizes {
                let stratum = try string(key, "a stratum name")
                result[stratum] = try positive(value, "size of stratum '\(stratum)'")
            }
            return .perStratum(result)
        }
        guard let totalNode = fields["total"] else { throw error(node, "`sample` needs `total` (with `minimum per stratum`) or `sizes`") }
        let total = try positive(totalNode, "sample: total")
        let minimum = try fields["minimum per stratum"].map { try positive($0, "sample: minimum per stratum") } ?? 1
        return .proportional(total: total, minimumPerStratum: minimum)
    }

    private func quota(_ node: Node) throws -> SamplingPlan.Quota {
        let fields = try mapping(node, "a quota", allowed: ["theme", "minimum", "local list"])
        guard let minimumNode = fields["minimum"] else { throw error(node, "each quota needs a `minimum`") }
        let minimum = try positive(minimumNode, "quota minimum")
        if let localNode = fields["local list"] {
            return .init(theme: .localList(try string(localNode, "local list")), minimum: minimum, line: line(node))
        }
        guard let themeNode = fields["theme"] else { throw error(node, "each quota needs a `theme` or a `local list`") }
        let name = try string(themeNode, "theme")
        guard let theme = Theme.builtIn[name.lowercased()] else {
            throw error(themeNode, "unknown theme '\(name)'; use \(Theme.builtIn.keys.sorted().joined(separator: ", ")), or `local list: NAME`")
        }
        return .init(theme: theme, minimum: minimum, line: line(node))
    }

    private func exclusion(_ node: Node) throws -> SamplingPlan.Exclusion {
        let fields = try mapping(node, "an exclusion", allowed: ["child", "reason"])
        guard let childNode = fields["child"] else { throw error(node, "each exclusion needs the `child` (Child Unique ID)") }
        guard let reasonNode = fields["reason"], case let reason = try string(reasonNode, "reason"), !reason.isEmpty else {
            throw error(node, "each exclusion needs a `reason`, e.g. `reason: restricted record`")
        }
        return .init(childID: try string(childNode, "child"), reason: reason, line: line(node))
    }

    // MARK: Node helpers

    private func mapping(_ node: Node, _ what: String, allowed: [String]) throws -> [String: Node] {
        guard let mapping = node.mapping else { throw error(node, "\(what) must be a mapping of `key: value` lines") }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            let name = try string(key, "a key").lowercased()
            guard allowed.contains(name) else {
                throw error(key, "unknown key '\(name)' in \(what); expected \(allowed.joined(separator: ", "))")
            }
            result[name] = value
        }
        return result
    }

    private func sequence(_ node: Node, _ what: String) throws -> [Node] {
        guard let sequence = node.sequence, !sequence.isEmpty else { throw error(node, "`\(what)` must be a list of `- ` items") }
        return Array(sequence)
    }

    private func string(_ node: Node, _ what: String) throws -> String {
        guard let scalar = node.scalar else { throw error(node, "\(what) must be a single value") }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }

    private func positive(_ node: Node, _ what: String) throws -> Int {
        let text = try string(node, what)
        guard let number = Int(text) else { throw error(node, "\(what) must be a whole number, not '\(text)'") }
        guard number > 0 else { throw error(node, "\(what) must be 1 or more, not \(number)") }
        return number
    }

    private func normalised(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    private func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    private func error(_ node: Node, _ message: String) -> PlanError {
        PlanError(file: file, line: node.mark?.line, message)
    }
}
