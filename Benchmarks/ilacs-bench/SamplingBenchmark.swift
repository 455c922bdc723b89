import Crypto
import Dispatch
import Domain
import EvidenceSampling
import Foundation
import Hashing

/// Drawing a stratified sample (40 strata, a cap per worker, a quota) from a manifest of generated
/// cases, as `ilacs-sampler draw` does once it has read the manifest: every case's ticket, the
/// cases numbered, and the walk; against the Python reference package `consistent-sampler`
/// computing the same tickets. Goals: under 2 s, and at least 20 times faster than the
/// reference (a ratio of at most 0.05).
struct SamplingBenchmark {
    let population: Int
    static let seed = "31415926535897932384626433"
    static let profile = CaseProfile(
        ageBand: "10-15", gender: "Female", ethnicityGroup: "White", disability: "No", placementGroup: "Foster", legalGroup: "Care order")

    func run() throws -> BenchmarkResult {
        // The manifest's cases as the draw has them once it has read the manifest (not timed).
        let cases = (0..<population).map { index in
            ManifestCase(
                key: "L8:LA\(index % 153)-\(index)", list: .childrenInCare, rowNumber: index + 2, childID: "LA\(index % 153)-\(index)",
                stratum: "stratum \(index % 40)", team: "team \(index % 400)", worker: "worker \(index % 4_000)",
                themes: index % 97 == 0 ? ["disability"] : [], profile: Self.profile)
        }
        let keys = cases.map(\.key)
        let rules = SelectionRules(
            sizes: Dictionary(uniqueKeysWithValues: (0..<40).map { ("stratum \($0)", 2) }), perWorkerCap: 1,
            quotas: [.init(theme: "disability", minimum: 2)])
        let clock = ContinuousClock()
        let seedHash = Ticket.seedHash(Self.seed)
        let floor = Self.rawHashing(keys, seedHash: seedHash)
        let swiftCrypto = Self.rawHashingWithSwiftCrypto(keys, seedHash: seedHash)
        // What `ilacs-sampler draw` does with the manifest it has read: every ticket, then the walk.
        let start = clock.now
        let selection = try Selection(cases: cases, seed: TicketSeed(Self.seed), rules: rules)
        let ours = clock.now - start
        // The tickets alone, once more, for the breakdown.
        let ticketStart = clock.now
        let tickets = Ticket.all(for: keys, seed: TicketSeed(Self.seed))
        let ticketTime = clock.now - ticketStart
        log("Sampling: \(population) cases, \(selection.picks.count) picked in \(BenchmarkResult.format(ours.seconds)) s")
        log(
            "  tickets alone \(BenchmarkResult.format(ticketTime.seconds)) s (the draw numbers each chunk of cases right after its tickets, then walks); "
                + "floor: raw SHA-256 of the same keys on every core \(BenchmarkResult.format(floor.seconds)) s "
                + "(OpenSSL's libcrypto, as the tickets; through swift-crypto \(BenchmarkResult.format(swiftCrypto.seconds)) s)")

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
        guard let lowestIndex = tickets.indices.min(by: { tickets[$0] < tickets[$1] }), lowest == keys[lowestIndex] else {
            throw BenchmarkFailure("the reference's lowest ticket belongs to another case")
        }
        log("  Python reference (tickets only): \(BenchmarkResult.format(reference.seconds)) s")
        return BenchmarkResult(
            name: "draw from \(population / 1000)k cases", ours: ours,
            baselineName: "consistent-sampler 1.0.10 computing the same tickets", baseline: reference, goal: 0.05)
    }

    /// The floor under the tickets: SHA-256 of every key on top of the seed's absorbed hash, as
    /// `Ticket.all` hashes them (OpenSSL's libcrypto through `PrefixedSHA256`, on every core,
    /// chunked alike), with nothing made of the digests but one byte each.
    static func rawHashing(_ keys: [String], seedHash: String) -> Duration {
        let prefix = PrefixedSHA256(prefix: seedHash.utf8)
        return firstBytes(of: keys) {
            { key in
                var key = key
                return key.withUTF8 { UInt8(prefix.words(appending: UnsafeRawBufferPointer($0)).0 >> 56) }
            }
        }
    }

    /// The same hashing through swift-crypto's `SHA256`, the fastest way it offers here: each
    /// chunk copies a state of its own (copies of one shared state contend for its reference
    /// count), and each key copies that (which allocates a context: why the tickets no longer
    /// go this way).
    static func rawHashingWithSwiftCrypto(_ keys: [String], seedHash: String) -> Duration {
        firstBytes(of: keys) {
            var prefix = SHA256()
            prefix.update(data: Array(seedHash.utf8))
            return { [prefix] key in
                var hasher = prefix
                var key = key
                key.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
                return hasher.finalize().withUnsafeBytes { $0[0] }
            }
        }
    }

    /// How long hashing every key takes, on every core in the chunks `Ticket.all` uses; each
    /// chunk asks `hasher` for its function once, and each digest's first byte is written
    /// through the buffer the worker threads share (so the work is not optimised away).
    private static func firstBytes(of keys: [String], hasher: @Sendable () -> (String) -> UInt8) -> Duration {
        let chunks = max(1, min(keys.count / 10_000, ProcessInfo.processInfo.activeProcessorCount * 4))
        var firstBytes = [UInt8](repeating: 0, count: keys.count)
        let clock = ContinuousClock()
        let start = clock.now
        firstBytes.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let hash = hasher()
                for index in (keys.count * chunk / chunks)..<(keys.count * (chunk + 1) / chunks) {
                    output[index] = hash(keys[index])
                }
            }
        }
        return clock.now - start
    }
}
