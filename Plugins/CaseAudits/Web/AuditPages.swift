import Domain
import Foundation
import PluginKit

/// The signed-in audit pages. Each checks the case is the reviewer's own (else the same 404 as
/// for a child not in the round) and audit-logs what was seen, saved or refused, naming the
/// child by its keyed HMAC. A moderator sees nothing of the auditor's grades until their own
/// audit of the case is final.
struct AuditPages {
    let context: PluginContext

    private var desk: AuditDesk { AuditDesk(pool: context.pool) }

    /// The reviewer's audits and moderation tasks.
    func cases(_ reviewer: AuditDesk.Reviewer, session: String) async throws -> HTTPRouteResponse {
        let listed = try await desk.cases(reviewer)
        var groups: [[String: Any]] = []
        for (role, id, caption) in [("auditor", "audits", "Cases to audit"), ("moderator", "moderations", "Cases to moderate")] {
            let cases = listed.filter { $0.role == role }.map { item -> [String: Any] in
                ["child": item.childID, "href": AuditWeb.casePath(item.childID), "state": Self.stateText(item.state)]
            }
            if !cases.isEmpty { groups.append(["id": id, "caption": "\(caption) (\(cases.count))", "cases": cases]) }
        }
        try await log(reviewer, "audits.list", details: ["cases": String(listed.count)])
        return HTTPRouteResponse.html(200, AuditTemplates.render("cases", ["reviewer": layout(reviewer, session), "round": reviewer.roundID, "groups": groups]))
    }

    /// The audit form of `childID`, or the finished audit when it is final.
    func form(_ childID: String, _ reviewer: AuditDesk.Reviewer, session: String) async throws -> HTTPRouteResponse {
        guard let role = try await ownRole(childID, reviewer) else { return notFound() }
        let tool = try await desk.tool(reviewer)
        let audit = try await desk.audit(reviewer, childID: childID, role: role)
        try await log(reviewer, "audits.view", childID: childID, details: ["kind": role, "state": audit.state ?? "new"])
        if audit.isFinal { return try await finished(200, audit, tool: tool, reviewer, session: session) }
        return formPage(
            200, childID: childID, role: role, tool: tool, fields: Self.fields(of: audit, tool: tool), problems: [], isDraft: audit.state != nil, reviewer,
            session: session)
    }

    /// Saves a draft of the reviewer's audit of `childID` (`action=draft`) or finishes it (`action=finish`).
    func save(_ childID: String, form: [String: String], _ reviewer: AuditDesk.Reviewer, session: String) async throws -> HTTPRouteResponse {
        guard let role = try await ownRole(childID, reviewer) else { return notFound() }
        let tool = try await desk.tool(reviewer)
        let finishing = form["action"] == "finish"
        let input = AuditFormInput(fields: form, tool: tool, finishing: finishing)
        let recording = try AuditRecording(pool: context.pool, configuration: context.configuration)
        if let audit = input.completed(childID: childID, role: role, reviewerID: reviewer.reviewerID), finishing {
            guard try await desk.finish(reviewer, audit: audit, recording: recording) else { return alreadyFinal() }
        } else if input.problems.isEmpty && !finishing {
            guard try await desk.saveDraft(reviewer, childID: childID, role: role, input: input, childKey: recording.childKey) else { return alreadyFinal() }
        } else {
            guard try await !desk.audit(reviewer, childID: childID, role: role).isFinal else { return alreadyFinal() }
            return formPage(
                400, childID: childID, role: role, tool: tool, fields: form, problems: input.problems, isDraft: false, reviewer, session: session,
                finishing: finishing)
        }
        return HTTPRouteResponse(status: 303, headers: ["Location": AuditWeb.casePath(childID)])
    }

