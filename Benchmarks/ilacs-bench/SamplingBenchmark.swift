import Crypto
import Dispatch
import EvidenceSampling
import Foundation

/// Drawing a stratified sample (40 strata, a cap per worker) from a population of generated
/// cases: computing every case's ticket and walking them, against the Python reference package
/// `consistent-sampler` computing the same tickets. Goals: under 2 s, and at least 20 times
/// faster than the reference (a ratio of at most 0.05).
struct SamplingBenchmark {
    let population: Int
    static let seed = "31415926535897932384626433"

    func run() throws -> BenchmarkResult {
        // The manifest supplies keys and labels; the draw computes tickets and walks them.
        let keys = (0..<population).map { "L8:LA\($0 % 153)-\($0)" }
        let strata = (0..<40).map { "stratum \($0)" }
        let workers = (0..<4_000).map { "worker \($0)" }
        let teams = (0..<400).map { "team \($0)" }
        let clock = ContinuousClock()
        let floor = Self.rawHashing(keys, seedHash: Ticket.seedHash(Self.seed))
        let start = clock.now
        let tickets = Ticket.all(for: keys, seed: TicketSeed(Self.seed))
        let ticketed = clock.now
        let cases = keys.enumerated().map { index, key in
            SamplingCase(
                key: key, stratum: strata[index % 40], worker: workers[index % 4_000], team: teams[index % 400],
                themes: index % 97 == 0 ? ["disability"] : [], ticket: tickets[index])
        }
        let built = clock.now
        let sizes = Dictionary(uniqueKeysWithValues: (0..<40).map { ("stratum \($0)", 2) })
        let selection = try Selection(
            cases: cases,
            rules: SelectionRules(
                sizes: sizes, perWorkerCap: 1, quotas: [.init(theme: "disability", minimum: 2)]))
        let ours = clock.now - start
        log("Sampling: \(population) cases, \(selection.picks.count) picked in \(BenchmarkResult.format(ours.seconds)) s")
        log(
            "  tickets \(BenchmarkResult.format((ticketed - start).seconds)) s, cases \(BenchmarkResult.format((built - ticketed).seconds)) s, "
                + "selection walk \(BenchmarkResult.format((clock.now - built).seconds)) s; "
                + "floor: raw SHA-256 of the same keys on every core \(BenchmarkResult.format(floor.seconds)) s")

        let keyFile = FileManager.default.temporaryDirectory.appendingPathComponent("ilacs-bench-keys.txt").path
        try keys.joined(separator: "\n").write(toFile: keyFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: keyFile) }
        let lowestFile = keyFile + ".lowest"
        defer { try? FileManager.default.removeItem(atPath: lowestFile) }
        let reference = try timeProcess(
            "/usr/bin/env",
            [
                "python3", "-c",
                """
                import sys
                from consistent_sampler import first_fraction
                keys = open(sys.argv[1]).read().split("\\n")
                tickets = [(first_fraction(key, sys.argv[2]), key) for key in keys]
                open(sys.argv[3], "w").write(min(tickets)[1])
                """, keyFile, Self.seed, lowestFile
            ])
        let lowest = try String(contentsOfFile: lowestFile, encoding: .utf8)
        guard lowest == cases.min(by: { $0.ticket < $1.ticket })?.key else {
            throw BenchmarkFailure("the reference's lowest ticket belongs to another case")
        }
        log("  Python reference (tickets only): \(BenchmarkResult.format(reference.seconds)) s")
        return BenchmarkResult(
            name: "draw from \(population / 1000)k cases", ours: ours,
            baselineName: "consistent-sampler 1.0.10 computing the same tickets", baseline: reference, goal: 0.05)
    }

    /// The floor under the tickets: SHA-256 of every key on top of the seed's absorbed hash, on
    /// every core and chunked as `Ticket.all` does, each chunk copying a state of its own (the
    /// fastest way through swift-crypto here: copies of one shared state contend for its reference
    /// count, and hashing the seed's hash and the key in one `SHA256.hash(data:)` takes two blocks
    /// instead of one), with nothing made of the digests but one byte each, written through the
    /// buffer the worker threads share (so it is not optimised away).
    static func rawHashing(_ keys: [String], seedHash: String) -> Duration {
        let chunks = max(1, min(keys.count / 10_000, ProcessInfo.processInfo.activeProcessorCount * 4))
        var firstBytes = [UInt8](repeating: 0, count: keys.count)
        let clock = ContinuousClock()
        let start = clock.now
        firstBytes.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var prefix = SHA256()
                prefix.update(data: Array(seedHash.utf8))
                for index in (keys.count * chunk / chunks)..<(keys.count * (chunk + 1) / chunks) {
                    var hasher = prefix
                    var key = keys[index]
                    key.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
                    output[index] = hasher.finalize().withUnsafeBytes { $0[0] }
                }
            }
        }
        return clock.now - start
    }
}
