import Foundation
import Mustache

/// A campaign's Mustache templates: subject, plain text and HTML for the invitation, and
/// optionally for the reminder (else the invitation's are used, with `reminder` true).
public struct CampaignTemplates: Sendable, Codable, Equatable {
    /// The files read from a template folder, by name.
    static let files = ["subject.mustache", "text.mustache", "html.mustache"]
    /// The reminder's files, each optional.
    static let reminderFiles = files.map { "reminder-" + $0 }

    /// Template texts keyed by file name.
    public let sources: [String: String]

    /// A message rendered for one household.
    public struct Rendered: Sendable, Equatable {
        public let subject: String
        public let text: String
        public let html: String
    }

    /// Templates from `sources`, checked.
    /// - Throws: `CarerError` listing every unknown variable and syntax error with file and line.
    public init(sources: [String: String]) throws {
        self.sources = sources
        var problems: [String] = []
        for name in Self.files where sources[name] == nil {
            problems.append("\(name) is missing")
        }
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            problems += TemplateVariables.problems(in: text, file: name)
            do { _ = try MustacheTemplate(string: text) } catch { problems.append("\(name): not a valid Mustache template: \(error)") }
        }
        guard problems.isEmpty else {
            throw CarerError("the templates have \(problems.count) problem(s):\n" + problems.joined(separator: "\n"))
        }
    }

    /// Reads `subject.mustache`, `text.mustache`, `html.mustache` and the optional
    /// `reminder-*.mustache` from `directory`, and checks them.
    public static func load(directory: String) throws -> CampaignTemplates {
        var sources: [String: String] = [:]
        for name in files + reminderFiles {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CarerError("\(name) in the template folder cannot be read as UTF-8 text")
            }
            sources[name] = text
        }
        if sources.isEmpty {
            throw CarerError("no templates in \(directory): it needs subject.mustache, text.mustache and html.mustache")
        }
        return try CampaignTemplates(sources: sources)
    }

    /// Renders the invitation or the reminder with `values`.
    func render(reminder: Bool, values: [String: Any]) throws -> Rendered {
        func source(_ name: String) -> String {
            reminder ? sources["reminder-" + name] ?? sources[name]! : sources[name]!
        }
        var values = values
        values["reminder"] = reminder
        let text = "{{% CONTENT_TYPE: TEXT}}"
        let subject = try MustacheTemplate(string: text + source("subject.mustache")).render(values)
        return Rendered(
            subject: subject.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces),
            text: try MustacheTemplate(string: text + source("text.mustache")).render(values),
            html: try MustacheTemplate(string: source("html.mustache")).render(values))
    }
}
