import Foundation
import SMTP

#if canImport(Glibc)
    import Glibc
#endif

/// A real aiosmtpd server (scripts/mail/smtp_sink.py) on 127.0.0.1 for one test, with STARTTLS
/// on a fresh self-signed certificate for `localhost` and AUTH, unless asked for plain.
public final class SMTPSink: @unchecked Sendable {
    // Safety: every property is set in init and never changed.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    /// The AUTH user name the sink accepts.
    public static let user = "mailer"
    /// The AUTH password the sink accepts.
    public static let password = "s3cret-påss"

    /// The port it listens on, on 127.0.0.1.
    public let port: Int
    let folder: String
    let process: Process
    /// The certificate to trust for STARTTLS.
    public var caFile: String { "\(folder)/cert.pem" }
    var out: String { "\(folder)/received.jsonl" }

    init(tls: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sink-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if tls {
            try Self.run(
                "/usr/bin/openssl",
                [
                    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(folder)/key.pem", "-out", "\(folder)/cert.pem",
                    "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"
                ])
        }
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var arguments = ["python3", "\(Self.root)/scripts/mail/smtp_sink.py", "--out", "\(folder)/received.jsonl"]
        if tls { arguments += ["--cert", "\(folder)/cert.pem", "--key", "\(folder)/key.pem", "--user", Self.user, "--password", Self.password] }
        process.arguments = arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // Bounded: a sink that never says READY fails the test instead of hanging it.
        let line = Self.readLine(stdout.fileHandleForReading.fileDescriptor, within: .seconds(20))
        guard let line else {
            Self.kill(process)
            throw TestSetupError(
                "the SMTP sink did not start within 20 s: run `make setup` (the Python test environment with aiosmtpd) "
                    + "and put `scripts/python-env.sh path` first on PATH")
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("READY "), let port = Int(text.dropFirst(6)) else {
            Self.kill(process)
            throw TestSetupError("the SMTP sink said: \(text)")
        }
        self.port = port
    }

    /// The messages received so far, as Python's email package parsed them.
    public func received() throws -> [[String: Any]] {
        guard let data = FileManager.default.contents(atPath: out) else { return [] }
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    /// How to reach the sink: STARTTLS with its certificate, AUTH with `mechanism`, 30 s a reply
    /// (a loaded machine is slow).
    public func configuration(mechanism: SMTPConfiguration.AuthMechanism = .plain) -> SMTPConfiguration {
        SMTPConfiguration(
            host: "localhost", port: port, caFile: caFile, credentials: (Self.user, Self.password),
            authMechanism: mechanism, replyTimeout: .seconds(30))
    }

    /// Stops the sink: SIGTERM, and SIGKILL if it has not exited within 5 s.
    func stop() {
        Self.kill(process)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs `body` with a fresh sink, stopped afterwards whatever happens. Starting and stopping
    /// run on a thread of their own, so the cooperative pool is never blocked.
    public static func with<T>(tls: Bool = true, _ body: (SMTPSink) async throws -> T) async throws -> T {
        let sink = try await offPool { try SMTPSink(tls: tls) }
        do {
            let result = try await body(sink)
            await offPool { sink.stop() }
            return result
        } catch {
            await offPool { sink.stop() }
            throw error
        }
    }

    private static func offPool<R: Sendable>(_ work: @escaping @Sendable () throws -> R) async throws -> R {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    private static func offPool(_ work: @escaping @Sendable () -> Void) async {
        await withCheckedContinuation { continuation in
            Thread {
                work()
                continuation.resume()
            }.start()
        }
    }

    /// The first line `fd` gives within `limit`, or nil at end of file or when time runs out.
    private static func readLine(_ fd: Int32, within limit: Duration) -> Data? {
        let deadline = ContinuousClock.now + limit
        var line = Data()
        var buffer = [UInt8](repeating: 0, count: 256)
        while !line.contains(UInt8(ascii: "\n")) {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return nil }
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(left.components.seconds * 1000 + 1))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return nil }
            let count = read(fd, &buffer, buffer.count)
            guard count > 0 else { return nil }
            line += buffer[..<count]
        }
        return line
    }

    /// SIGTERM, then SIGKILL (which cannot be blocked or ignored) after 5 s.
    private static func kill(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = ContinuousClock.now + .seconds(5)
        while process.isRunning, ContinuousClock.now < deadline { usleep(50_000) }
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    private static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestSetupError("\(executable) failed: install openssl") }
    }
}
