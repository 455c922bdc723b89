import Logging
import PluginKit
import ServiceLifecycle

extension PluginWebServer {
    /// What every serving app runs: every enabled plugin's routes, each with its own context,
    /// served on `address:port` beside every enabled plugin's background services, until
    /// SIGTERM or SIGINT; then the server drains its requests and the services stop, in
    /// reverse start order. `/health/ready` answers while the database does. The rate limit and
    /// idle timeout come from configuration (``WebLimits``).
    /// - Parameters:
    ///   - serving: what the app serves, for the log line (`the inspectors' web page`).
    public static func serve(runtime: AdminRuntime, address: String, port: Int, serving: String) async throws {
        let logger = runtime.logger
        var routes: [MountedRoute] = []
        var services: [any Service] = []
        for plugin in runtime.host.enabled {
            let context = runtime.context(for: plugin.name)
            routes += plugin.routes.map { MountedRoute($0, context: context) }
            services += try plugin.backgroundServices.map { try $0.make(context) }
        }
        let pool = runtime.pool
        let limits = try WebLimits(host: runtime.host)
        let server = PluginWebServer(routes: routes, address: address, port: port, limits: limits, logger: logger) {
            (try? await pool.query("SELECT 1")) != nil
        }
        let web = server.application { port in logger.info("serving \(serving)", metadata: ["address": "\(address):\(port)"]) }
        let group = ServiceGroup(
            configuration: .init(
                services: [web as any Service] + services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        logger.info("stopped")
    }
}
