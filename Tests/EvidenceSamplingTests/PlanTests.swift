import Testing

@testable import EvidenceSampling

@Suite("Sampling plans")
struct PlanTests {
    @Test("the example plan parses, with its population, strata, sizes, caps and quotas")
    func example() throws {
        let plan = try SamplingPlan.parse(PlanExample.text, file: "plan.yaml")
        #expect(plan.population.map(\.cohort) == ["child protection", "children in care", "care leavers", "children in need", "open assessments"])
        #expect(plan.population[3].filters == [.init(column: plan.population[3].list.columns.first { $0.key == "case_status" }!, condition: .oneOf(["CIN"]))])
        #expect(plan.strata == [.cohort])
        #expect(plan.sizing == .proportional(total: 40, minimumPerStratum: 4))
        #expect(plan.perWorkerCap == 2 && plan.perTeamCap == 8)
        #expect(plan.quotas.map(\.theme.description) == ["disability", "uasc", "placements 3+", "local:children-not-in-school"])
    }

    @Test(
        "bad plans are refused with the file, the line and what to write",
        arguments: [
            ("population:\n  - cohort: a\n    list: 12\nsample:\n  total: 3\n", "plan.yaml line 3: unknown list '12'; lists are numbered 1 to 11"),
            (
                "population:\n  - cohort: a\n    list: 1\nsample:\n  total: 3\n",
                "plan.yaml line 3: List 1 cannot be sampled: it has no allocated team and worker; use Lists 3 to 9"
            ),
            (
                "population:\n  - cohort: a\n    list: 8\n    where:\n      shoe_size: 9\nsample:\n  total: 3\n",
                "plan.yaml line 5: List 8 has no column 'shoe_size'"
            ),
            ("population:\n  - cohort: a\n    list: 8\nsample:\n  total: 0\n", "plan.yaml line 5: sample: total must be 1 or more, not 0"),
            ("population:\n  - cohort: a\n    list: 8\nsample:\n  sizes:\n    a: -2\n", "plan.yaml line 6: size of stratum 'a' must be 1 or more, not -2"),
            (
                "population:\n  - cohort: a\n    list: 8\nsample:\n  total: 3\nquotas:\n  - theme: left-handed\n    minimum: 1\n",
                "plan.yaml line 7: unknown theme 'left-handed'"
            ),
            ("population:\n  - cohort: a\n    list: 8\nsample:\n  total: 3\nexclusions:\n  - child: X1\n", "plan.yaml line 7: each exclusion needs a `reason`"),
            ("population:\n  - cohort: a\n    list: 8\n    where:\n      legal_status: Z9\nsample:\n  total: 3\n", "plan.yaml line 5: 'Z9' is not a code of"),
            ("population: [\n", "plan.yaml line 2: not valid YAML"),
            ("name: x\n", "plan.yaml line 1: the plan has no `population`")
        ])
    func refused(text: String, message: String) {
        #expect {
            try SamplingPlan.parse(text, file: "plan.yaml")
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    @Test("proportional sizes: a minimum each, the rest by largest remainder")
    func proportional() throws {
        // 100 cases: 60/30/10. Total 10, minimum 2: 2+2+2 first; the 4 left go by room 58/28/8
        // (of 94): 2.47, 1.19, 0.34 -> 2, 1, 0 with one left for the largest remainder (0.47).
        let sizes = try SizeAllocation.sizes(.proportional(total: 10, minimumPerStratum: 2), counts: ["a": 60, "b": 30, "c": 10])
        #expect(sizes == ["a": 5, "b": 3, "c": 2])
        #expect(throws: SelectionError.self) { try SizeAllocation.sizes(.proportional(total: 5, minimumPerStratum: 2), counts: ["a": 60, "b": 30, "c": 10]) }
        #expect(throws: SelectionError.self) { try SizeAllocation.sizes(.perStratum(["z": 1]), counts: ["a": 60]) }
    }

    @Test("a seed given before the manifest is frozen is refused, and so is a short seed at the draw")
    func seedBeforeManifest() {
        #expect {
            try ManifestCommand.parse(["--snapshot", "1", "--plan", "plan.yaml", "--seed", "31415926535897932384"])
        } throws: { error in
            ManifestCommand.message(for: error).hasPrefix("--seed: a seed must be chosen after the manifest is frozen")
        }
        #expect {
            try DrawCommand.parse(["--manifest", "1", "--seed", "123"])
        } throws: { error in
            DrawCommand.message(for: error).hasPrefix("--seed: the seed has 3 characters; use at least 20")
        }
        #expect(throws: Never.self) { try DrawCommand.parse(["--manifest", "1", "--seed", "123", "--allow-short-seed"]) }
    }
}
