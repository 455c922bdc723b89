import ArgumentParser

/// Prints the example plan.
struct PlanExampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "example",
        abstract: "Print a commented example plan that works on the generated data.",
        discussion: """
            Examples:
              ilacs-sampler plan example > plan.yaml
            """)

    func run() {
        print(PlanExample.text, terminator: "")
    }
}
