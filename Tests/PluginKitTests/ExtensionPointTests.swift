import PluginKit
import Postgres
import Testing

@Suite("Extension points")
struct ExtensionPointTests {
    func context(_ environment: [String: String]) throws -> (PluginHost, PluginContext) {
        let config = configuration(environment)
        let host = try PluginHost(linked: [AlphaPlugin()], configuration: config)
        // The pool never connects in these tests: nothing leases from it.
        let pool = PostgresPool(configuration: try PostgresConfiguration(connectionString: "postgresql://nobody@127.0.0.1:1/none"))
        return (host, PluginContext(configuration: config, pool: pool, host: host, logger: .init(label: "test")))
    }

    @Test("configuration selects an implementation by name, with the point's default otherwise")
    func resolvesByName() throws {
        let (host, defaultContext) = try context([:])
        #expect(try host.resolve(greeterPoint, context: defaultContext).greet() == "hello")
        let (loudHost, loudContext) = try context(["TEST_GREETER": "loud"])
        #expect(try loudHost.resolve(greeterPoint, context: loudContext).greet() == "HELLO")
        #expect(try host.implementations(of: greeterPoint, context: defaultContext).map { $0.greet() } == ["hello", "HELLO"])
    }

    @Test("an unknown implementation name is refused with the known ones")
    func unknownImplementation() throws {
        let (host, context) = try context(["TEST_GREETER": "whisper"])
        let error = try #require(throws: StartupError.self) { try host.resolve(greeterPoint, context: context) }
        #expect(error.message == "unknown test.greeter 'whisper' in TEST_GREETER; known: plain, loud")
    }
}
