import Foundation

/// Checks a Mustache template's variables against the ones a campaign provides, because
/// swift-mustache renders an unknown variable as blank and a blank must never reach a carer.
enum TemplateVariables {
    /// Variables every message has.
    static let message = ["carer_names", "authority", "sessions", "decline_url", "unsubscribe_url", "reminder", "reply_by"]
    /// Variables inside `{{#sessions}}`.
    static let session = ["number", "date", "time", "venue", "online_link", "is_online", "capacity", "reply_url"]

    /// The problems in `template` (named `file` in messages): unknown variables, unsupported
    /// tags, unbalanced sections, and in an HTML template (`*html.mustache`) any unescaped tag
    /// (`{{{ }}}`, `{{& }}`), which would put a carer's name or a venue into the page as HTML;
    /// each with its line.
    static func problems(in template: String, file: String) -> [String] {
        var problems: [String] = []
        var sections: [String] = []
        var rest = Substring(template)
        var line = 1
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].count { $0 == "\n" }
            let triple = rest[open.upperBound...].hasPrefix("{")
            let afterOpen = triple ? rest.index(after: open.upperBound) : open.upperBound
            guard let close = rest[afterOpen...].range(of: triple ? "}}}" : "}}") else {
                problems.append("\(file), line \(line): a `{{` is never closed")
                break
            }
            let tag = rest[afterOpen..<close.lowerBound]
            line += tag.count { $0 == "\n" }
            rest = rest[close.upperBound...]
            let sigil = tag.first
            if file.hasSuffix("html.mustache") && (triple || sigil == "&") {
                problems.append(
                    "\(file), line \(line): unescaped tags ({{{ }}} and {{& }}) are not allowed in HTML templates; write {{name}} so the text is escaped")
                continue
            }
            let name = (sigil.map { "#^/&!%>=".contains($0) } == true && !triple ? tag.dropFirst() : tag)
                .trimmingCharacters(in: .whitespaces)
            switch triple ? nil : sigil {
            case "!", "%": continue
            case ">", "=": problems.append("\(file), line \(line): partials and delimiter changes are not supported")
            case "#", "^":
                if let problem = unknown(name, inside: sections) { problems.append("\(file), line \(line): \(problem)") }
                sections.append(name)
            case "/":
                if sections.last == name {
                    sections.removeLast()
                } else {
                    problems.append("\(file), line \(line): `{{/\(name)}}` closes a section that is not open")
                }
            default:
                if let problem = unknown(name, inside: sections) { problems.append("\(file), line \(line): \(problem)") }
            }
        }
        for section in sections.reversed() { problems.append("\(file): the section `\(section)` is never closed") }
        return problems
    }

    private static func unknown(_ name: String, inside sections: [String]) -> String? {
        if name == "." { return nil }
        let head = String(name.split(separator: ".").first ?? "")
        let known = sections.contains("sessions") ? message + session : message
        guard !known.contains(head) else { return nil }
        let hint = sections.contains("sessions") ? "" : (session.contains(head) ? " (it exists only inside {{#sessions}})" : "")
        return "unknown variable `\(name)`\(hint); known: \(known.joined(separator: ", "))"
    }
}
