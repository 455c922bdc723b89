import Domain
import Foundation
import PluginKit
import Postgres
import Testing

@testable import CaseAudits

@Suite("The case-audit web form's routes over a real database")
struct AuditWebTests {
    @Test("a POST without the session's CSRF token is refused and saves nothing; no session means no page")
    func csrfAndSession() async throws {
        try await AuditWebFixture.with { web in
            #expect(try await web.context.pool.query("SELECT current_user AS u")[0].decode(String.self, "u") == "ilacs_sampler")
            let kase = try web.moderatedCase()
            let session = try await web.session(kase.auditor)
            let forged = try await web.call(
                "POST", "/audits/cases/:child", child: kase.child, session: session, form: ["action": "draft", "grade-1": "good"], csrf: false)
            #expect(forged.status == 403)
            let wrong = try await web.call(
                "POST", "/audits/cases/:child", child: kase.child, session: session, form: ["action": "draft", "csrf": "wrong"], csrf: false)
            #expect(wrong.status == 403)
            #expect(try await web.audit.count("case_audit_submissions") == 0)
            #expect(try await web.call("GET", "/audits", session: nil).status == 401)
            #expect(try await web.call("GET", "/audits/cases/:child", child: kase.child, session: nil).status == 401)
        }
    }

    @Test("a draft is saved and finished later; a finished audit cannot be changed: 409 and nothing saved")
    func draftThenFinal() async throws {
        try await AuditWebFixture.with { web in
            let kase = try web.moderatedCase()
            let session = try await web.session(kase.auditor)
            let draft = try await web.call(
                "POST", "/audits/cases/:child", child: kase.child, session: session, form: ["action": "draft", "grade-1": "good", "comment-1": "so far"])
            #expect(draft.status == 303)
            let reopened = try await web.call("GET", "/audits/cases/:child", child: kase.child, session: session)
            #expect(reopened.status == 200)
            #expect(reopened.body.contains("<option selected>good</option>") && reopened.body.contains(">so far</textarea>"))
            #expect(try await web.call("GET", "/audits", session: session).body.contains("Draft saved"))
            let finished = try await web.call("POST", "/audits/cases/:child", child: kase.child, session: session, form: AuditWebFixture.complete("good"))
            #expect(finished.status == 303)
            let state = try await web.audit.pool.query("SELECT state, overall_grade FROM case_audit_submissions")
            #expect(try state.map { try $0.decode(String.self, "state") } == ["final"])
            #expect(try await web.audit.count("case_audit_grades") == 1)
            for form in [["action": "draft", "grade-1": "inadequate"], AuditWebFixture.complete("inadequate", comment: "changed"), [:]] {
                let again = try await web.call("POST", "/audits/cases/:child", child: kase.child, session: session, form: form)
                #expect(again.status == 409)
                #expect(again.body.contains("This audit is finished"))
            }
            #expect(try await web.audit.count("case_audit_grades") == 1)
            #expect(try await web.audit.pool.query("SELECT count(*) AS n FROM case_audit_answers WHERE comment = 'changed'")[0].decode(Int.self, "n") == 0)
            let view = try await web.call("GET", "/audits/cases/:child", child: kase.child, session: session)
            #expect(view.body.contains("is finished and final") && !view.body.contains("id=\"finish\""))
            let actions = try await web.auditActions()
            for action in ["auditor.sign_in", "audits.view", "audits.draft", "audits.submit", "audits.list"] {
                #expect(actions.contains(action), "missing audit action \(action)")
            }
        }
    }

    @Test("finishing with a question ungraded names each problem beside its field and above the form; the draft is kept as it was")
    func validation() async throws {
        try await AuditWebFixture.with { web in
            let kase = try web.moderatedCase()
            let session = try await web.session(kase.auditor)
            var form = AuditWebFixture.complete("good")
            form["grade-2"] = ""
            form["grade-3"] = "inadequate"
            form["comment-3"] = " "
            form["overall"] = "brilliant"
            let refused = try await web.call("POST", "/audits/cases/:child", child: kase.child, session: session, form: form)
            #expect(refused.status == 400)
            #expect(refused.body.contains("role=\"alert\""))
            for message in [
                "Question 2: choose a grade", "Question 3: a grade of inadequate needs a comment", "The case&#39;s overall grade: the grade is not on"
            ] {
                #expect(refused.body.contains(message), "missing \(message)")
            }
            #expect(refused.body.contains("aria-describedby=\"grade-2-error\"") && refused.body.contains("aria-describedby=\"comment-3-error\""))
            #expect(try await web.audit.count("case_audit_submissions") == 0)
        }
    }

