/// One finished audit of a case, by its auditor or its moderator: a grade for every question
/// of the tool and for the case as a whole.
struct CompletedAudit: Equatable {
    /// One answer: the question's grade (position on the scale) and comment.
    struct Answer: Equatable {
        let questionID: String
        let section: String
        let grade: Int
        let comment: String?
    }

    let childID: String
    /// `auditor` or `moderator`.
    let role: String
    let reviewerID: String
    /// The case's overall grade.
    var overall: Int?
    var answers: [Answer]
    /// The first row of the import that holds it, for messages.
    let firstRow: Int
}

/// A grade agreed after moderation, replacing the auditor's as the case's grade.
struct AgreedGrade: Equatable {
    let childID: String
    let grade: Int
    let givenBy: String
    let note: String?
    /// The import's row that holds it, for messages.
    let row: Int
}
