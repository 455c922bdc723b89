import Foundation

/// A PostgreSQL server of a test's own, for tests that must stop or kill the server without
/// disturbing the shared one. It uses the same script as `make db`.
public struct ScratchServer: Sendable {
    /// Its data folder.
    public let directory: String
    /// Its TCP port on 127.0.0.1.
    public let port: Int

    /// The connection string of its `ilacs` database.
    public var url: String { "postgresql://ilacs@127.0.0.1:\(port)/ilacs" }

    /// Initialises and starts a new server in a fresh folder under `ILACS_TEST_SCRATCH`.
    public static func start() async throws -> ScratchServer {
        guard let scratch = ProcessInfo.processInfo.environment["ILACS_TEST_SCRATCH"] else {
            throw TestSetupError("ILACS_TEST_SCRATCH is not set: run the tests with `make test`")
        }
        // Below Linux's ephemeral range (32768-60999): a port in it can be taken, between start and
        // restart, by the local end of one of the suite's own client connections.
        let port = 22_000 + Int.random(in: 0..<8_000)
        let server = ScratchServer(directory: "\(scratch)/pg-\(port)-\(UUID().uuidString.prefix(8))", port: port)
        try await server.run("start")
        return server
    }

    /// Kills the server at once (`pg_ctl stop -m immediate`, as after a crash).
    public func kill() async throws {
        try await run("kill")
    }

    /// Starts the server again on the same folder and port.
    public func restart() async throws {
        try await run("start")
    }

    /// Stops the server and deletes its folder.
    public func destroy() async throws {
        try await run("stop")
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs the script on a thread of its own, so the cooperative pool is never blocked.
    ///
    /// It uses posix_spawn and waitpid directly: Foundation's Process missed the exit of a
    /// script whose grandchild (the postmaster) lives on, and left the test waiting forever.
    private func run(_ command: String) async throws {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/pg-cluster.sh").path
        let log = "\(directory).\(command).log"
        let arguments = ["/bin/bash", script, command, directory, String(port)]
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            Thread {
                var actions = posix_spawn_file_actions_t()
                posix_spawn_file_actions_init(&actions)
                defer { posix_spawn_file_actions_destroy(&actions) }
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 2, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                let argv = arguments.map { strdup($0) } + [nil]
                defer { argv.forEach { free($0) } }
                var pid = pid_t()
                let spawned = posix_spawn(&pid, "/bin/bash", &actions, nil, argv, environ)
                guard spawned == 0 else {
                    return continuation.resume(throwing: TestSetupError("cannot run \(script): error \(spawned)"))
                }
                var status: Int32 = 0
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                continuation.resume(returning: status)
            }.start()
        }
        guard status == 0 else {
            let message = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw TestSetupError("pg-cluster.sh \(command) failed: \(message)")
        }
    }
}
