import Foundation
import TestSupport
import Testing

@testable import CaseAudits

@Suite("Agreement between auditors and moderators")
struct AgreementTests {
    @Test("exact and within-one shares on a small hand-worked case")
    func shares() {
        let agreement = Agreement([(0, 0), (1, 2), (3, 1), (2, 2)], grades: 4)
        #expect(agreement.pairs == 4)
        #expect(agreement.exact == 0.5)
        #expect(agreement.withinOne == 0.75)
    }

    @Test("no pairs, or one grade on both sides, gives no kappa")
    func undefined() {
        #expect(Agreement([], grades: 4).kappa == nil)
        #expect(Agreement([(1, 1), (1, 1)], grades: 4).kappa == nil)
    }

    @Test("weighted kappa equals scikit-learn's cohen_kappa_score(weights=\"linear\") on generated data")
    func matchesScikitLearn() throws {
        var generator = SplitMix(seed: 20_261_204)
        var samples: [[(Int, Int)]] = []
        for size in [5, 12, 40, 200, 1_000] {
            samples.append(
                (0..<size).map { _ in
                    let auditor = Int(generator.next() % 4)
                    // Realistic disagreement: mostly the same grade, sometimes one apart, rarely more.
                    let step = [0, 0, 0, 0, 1, -1, 1, 2][Int(generator.next() % 8)]
                    return (auditor, min(3, max(0, auditor + step)))
                })
        }
        let reference = try Self.scikitLearn(samples)
        for (pairs, expected) in zip(samples, reference) {
            let ours = try #require(Agreement(pairs.map { (auditor: $0.0, moderator: $0.1) }, grades: 4).kappa)
            #expect(abs(ours - expected) < 1e-12)
        }
    }

    /// scikit-learn's linearly weighted kappa of each sample, over the labels 0 to 3.
    static func scikitLearn(_ samples: [[(Int, Int)]]) throws -> [Double] {
        let script = """
            import json, sys
            from sklearn.metrics import cohen_kappa_score
            samples = json.load(sys.stdin)
            json.dump([cohen_kappa_score(a, b, weights="linear", labels=[0, 1, 2, 3]) for a, b in samples], sys.stdout)
            """
        let input = try JSONSerialization.data(withJSONObject: samples.map { pairs in [pairs.map(\.0), pairs.map(\.1)] })
        let output = try PythonOracle.run(
            script, input: input, advice: "scikit-learn failed (run `make setup`; `make test` puts its environment first on PATH)")
        return try JSONDecoder().decode([Double].self, from: output)
    }
}
