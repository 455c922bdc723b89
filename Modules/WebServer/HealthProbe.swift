#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Asks a web app on this machine whether it is ready, over plain HTTP/1.0 on a socket, for
/// the `healthcheck` subcommand: the runtime image has no curl.
public enum HealthProbe {
    /// The body of every app's `healthcheck` subcommand: prints `ready`, or `not ready:` and why.
    /// - Returns: whether the app on `127.0.0.1:port` is ready (the command exits 0 or 1 on it).
    public static func report(port: Int) -> Bool {
        if let problem = check(port: port) {
            print("not ready: \(problem)")
            return false
        }
        print("ready")
        return true
    }

    /// Whether `GET path` on `127.0.0.1:port` answers 200 within `timeoutSeconds`.
    /// - Returns: nil when ready, else what went wrong, on one line.
    public static func check(port: Int, path: String = "/health/ready", timeoutSeconds: Int = 3) -> String? {
        let handle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard handle >= 0 else { return "cannot open a socket" }
        defer { close(handle) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(handle, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(handle, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(handle, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return "nothing answers on 127.0.0.1:\(port)" }
        let request = Array("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(handle, $0.baseAddress, $0.count, 0) }) == request.count else { return "cannot send the request" }
        var reply = [UInt8](repeating: 0, count: 512)
        let count = reply.withUnsafeMutableBytes { recv(handle, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return "no answer within \(timeoutSeconds) s" }
        let status = String(decoding: reply.prefix(count), as: UTF8.self).split(separator: "\r\n").first.map(String.init) ?? ""
        return status.split(separator: " ").dropFirst().first == "200" ? nil : "\(path) answered: \(status)"
    }
}
