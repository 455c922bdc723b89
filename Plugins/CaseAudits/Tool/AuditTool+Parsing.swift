import Yams

extension AuditTool {
    /// The tool's keys at the top level of the file.
    static let topKeys = ["name", "grades", "comment required for", "sections"]

    /// Reads a tool from its YAML text.
    /// - Parameters:
    ///   - text: the file's contents, kept exactly (its hash is the tool's identity).
    ///   - file: the file's name, for messages.
    /// - Throws: `ToolError` naming the line: invalid YAML, an unknown key, fewer than two
    ///   grades, an unknown grade, a section without questions, a question id used twice.
    public static func parse(_ text: String, file: String) throws -> AuditTool {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ToolError(file: file, line: nil, "the file is empty; start from `ilacs-admin audits tool example`")
            }
            root = node
        } catch let error as YamlError {
            // The problem only: YAML errors quote the text, which is not ours to repeat.
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
                throw ToolError(file: file, line: mark.line, "not valid YAML: \(problem)")
            default:
                throw ToolError(file: file, line: nil, "not valid YAML")
            }
        }
        return try ToolReader(file: file).tool(root, text: text)
    }
}

/// Turns the YAML tree of a tool into an `AuditTool`, or the first `ToolError` met.
private struct ToolReader {
    let file: String

    func tool(_ root: Node, text: String) throws -> AuditTool {
        let top = try keyed(root, allowed: AuditTool.topKeys, in: "the tool")
        let name = try top["name"].map { try scalar($0, "name") } ?? "Case audit"
        guard let gradesNode = top["grades"] else {
            throw fault(root, "the tool has no `grades`: list the grading scale, best first, e.g. [outstanding, good, requires improvement, inadequate]")
        }
        let grades = try items(gradesNode, "grades").map { try scalar($0, "a grade") }
        guard grades.count >= 2 else { throw fault(gradesNode, "`grades` needs at least two grades, best first") }
        if let twice = grades.first(where: { grade in grades.filter { AuditTool.normalised($0) == AuditTool.normalised(grade) }.count > 1 }) {
            throw fault(gradesNode, "grade '\(twice)' is listed twice")
        }
        var tool = AuditTool(name: name, grades: grades, commentRequired: [], sections: [], text: text)
        for node in try top["comment required for"].map({ try items($0, "comment required for") }) ?? [] {
            let grade = try scalar(node, "a grade")
            guard let position = tool.grade(grade) else {
                throw fault(node, "unknown grade '\(grade)' in `comment required for`; the grades are \(grades.joined(separator: ", "))")
            }
            tool.commentRequired.insert(position)
        }
        guard let sectionsNode = top["sections"] else { throw fault(root, "the tool has no `sections`: list the sections and their questions") }
        tool.sections = try items(sectionsNode, "sections").map(section)
        var seen = Set<String>()
        for question in tool.questions.map({ $0.question }) where !seen.insert(question.id.lowercased()).inserted {
            throw ToolError(file: file, line: nil, "question id '\(question.id)' is used twice; give every question its own id")
        }
        return tool
    }

    private func section(_ node: Node) throws -> AuditTool.Section {
        let fields = try keyed(node, allowed: ["section", "questions"], in: "a section")
        guard let titleNode = fields["section"] else { throw fault(node, "each section needs a title: `- section: Assessment`") }
        let title = try scalar(titleNode, "section")
        guard let questionsNode = fields["questions"], let list = questionsNode.sequence, !list.isEmpty else {
            throw fault(fields["questions"] ?? node, "section '\(title)' has no questions; give it at least one `- id: ...` with `text: ...`")
        }
        return AuditTool.Section(title: title, questions: try list.map(question))
    }

    private func question(_ node: Node) throws -> AuditTool.Question {
        let fields = try keyed(node, allowed: ["id", "text"], in: "a question")
        guard let idNode = fields["id"], let textNode = fields["text"] else {
            throw fault(node, "each question needs an `id` (letters, digits, hyphens) and a `text`")
        }
        let id = try scalar(idNode, "id")
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), id.lowercased() != "overall" else {
            throw fault(idNode, "question id '\(id)' must be letters, digits and hyphens, and not `overall` (the case's own grade)")
        }
        return AuditTool.Question(id: id, text: try scalar(textNode, "text"))
    }

    // MARK: Reading nodes

    private func keyed(_ node: Node, allowed: [String], in what: String) throws -> [String: Node] {
        guard let pairs = node.mapping else { throw fault(node, "\(what) must be `key: value` lines") }
        var fields: [String: Node] = [:]
        for (keyNode, value) in pairs {
            let key = try scalar(keyNode, "a key").lowercased()
            guard allowed.contains(key) else { throw fault(keyNode, "unknown key '\(key)' in \(what); use \(allowed.joined(separator: ", "))") }
            fields[key] = value
        }
        return fields
    }

    private func items(_ node: Node, _ what: String) throws -> [Node] {
        guard let list = node.sequence, !list.isEmpty else { throw fault(node, "`\(what)` must be a list, `- item` lines or [a, b]") }
        return Array(list)
    }

    private func scalar(_ node: Node, _ what: String) throws -> String {
        guard let value = node.scalar?.string.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            throw fault(node, "\(what) must be one non-empty value")
        }
        return value
    }

    private func fault(_ node: Node, _ message: String) -> ToolError {
        ToolError(file: file, line: node.mark?.line, message)
    }
}
