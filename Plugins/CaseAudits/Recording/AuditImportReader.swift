/// Checks the rows of a completed-audits CSV against a round and turns them into audits and
/// agreed grades. The file has one row per answer:
///
/// `Child Unique ID, Role, Reviewer, Question, Grade, Comment`
///
/// - Role is `auditor`, `moderator` or `agreed`; Reviewer is the person's id in the round.
/// - Question is a question id of the round's tool, or `overall` for the case's own grade
///   (an `agreed` row has `overall` only).
/// - Each audit in the file is complete: every question and `overall`.
///
/// The first problem is thrown as a `CaseAuditError` naming the file, row and column.
struct AuditImportReader {
    static let columns = ["Child Unique ID", "Role", "Reviewer", "Question", "Grade"]

    let context: RoundContext
    let file: String

    /// The audits and agreed grades of `table`.
    func read(_ table: CSVTable) throws -> (audits: [CompletedAudit], agreed: [AgreedGrade]) {
        var audits: [String: CompletedAudit] = [:]
        var order: [String] = []
        var agreed: [AgreedGrade] = []
        for row in table.rows {
            let childID = row["Child Unique ID"]
            guard let kase = context.cases[childID] else {
                throw fault(row, "Child Unique ID", childID.isEmpty ? "is blank" : "the child is not in round \(context.roundID)")
            }
            let role = row["Role"].lowercased()
            guard ["auditor", "moderator", "agreed"].contains(role) else { throw fault(row, "Role", "must be auditor, moderator or agreed") }
            let reviewer = try checkReviewer(row, role: role, kase: kase)
            let isOverall = row["Question"].lowercased() == "overall"
            guard let grade = context.tool.grade(row["Grade"]) else {
                throw fault(row, "Grade", "is not on the tool's scale; use one of \(context.tool.grades.joined(separator: ", "))")
            }
            let comment = row["Comment"].isEmpty ? nil : row["Comment"]
            if context.tool.commentRequired.contains(grade) && comment == nil {
                throw fault(row, "Comment", "is blank; a grade of \(context.tool.grades[grade]) needs a comment")
            }
            if role == "agreed" {
                guard isOverall else { throw fault(row, "Question", "an agreed grade is for the case as a whole: write `overall`") }
                agreed.append(AgreedGrade(childID: childID, grade: grade, givenBy: reviewer, note: comment, row: row.number))
                continue
            }
            let key = RoundContext.key(childID, role)
            guard !context.submitted.contains(key) else {
                throw fault(row, "Role", "the \(role)'s audit of this child was submitted before; a finished audit is final")
            }
            if audits[key] == nil {
                audits[key] = CompletedAudit(childID: childID, role: role, reviewerID: reviewer, overall: nil, answers: [], firstRow: row.number)
                order.append(key)
            }
            try add(row, grade: grade, comment: comment, isOverall: isOverall, to: &audits[key]!)
        }
        let complete = try order.map { try checkComplete(audits[$0]!) }
        for grade in agreed {
            let both = ["auditor", "moderator"].allSatisfy { role in
                let key = RoundContext.key(grade.childID, role)
                return context.submitted.contains(key) || audits[key] != nil
            }
            guard both else {
                throw CaseAuditError.cell(
                    file: file, row: grade.row, column: "Role", "a grade is agreed only once the auditor and the moderator have both submitted")
            }
        }
        return (complete, agreed)
    }

    private func checkReviewer(_ row: CSVTable.Row, role: String, kase: RoundContext.Case) throws -> String {
        let reviewer = row["Reviewer"]
        guard let team = context.teams[reviewer] else { throw fault(row, "Reviewer", "is not a person of round \(context.roundID)") }
        guard team != kase.team else { throw fault(row, "Reviewer", "is on the child's own team; nobody audits their own team's cases") }
        if role == "agreed" {
            guard reviewer == kase.auditorID || reviewer == kase.moderatorID else {
                throw fault(row, "Reviewer", "an agreed grade is recorded by the case's auditor or moderator")
            }
        } else if role == "moderator" && kase.moderatorID == nil {
            throw fault(row, "Role", "this child's audit was not drawn for moderation")
        } else if reviewer != (role == "auditor" ? kase.auditorID : kase.moderatorID) {
            throw fault(row, "Reviewer", "is not the child's assigned \(role)")
        }
        return reviewer
    }

    private func add(_ row: CSVTable.Row, grade: Int, comment: String?, isOverall: Bool, to audit: inout CompletedAudit) throws {
        guard audit.reviewerID == row["Reviewer"] else { throw fault(row, "Reviewer", "differs from this audit's earlier rows") }
        if isOverall {
            guard audit.overall == nil else { throw fault(row, "Question", "`overall` is given twice for this audit") }
            audit.overall = grade
            return
        }
        let wanted = row["Question"].lowercased()
        guard let found = context.tool.questions.first(where: { $0.question.id.lowercased() == wanted }) else {
            throw fault(row, "Question", "is not a question of the round's tool; use a question id or `overall`")
        }
        guard !audit.answers.contains(where: { $0.questionID == found.question.id }) else {
            throw fault(row, "Question", "is answered twice in this audit")
        }
        audit.answers.append(.init(questionID: found.question.id, section: found.section, grade: grade, comment: comment))
    }

    private func checkComplete(_ audit: CompletedAudit) throws -> CompletedAudit {
        let missing =
            context.tool.questions.map { $0.question.id }.filter { id in !audit.answers.contains { $0.questionID == id } }
            + (audit.overall == nil ? ["overall"] : [])
        guard missing.isEmpty else {
            throw CaseAuditError.cell(
                file: file, row: audit.firstRow, column: "Question",
                "the \(audit.role)'s audit of this child lacks \(missing.first!)\(missing.count > 1 ? " and \(missing.count - 1) more" : ""); an audit is imported whole"
            )
        }
        return audit
    }

    private func fault(_ row: CSVTable.Row, _ column: String, _ message: String) -> CaseAuditError {
        CaseAuditError.cell(file: file, row: row.number, column: column, message)
    }
}
