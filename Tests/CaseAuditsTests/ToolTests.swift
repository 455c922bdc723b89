import Testing

@testable import CaseAudits

@Suite("The audit tool as data")
struct ToolTests {
    @Test("the example tool parses: five sections, the four-point scale, comments for the two lowest grades")
    func example() throws {
        let tool = try AuditTool.parse(AuditToolExample.text, file: "tool.yaml")
        #expect(tool.sections.map(\.title).count == 5)
        #expect(tool.grades == ["outstanding", "good", "requires improvement", "inadequate"])
        #expect(tool.commentRequired == [2, 3])
        #expect(tool.grade("Requires-Improvement") == 2)
        #expect(tool.grade("excellent") == nil)
        #expect(tool.sha256.count == 64)
    }

    @Test(
        "a bad tool is refused in one line naming the file and line",
        arguments: [
            (
                "grades: [good, bad]\nsections:\n  - section: Plan\n    questions: []\n",
                "tool.yaml line 4: section 'Plan' has no questions; give it at least one `- id: ...` with `text: ...`"
            ),
            (
                "grades: [good, bad]\ncomment required for: [awful]\nsections:\n  - section: Plan\n    questions:\n      - id: a\n        text: A?\n",
                "tool.yaml line 2: unknown grade 'awful' in `comment required for`; the grades are good, bad"
            ),
            ("grades: [good]\nsections: []\n", "tool.yaml line 1: `grades` needs at least two grades, best first"),
            (
                "grades: [good, bad]\nsection:\n  - x\n",
                "tool.yaml line 2: unknown key 'section' in the tool; use name, grades, comment required for, sections"
            ),
            ("grades: [good, bad\n", "tool.yaml line 2: not valid YAML: did not find expected ',' or ']'")
        ])
    func refused(text: String, message: String) {
        #expect(throws: ToolError.self) { try AuditTool.parse(text, file: "tool.yaml") }
        do {
            _ = try AuditTool.parse(text, file: "tool.yaml")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test("a question id used twice is refused")
    func duplicateQuestion() {
        let text =
            "grades: [good, bad]\nsections:\n  - section: A\n    questions:\n      - id: q\n        text: Q?\n  - section: B\n    questions:\n      - id: Q\n        text: Q?\n"
        #expect(throws: ToolError(file: "t.yaml", line: nil, "question id 'Q' is used twice; give every question its own id")) {
            try AuditTool.parse(text, file: "t.yaml")
        }
    }
}
