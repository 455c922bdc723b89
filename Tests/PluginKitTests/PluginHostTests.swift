import PluginKit
import Testing

@Suite("Plugin host")
struct PluginHostTests {
    let linked: [any Plugin] = [AlphaPlugin(), BetaPlugin()]

    @Test("every linked plugin is enabled when ILACS_PLUGINS is unset")
    func allEnabledByDefault() throws {
        let host = try PluginHost(linked: linked, configuration: configuration([:]))
        #expect(host.enabled.map(\.name) == ["Alpha", "Beta"])
    }

    @Test("ILACS_PLUGINS enables only the plugins it names, tolerating spaces")
    func enablesNamed() throws {
        let host = try PluginHost(linked: linked, configuration: configuration(["ILACS_PLUGINS": " Beta , "]))
        #expect(host.enabled.map(\.name) == ["Beta"])
        #expect(!host.isEnabled("Alpha"))
        #expect(host.migrations.allSatisfy { $0.owner == "kernel" })
    }

    @Test("an unknown plugin stops startup with the list of known plugins")
    func unknownPluginRefused() throws {
        let error = try #require(throws: StartupError.self) {
            try PluginHost(linked: linked, configuration: configuration(["ILACS_PLUGINS": "Alpha,Gamma"]))
        }
        #expect(error.message == "unknown plugin 'Gamma' in ILACS_PLUGINS; known plugins: Alpha, Beta")
    }

    @Test("an invalid plugin configuration stops startup naming the plugin and the variable")
    func misconfiguredPluginRefused() throws {
        let error = try #require(throws: StartupError.self) {
            try PluginHost(linked: linked, configuration: configuration(["ALPHA_LEVEL": "9"]))
        }
        #expect(error.message == "plugin Alpha is misconfigured: ALPHA_LEVEL: must be 1, 2 or 3, not 9")
    }

    @Test("kernel migrations run first, then each enabled plugin's in catalogue order")
    func migrationOrder() throws {
        let host = try PluginHost(linked: linked, configuration: configuration([:]))
        // The kernel's own (audit log, inspections, the Annex A store with local lists, people), then Alpha's.
        let owners = host.migrations.map(\.owner)
        #expect(owners.count >= 3 && owners.dropLast().allSatisfy { $0 == "kernel" } && owners.last == "Alpha")
    }

    @Test("a plugin whose dependency is not enabled stops startup naming what to add")
    func missingDependencyRefused() throws {
        let error = try #require(throws: StartupError.self) {
            try PluginHost(linked: [AlphaPlugin(), GammaPlugin()], configuration: configuration(["ILACS_PLUGINS": "Gamma"]))
        }
        #expect(error.message == "plugin Gamma needs plugin Alpha; add it to ILACS_PLUGINS (now: Gamma)")
    }

    @Test("a plugin whose dependency the app does not link stops startup saying to disable it")
    func unlinkedDependencyRefused() throws {
        let error = try #require(throws: StartupError.self) {
            try PluginHost(linked: [GammaPlugin()], configuration: configuration([:]))
        }
        #expect(error.message == "plugin Gamma needs plugin Alpha, which this app does not link; disable Gamma")
    }

    @Test("dependencies run their migrations first, whatever the catalogue or ILACS_PLUGINS order")
    func dependencyOrder() throws {
        for listed in ["Gamma,Alpha", "Alpha,Gamma"] {
            let host = try PluginHost(linked: [GammaPlugin(), AlphaPlugin()], configuration: configuration(["ILACS_PLUGINS": listed]))
            #expect(host.enabled.map(\.name) == ["Alpha", "Gamma"])
            #expect(host.migrations.filter { $0.owner != "kernel" }.map(\.owner) == ["Alpha", "Gamma"])
        }
        let all = try PluginHost(linked: [GammaPlugin(), AlphaPlugin(), BetaPlugin()], configuration: configuration([:]))
        #expect(all.enabled.map(\.name) == ["Alpha", "Gamma", "Beta"])
        #expect(PluginListing(host: all).text.contains("Gamma [enabled]: Builds on Alpha.\n  needs: Alpha\n"))
    }

    @Test("the plugins listing shows state and contributions")
    func listing() throws {
        let host = try PluginHost(linked: linked, configuration: configuration(["ILACS_PLUGINS": "Alpha"]))
        let text = PluginListing(host: host).text
        #expect(text.contains("Alpha [enabled]: Contributes one of everything, for tests."))
        #expect(text.contains("migrations: 0001_things"))
        #expect(text.contains("admin commands: hello"))
        #expect(text.contains("HTTP routes: GET /alpha/:id"))
        #expect(text.contains("provides: test.greeter=plain, test.greeter=loud"))
        #expect(text.contains("reads: ALPHA_LEVEL"))
        #expect(text.contains("Beta [disabled]: Contributes nothing."))
    }
}