    /// Records the grade the case's moderator and auditor agreed, once both audits are final.
    func agree(_ childID: String, form: [String: String], _ reviewer: AuditDesk.Reviewer) async throws -> HTTPRouteResponse {
        guard try await ownRole(childID, reviewer) == "moderator" else { return notFound() }
        let tool = try await desk.tool(reviewer)
        guard let grade = form["grade"], tool.grade(grade) != nil else {
            return AuditWeb.message(400, "Choose the agreed grade", "Go back and choose one of: \(tool.grades.joined(separator: ", ")).", back: true)
        }
        for role in ["auditor", "moderator"] {
            guard try await desk.audit(reviewer, childID: childID, role: role).isFinal else {
                return AuditWeb.message(
                    409, "Not yet", "A grade is agreed only once the auditor and you have both finished your audits of this case.", back: true)
            }
        }
        let note = (form["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try await AuditRecording(pool: context.pool, configuration: context.configuration).agree(
            round: reviewer.roundID, childID: childID, grade: grade, by: reviewer.reviewerID, note: note.isEmpty ? nil : note,
            actor: reviewer.person.actor)
        return HTTPRouteResponse(status: 303, headers: ["Location": AuditWeb.casePath(childID)])
    }

    // MARK: pages

    private func formPage(
        _ status: Int, childID: String, role: String, tool: AuditTool, fields: [String: String], problems: [AuditFormInput.Problem], isDraft: Bool,
        _ reviewer: AuditDesk.Reviewer, session: String, finishing: Bool = false
    ) -> HTTPRouteResponse {
        let errors = Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
        let options = { (field: String) -> [[String: Any]] in
            tool.grades.map { grade -> [String: Any] in ["grade": grade, "selected": fields[field] == grade] }
        }
        var number = 0
        let sections: [[String: Any]] = tool.sections.map { section in
            let questions: [[String: Any]] = section.questions.map { question in
                number += 1
                var values: [String: Any] = [
                    "number": number, "text": question.text, "options": options("grade-\(number)"), "comment": fields["comment-\(number)"] ?? ""
                ]
                values["gradeError"] = errors["grade-\(number)"]
                values["commentError"] = errors["comment-\(number)"]
                return values
            }
            return ["title": section.title, "questions": questions]
        }
        var values: [String: Any] = [
            "reviewer": layout(reviewer, session), "csrf": PersonAccess.csrfToken(session: session), "heading": Self.heading(role),
            "child": childID, "round": reviewer.roundID, "tool": tool.name, "action": AuditWeb.casePath(childID), "isDraft": isDraft,
            "scale": tool.grades.joined(separator: ", "), "sections": sections, "overallOptions": options("overall"),
            "hasProblems": !problems.isEmpty, "problems": problems.map { ["field": $0.field, "message": $0.message] },
            "problemHeading": finishing ? "The audit cannot be finished yet" : "The draft cannot be saved"
        ]
        let commentGrades = tool.commentRequired.sorted().map { tool.grades[$0] }
        if !commentGrades.isEmpty { values["commentGrades"] = commentGrades.joined(separator: " or ") }
        values["overallError"] = errors["overall"]
        return HTTPRouteResponse.html(status, AuditTemplates.render("form", values))
    }

    /// The reviewer's finished audit; for a moderator, beside the auditor's once that is final
    /// too, with the agreed grade and the form to record it.
    private func finished(
        _ status: Int, _ audit: AuditDesk.Audit, tool: AuditTool, _ reviewer: AuditDesk.Reviewer, session: String
    ) async throws -> HTTPRouteResponse {
        var shown = [audit]
        var values: [String: Any] = [
            "reviewer": layout(reviewer, session), "csrf": PersonAccess.csrfToken(session: session), "heading": Self.heading(audit.role),
            "child": audit.childID, "round": reviewer.roundID
        ]
        if audit.role == "moderator" {
            let auditor = try await desk.audit(reviewer, childID: audit.childID, role: "auditor")
            if auditor.isFinal {
                shown.insert(auditor, at: 0)
                values["canAgree"] = true
                values["agreeAction"] = AuditWeb.casePath(audit.childID) + "/agree"
                values["scaleOptions"] = tool.grades
                if let agreed = try await desk.agreedGrade(reviewer, childID: audit.childID) { values["agreed"] = tool.grades[agreed] }
            } else {
                values["waiting"] = true
            }
        }
        values["columns"] = shown.map { $0.role == audit.role ? "Your grade" : "The auditor's grade" }
        let cell = { (grade: Int?, comment: String?) -> [String: Any] in
            var shownCell: [String: Any] = ["grade": grade.map { tool.grades[$0] } ?? "not graded"]
            shownCell["comment"] = comment
            return shownCell
        }
        var rows: [[String: Any]] = tool.questions.map { item -> [String: Any] in
            let cells: [[String: Any]] = shown.map { cell($0.answers[item.question.id]?.grade, $0.answers[item.question.id]?.comment) }
            return ["section": item.section, "question": item.question.text, "cells": cells]
        }
        let overall: [[String: Any]] = shown.map { cell($0.overall, nil) }
        rows.append(["section": "", "question": "Overall grade", "cells": overall])
        values["rows"] = rows
        return HTTPRouteResponse.html(status, AuditTemplates.render("finished", values))
    }

    // MARK: helpers

    /// What the reviewer does for `childID`, or nil (audit-logged) when it is not their case.
    private func ownRole(_ childID: String, _ reviewer: AuditDesk.Reviewer) async throws -> String? {
        let role = try await desk.role(reviewer, childID: childID)
        if role == nil { try await log(reviewer, "audits.access_refused", childID: childID) }
        return role
    }

    /// A saved audit as the form's fields.
    private static func fields(of audit: AuditDesk.Audit, tool: AuditTool) -> [String: String] {
        var fields: [String: String] = [:]
        for (index, item) in tool.questions.enumerated() {
            guard let answer = audit.answers[item.question.id] else { continue }
            fields["grade-\(index + 1)"] = tool.grades[answer.grade]
            fields["comment-\(index + 1)"] = answer.comment
        }
        fields["overall"] = audit.overall.map { tool.grades[$0] }
        return fields
    }

    private static func heading(_ role: String) -> String {
        role == "moderator" ? "Moderation of a case audit" : "Audit of a case"
    }

    private static func stateText(_ state: String?) -> String {
        switch state {
        case "final": "Finished"
        case "draft": "Draft saved"
        default: "Not started"
        }
    }

    private func layout(_ reviewer: AuditDesk.Reviewer, _ session: String) -> [String: Any] {
        ["name": reviewer.person.name, "csrf": PersonAccess.csrfToken(session: session)]
    }

    private func notFound() -> HTTPRouteResponse {
        AuditWeb.message(404, "Not found", "There is no such audit among yours.", back: true)
    }

    private func alreadyFinal() -> HTTPRouteResponse {
        AuditWeb.message(409, "This audit is finished", "A finished audit is final and cannot be changed; nothing was saved.", back: true)
    }

    private func log(_ reviewer: AuditDesk.Reviewer, _ action: String, childID: String? = nil, details: [String: String] = [:]) async throws {
        var details = details
        if let childID {
            details[AuditLog.childReferenceDetail] = AuditLog.childReference(childID, key: try AuditChildKey(configuration: context.configuration))
        }
        try await AuditLog.record(
            AuditEvent(actor: reviewer.person.actor, action: action, recordType: "case_audit_round", recordID: String(reviewer.roundID), details: details),
            pool: context.pool)
    }
}
