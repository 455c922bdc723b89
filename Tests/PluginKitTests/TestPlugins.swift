import ArgumentParser
import Configuration
import PluginKit
import Postgres

/// A mail-transport-like extension point for the tests.
protocol Greeter: Sendable {
    func greet() -> String
}

struct PlainGreeter: Greeter {
    func greet() -> String { "hello" }
}

struct LoudGreeter: Greeter {
    func greet() -> String { "HELLO" }
}

let greeterPoint = ExtensionPoint<any Greeter>(name: "test.greeter", selectorKey: "test.greeter", defaultImplementation: "plain")

struct HelloCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hello", abstract: "Says hello.")
}

/// A plugin contributing one of everything.
struct AlphaPlugin: Plugin {
    let name = "Alpha"
    let summary = "Contributes one of everything, for tests."
    let configurationKeys = ["alpha.level"]
    let migrations = [Migration(owner: "Alpha", id: "0001_things", sql: "CREATE TABLE alpha_things (id int)")]
    let adminCommands: [any ParsableCommand.Type] = [HelloCommand.self]
    let extensions = [
        ExtensionImplementation(greeterPoint, name: "plain", summary: "Says hello.") { _ in PlainGreeter() },
        ExtensionImplementation(greeterPoint, name: "loud", summary: "Shouts hello.") { _ in LoudGreeter() }
    ]
    let routes = [HTTPRoute("GET", "/alpha/:id", summary: "An alpha") { _, _ in HTTPRouteResponse() }]

    func validate(_ configuration: ConfigReader) throws {
        let level = configuration.int(forKey: "alpha.level", default: 1)
        guard (1...3).contains(level) else {
            throw PluginConfigurationError(key: "alpha.level", message: "must be 1, 2 or 3, not \(level)")
        }
    }
}

/// A plugin contributing nothing.
struct BetaPlugin: Plugin {
    let name = "Beta"
    let summary = "Contributes nothing."
}

/// A plugin that needs Alpha, with migrations of its own.
struct GammaPlugin: Plugin {
    let name = "Gamma"
    let summary = "Builds on Alpha."
    let dependencies = ["Alpha"]
    let migrations = [Migration(owner: "Gamma", id: "0001_more", sql: "CREATE TABLE gamma_things (id int)")]
}

func configuration(_ environment: [String: String]) -> ConfigReader {
    ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment))
}
