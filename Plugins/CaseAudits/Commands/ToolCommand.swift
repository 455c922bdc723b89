import ArgumentParser

/// `ilacs-admin audits tool example|check`.
struct ToolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tool",
        abstract: "The audit tool: print a commented example, or check a tool file.",
        subcommands: [ToolExampleCommand.self, ToolCheckCommand.self])
}

/// `ilacs-admin audits tool example`.
struct ToolExampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "example",
        abstract: "Print a commented example tool (five sections, the four-point scale).",
        discussion: """
            Examples:
              ilacs-admin audits tool example > tool.yaml
            """)

    func run() {
        print(AuditToolExample.text, terminator: "")
    }
}

/// `ilacs-admin audits tool check FILE`.
struct ToolCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a tool file and print its sections, questions and SHA-256 (its identity once frozen).",
        discussion: """
            Needs no database. A problem is one line naming the file and line.

            Examples:
              ilacs-admin audits tool check tool.yaml
            """)

    @Argument(help: "The tool's YAML file.")
    var file: String

    func run() throws {
        let tool = try AuditCommands.readTool(file)
        print("\(tool.name): \(tool.sections.count) sections, \(tool.questions.count) questions, grades \(tool.grades.joined(separator: " > "))")
        for section in tool.sections { print("  \(section.title): \(section.questions.map(\.id).joined(separator: ", "))") }
        print("SHA-256 \(tool.sha256)")
    }
}
