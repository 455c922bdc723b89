import ArgumentParser
import PluginKit
import Postgres

/// Case audits and moderation: the authority's own evidence about the quality of practice.
/// Audit tools as data, rounds of children assigned to auditors outside the child's team, a
/// reproducible share drawn for moderation, completed audits imported from CSV, agreed grades
/// that keep every earlier grade, agreement figures, and actions for inadequate cases.
public struct CaseAuditsPlugin: Plugin {
    public let name = CaseAuditsPlugin.pluginName
    public let summary = "Audit a sample of cases against a graded tool, moderate a share, escalate inadequate cases and report agreement."
    /// Rounds read children's teams from imported snapshots.
    public let dependencies = ["AnnexA"]
    public let migrations = CaseAuditsSchema.migrations
    public let configurationKeys = [AuditCommands.escalationDaysKey, SignInLink.publicURLKey, PersonAccess.linkHoursKey]
    public let adminCommands: [any ParsableCommand.Type] = [AuditsCommand.self]
    /// The auditors' and moderators' pages, served by `ilacs-sampler serve`.
    public let routes = AuditWeb.routes
    public let extensions = [
        ExtensionImplementation(ReportSections.point, name: "case-audits", summary: "the latest audit round's grades, weakest sections and agreement") { _ in
            CaseAuditsSection()
        },
        ExtensionImplementation(ChecklistItems.point, name: "audits-shared", summary: "the audit information pack shared for the inspection") { _ in
            RecordChecklistItem(
                order: 45, title: "Audits shared", due: .nextNoon,
                doneAt: "SELECT min(written_at) FROM case_audit_packs WHERE inspection_id = $1",
                found: "an audit information pack was written for this inspection",
                missing: "no audit information pack for this inspection yet: `ilacs-admin audits pack ROUND --out FILE --inspection ID`")
        },
        ExtensionImplementation(Rehearsals.point, name: "audits-rehearsal", summary: "the audit rounds, packs and reviewers' access of a rehearsal") { _ in
            let rounds = "SELECT id FROM case_audit_rounds WHERE inspection_id = $1"
            let cases = "round_id IN (\(rounds))"
            return DeletingRehearsalRecords(
                label: "audits",
                [
                    "DELETE FROM case_audit_people WHERE \(cases) OR person_id IN (SELECT id FROM people WHERE inspection_id = $1)",
                    "DELETE FROM case_audit_packs WHERE \(cases) OR inspection_id = $1",
                    "DELETE FROM case_audit_answers WHERE submission_id IN (SELECT id FROM case_audit_submissions WHERE \(cases))",
                    "DELETE FROM case_audit_submissions WHERE \(cases)", "DELETE FROM case_audit_grades WHERE \(cases)",
                    "DELETE FROM case_audit_actions WHERE \(cases)", "DELETE FROM case_audit_cases WHERE \(cases)",
                    "DELETE FROM case_audit_auditors WHERE \(cases)", "DELETE FROM case_audit_rounds WHERE inspection_id = $1"
                ])
        }
    ]

    /// The plugin's name, as `ILACS_PLUGINS` and its commands refer to it.
    public static let pluginName = "CaseAudits"

    public init() {}
}
