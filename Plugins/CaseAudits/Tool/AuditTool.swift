import Hashing

/// A graded audit tool: sections of questions, the grading scale and which grades need a
/// comment. It is data (a YAML file, see ``AuditTool/parse(_:file:)``) and is frozen by the
/// SHA-256 of its exact text once a round uses it: a changed file is a new tool.
///
/// Grades are held as their position on the scale, 0 being the best, so a tool may use its
/// own words (the usual scale is outstanding, good, requires improvement, inadequate).
public struct AuditTool: Sendable, Equatable {
    /// One question, graded on the tool's scale.
    public struct Question: Sendable, Equatable {
        /// The question's id, unique in the tool: the `Question` column of an import names it.
        public var id: String
        /// The question as auditors read it.
        public var text: String
    }

    /// A section of questions (the child's voice, assessment, plan, ...).
    public struct Section: Sendable, Equatable {
        /// The section's title.
        public var title: String
        /// Its questions, in order.
        public var questions: [Question]
    }

    /// The tool's name.
    public var name: String
    /// The grades, best first.
    public var grades: [String]
    /// The positions on the scale whose answers need a comment.
    public var commentRequired: Set<Int>
    /// The sections, in order.
    public var sections: [Section]
    /// The file's exact text, as frozen.
    public var text: String

    /// The SHA-256 of the exact text: the tool's identity once frozen.
    public var sha256: String { HexDigest.sha256(text) }

    /// Every question, in order, with the title of its section.
    public var questions: [(section: String, question: Question)] {
        sections.flatMap { section in section.questions.map { (section.title, $0) } }
    }

    /// The position on the scale of `text` (case, spaces, hyphens and underscores ignored), or nil.
    public func grade(_ text: String) -> Int? {
        let wanted = Self.normalised(text)
        return grades.firstIndex { Self.normalised($0) == wanted }
    }

    /// The worst grade's position: a case graded so is escalated.
    public var worstGrade: Int { grades.count - 1 }

    /// A grade's score for averages: the best grade scores the number of grades, the worst 1.
    public func score(_ grade: Int) -> Int { grades.count - grade }

    static func normalised(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}
