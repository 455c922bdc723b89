import Foundation
import Yams

/// Reading and writing the authority's practice standards as YAML.
///
/// ```yaml
/// standards:
///   - indicator: cp_visits
///     title: Children on a plan are seen at least every 10 working days
///     every: 10 working days
///     target: 95%
/// ```
public enum PracticeStandards {
    /// Reads standards from `text`, the contents of `file`.
    /// - Throws: ``PracticeStandardsError`` naming the file and line: not YAML, an unknown key or
    ///   indicator, an indicator given twice, a timescale that is not a positive number of working
    ///   days, days, weeks or months, or a target outside 0% to 100%.
    public static func parse(_ text: String, file: String) throws -> [PracticeStandard] {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PracticeStandardsError(file: file, line: nil, "the file is empty; start from `ilacs-admin standards example`")
            }
            root = node
        } catch let error as YamlError {
            let line: Int? =
                switch error {
                case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): mark.line
                default: nil
                }
            throw PracticeStandardsError(file: file, line: line, "not valid YAML")
        }
        let reader = Reader(file: file)
        let top = try reader.mapping(root, "the file", allowed: ["standards"])
        guard let list = top["standards"], let items = list.sequence else {
            throw reader.error(root, "the file needs `standards:`, a list of standards; see `ilacs-admin standards example`")
        }
        var standards: [PracticeStandard] = []
        for item in items {
            let standard = try reader.standard(item)
            if standards.contains(where: { $0.indicator == standard.indicator }) {
                throw reader.error(item, "`\(standard.indicator)` has a standard already; give each indicator one")
            }
            standards.append(standard)
        }
        return standards
    }

    /// The statutory minimums as a standards file: a starting point to edit.
    public static var example: String {
        var lines = [
            "# Practice standards: how often, and for what share of children, the authority expects each",
            "# thing to happen. `ilacs-admin standards load FILE` applies them; the readiness report then",
            "# measures each indicator against the standard's timescale and judges it against the target.",
            "# The timescales below are the statutory or national minimums; tighten them to the authority's",
            "# own. Timescales: N working days (Monday to Friday), N days, N weeks or N months.",
            "standards:"
        ]
        for indicator in MeasuredIndicator.all {
            lines.append("  # \(indicator.measures); \(indicator.basis).")
            lines.append("  - indicator: \(indicator.id)")
            let timescale = indicator.nationalTimescale ?? Timescale(4, .weeks)
            lines.append("    title: \(title(for: indicator.id, timescale))")
            lines.append("    every: \(timescale)")
            lines.append("    target: \(indicator.id == "cic_visits" || indicator.id == "cp_visits" ? 95 : 90)%")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func title(for id: String, _ timescale: Timescale) -> String {
        switch id {
        case "cp_visits": "Children on a plan are seen at least every \(timescale)"
        case "cic_visits": "Statutory visits to children in care at least every \(timescale)"
        case "assessments_45_days": "Assessments completed within \(timescale)"
        case "s47_icpc_15_days": "Initial conferences within \(timescale) of the strategy discussion"
        default: "Supervision at least every \(timescale)"
        }
    }
}

/// Walks the YAML tree, turning each node into values or an error naming its line.
private struct Reader {
    let file: String

    func standard(_ node: Node) throws -> PracticeStandard {
        let fields = try mapping(node, "a standard", allowed: ["indicator", "title", "every", "target"])
        guard let indicatorNode = fields["indicator"], let id = indicatorNode.string else {
            throw error(node, "a standard needs `indicator`, one of \(MeasuredIndicator.all.map(\.id).joined(separator: ", "))")
        }
        guard MeasuredIndicator.named(id) != nil else {
            throw error(indicatorNode, "`\(id)` is not an indicator a standard can set; use one of \(MeasuredIndicator.all.map(\.id).joined(separator: ", "))")
        }
        guard let everyNode = fields["every"] else { throw error(node, "the standard for `\(id)` needs `every`, e.g. `every: 10 working days`") }
        guard let targetNode = fields["target"] else { throw error(node, "the standard for `\(id)` needs `target`, e.g. `target: 95%`") }
        let title = fields["title"]?.string ?? id
        return PracticeStandard(indicator: id, title: title, timescale: try timescale(everyNode), target: try target(targetNode))
    }

    func timescale(_ node: Node) throws -> Timescale {
        let text = (node.string ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, let amount = Int(parts[0]) else {
            throw error(node, "`every` must be a number and a unit: N working days, N days, N weeks or N months")
        }
        guard amount > 0 else { throw error(node, "`every` must be 1 or more, not \(amount): a timescale cannot be zero or negative") }
        let unitText = parts[1].hasSuffix("s") ? parts[1] : parts[1] + "s"
        guard let unit = Timescale.Unit(rawValue: unitText) else {
            throw error(node, "`every` has the unit '\(parts[1])'; use working days, days, weeks or months")
        }
        return Timescale(amount, unit)
    }

    func target(_ node: Node) throws -> Double {
        var text = (node.string ?? "").trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%") { text.removeLast() }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), (0...100).contains(value) else {
            throw error(node, "`target` must be a share from 0% to 100%, e.g. `target: 95%`")
        }
        return value
    }

    func mapping(_ node: Node, _ what: String, allowed: [String]) throws -> [String: Node] {
        guard let mapping = node.mapping else { throw error(node, "\(what) must be a mapping of keys to values") }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string, allowed.contains(name) else {
                throw error(key, "unknown key `\(key.string ?? "?")` in \(what); allowed: \(allowed.joined(separator: ", "))")
            }
            result[name] = value
        }
        return result
    }

    func error(_ node: Node, _ message: String) -> PracticeStandardsError {
        PracticeStandardsError(file: file, line: node.mark?.line, message)
    }
}
