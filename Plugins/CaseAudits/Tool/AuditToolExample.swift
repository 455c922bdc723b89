/// The commented example tool `ilacs-admin audits tool example` prints: the five sections
/// authorities commonly audit against, graded on Ofsted's four-point scale.
enum AuditToolExample {
    static let text = """
        # A case audit tool. Every audit grades each question and the case as a whole
        # (`overall`) on the scale below. A round freezes the tool by the SHA-256 of this exact
        # text: change it and it becomes a new tool; rounds already made keep the old one.
        name: Practice quality audit 2026
        # The grading scale, best first.
        grades: [outstanding, good, requires improvement, inadequate]
        # Answers with these grades need a comment saying why.
        comment required for: [requires improvement, inadequate]
        sections:
          - section: The child's voice and lived experience
            questions:
              - id: voice-seen
                text: Is the child seen, and seen alone when appropriate, as often as the plan says?
              - id: voice-wishes
                text: Are the child's wishes and feelings recorded in their own words and acted on?
          - section: Assessment
            questions:
              - id: assessment-current
                text: Is there an up-to-date assessment that analyses risk and need?
              - id: assessment-history
                text: Does the assessment use the child's history and the family's network?
          - section: Plan
            questions:
              - id: plan-smart
                text: Is the plan specific about what will change, by whom and by when?
              - id: plan-progress
                text: Is progress against the plan reviewed in timescale?
          - section: Management oversight and supervision
            questions:
              - id: oversight-decisions
                text: Are management decisions recorded with their reasons?
              - id: oversight-supervision
                text: Does supervision reflect on the child's experience and drive the plan?
          - section: Impact and progress
            questions:
              - id: impact-better
                text: Is the child's life better because of our involvement?

        """
}