    @Test("another auditor's case and a child not in the round are the same 404, and the attempt is logged")
    func otherCase() async throws {
        try await AuditWebFixture.with { web in
            let kase = try web.moderatedCase()
            let session = try await web.session(kase.auditor)
            let other = try await web.call("GET", "/audits/cases/:child", child: kase.other, session: session)
            let unknown = try await web.call("GET", "/audits/cases/:child", child: "no-such-child", session: session)
            #expect(other.status == 404 && unknown.status == 404)
            #expect(other.body == unknown.body)
            let post = try await web.call("POST", "/audits/cases/:child", child: kase.other, session: session, form: AuditWebFixture.complete("good"))
            #expect(post.status == 404)
            #expect(try await web.audit.count("case_audit_submissions") == 0)
            #expect(try await web.auditActions().filter { $0 == "audits.access_refused" }.count == 3)
        }
    }

    @Test("the moderator sees none of the auditor's grades until their own audit is final, then both, and records the agreed grade")
    func moderatorBlind() async throws {
        try await AuditWebFixture.with { web in
            let kase = try web.moderatedCase()
            let auditor = try await web.session(kase.auditor)
            let moderator = try await web.session(kase.moderator)
            let done = try await web.call(
                "POST", "/audits/cases/:child", child: kase.child, session: auditor, form: AuditWebFixture.complete("inadequate", comment: "AUDITOR-NOTE"))
            #expect(done.status == 303)
            #expect(try await web.audit.count("case_audit_actions") == 1)
            let blind = try await web.call("GET", "/audits/cases/:child", child: kase.child, session: moderator)
            #expect(blind.status == 200)
            #expect(!blind.body.contains("AUDITOR-NOTE") && !blind.body.contains("auditor&#39;s grade") && !blind.body.contains("selected"))
            let early = try await web.call("POST", "/audits/cases/:child/agree", child: kase.child, session: moderator, form: ["grade": "good"])
            #expect(early.status == 409)
            let finished = try await web.call(
                "POST", "/audits/cases/:child", child: kase.child, session: moderator, form: AuditWebFixture.complete("requires improvement", comment: "ok"))
            #expect(finished.status == 303)
            let both = try await web.call("GET", "/audits/cases/:child", child: kase.child, session: moderator)
            #expect(both.body.contains("AUDITOR-NOTE") && both.body.contains("The auditor&#39;s grade") && both.body.contains("id=\"agree\""))
            let agreed = try await web.call(
                "POST", "/audits/cases/:child/agree", child: kase.child, session: moderator, form: ["grade": "requires improvement", "note": "agreed"])
            #expect(agreed.status == 303)
            let kinds = try await web.audit.pool.query("SELECT kind, given_by FROM case_audit_grades ORDER BY id").map {
                "\(try $0.decode(String.self, "kind")) \(try $0.decode(String.self, "given_by"))"
            }
            #expect(kinds == ["auditor \(kase.auditor)", "moderator \(kase.moderator)", "agreed \(kase.moderator)"])
            // The auditor cannot record the agreement: the form is the moderator's.
            #expect(try await web.call("POST", "/audits/cases/:child/agree", child: kase.child, session: auditor, form: ["grade": "good"]).status == 404)
        }
    }

    @Test("links make each reviewer with cases a person once, with the role their cases ask; running again reissues")
    func links() async throws {
        try await AuditWebFixture.with { web in
            let roles = try await web.audit.pool.query(
                "SELECT a.auditor_id, p.role FROM case_audit_people a JOIN people p ON p.id = a.person_id ORDER BY a.auditor_id"
            ).map { "\(try $0.decode(String.self, "auditor_id")) \(try $0.decode(String.self, "role"))" }
            let reviewers = Set(web.cases.map(\.auditor) + web.cases.compactMap(\.moderator))
            #expect(roles.count == reviewers.count)
            #expect(!roles.contains { $0.hasPrefix("TM1 ") })
            #expect(roles.contains("M1 moderator") == reviewers.contains("M1"))
            let inspection = try await web.audit.pool.query("SELECT id FROM inspections")[0].decode(Int.self, "id")
            let again = try await ReviewerLinks(pool: web.audit.pool).issue(
                round: web.roundID, only: "A1", inspectionID: inspection, from: .today, until: .today, linkHours: 1, actor: "coordinator")
            #expect(again.map(\.person) == [try #require(web.people["A1"])])
            #expect(try await PersonAccess(pool: web.audit.pool).signIn(token: web.tokens["A1"]!) == nil)
            #expect(try await PersonAccess(pool: web.audit.pool).signIn(token: again[0].token) != nil)
            await #expect(
                throws: CaseAuditError("--reviewer Z9 is not a person of round \(web.roundID); `ilacs-admin audits round show \(web.roundID)` lists them")
            ) {
                try await ReviewerLinks(pool: web.audit.pool).issue(
                    round: web.roundID, only: "Z9", inspectionID: inspection, from: .today, until: .today, linkHours: 1, actor: "coordinator")
            }
        }
    }
}
