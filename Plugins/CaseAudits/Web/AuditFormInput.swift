import Foundation

/// The audit form's fields, read against the round's tool and checked: for a draft, only that
/// each grade given is on the scale; to finish, also that every question and the case as a
/// whole are graded and that each grade needing a comment has one.
///
/// Fields: `grade-N` and `comment-N` for the tool's Nth question (from 1, in the tool's order),
/// `overall` for the case's grade; a grade is the scale's word, an empty one is not given yet.
struct AuditFormInput {
    /// A problem with one field, shown beside it and in the summary above the form.
    struct Problem: Equatable {
        /// The field's HTML id (`grade-3`, `comment-3`, `overall`).
        let field: String
        let message: String
    }

    /// The questions graded, in the tool's order.
    private(set) var answers: [CompletedAudit.Answer] = []
    /// The case's grade, if given.
    private(set) var overall: Int?
    /// What stops the form being saved (or finished), in the form's order.
    private(set) var problems: [Problem] = []
    /// The fields as sent, to show a refused form again as it was.
    let fields: [String: String]

    /// Reads `fields` against `tool`; `finishing` checks the audit is complete.
    init(fields: [String: String], tool: AuditTool, finishing: Bool) {
        self.fields = fields
        for (index, item) in tool.questions.enumerated() {
            let number = index + 1
            let text = fields["grade-\(number)"] ?? ""
            let comment = (fields["comment-\(number)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard let grade = read(text, field: "grade-\(number)", label: "Question \(number)", tool: tool, finishing: finishing) else { continue }
            if finishing && tool.commentRequired.contains(grade) && comment.isEmpty {
                problems.append(Problem(field: "comment-\(number)", message: "Question \(number): a grade of \(tool.grades[grade]) needs a comment"))
            }
            answers.append(.init(questionID: item.question.id, section: item.section, grade: grade, comment: comment.isEmpty ? nil : comment))
        }
        overall = read(fields["overall"] ?? "", field: "overall", label: "The case's overall grade", tool: tool, finishing: finishing)
    }

    /// The grade `text` names, recording a problem when it is not on the scale, or blank when finishing.
    private mutating func read(_ text: String, field: String, label: String, tool: AuditTool, finishing: Bool) -> Int? {
        if text.isEmpty {
            if finishing { problems.append(Problem(field: field, message: "\(label): choose a grade")) }
            return nil
        }
        guard let grade = tool.grade(text) else {
            problems.append(Problem(field: field, message: "\(label): the grade is not on the tool's scale"))
            return nil
        }
        return grade
    }

    /// The finished audit these fields make; only when there are no problems and all is graded.
    func completed(childID: String, role: String, reviewerID: String) -> CompletedAudit? {
        guard problems.isEmpty, let overall else { return nil }
        return CompletedAudit(childID: childID, role: role, reviewerID: reviewerID, overall: overall, answers: answers, firstRow: 0)
    }
}
