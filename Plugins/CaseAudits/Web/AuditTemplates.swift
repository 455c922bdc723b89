import Mustache
import WebPages

/// The audit pages as Mustache templates: plain server-rendered HTML, no JavaScript, every
/// field labelled, problems summarised above the form with links to the fields and repeated
/// beside each (`aria-describedby`, `aria-invalid`). `{{ }}` escapes HTML.
enum AuditTemplates {
    static let library = PageTemplates.library(sources)

    private static let sources: [String: String] = [
        "layout": PageTemplates.layout(
            title: "Case audits", brand: "case audits",
            extraStyle: """
                <style>
                .question { margin: .75rem 0 1rem; }
                .question label { display: block; font-weight: 600; }
                select, textarea { font: inherit; margin: .25rem 0; }
                textarea { width: 100%; max-width: 48rem; }
                .error { color: #d4351c; font-weight: 600; margin: .25rem 0; }
                .error-summary { border: 4px solid #d4351c; padding: .5rem 1rem; margin: 1rem 0; }
                .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
                </style>
                """,
            header: """
                {{#reviewer}}<form class="inline" method="post" action="/audits/sign-out"><input type="hidden" name="csrf" value="{{csrf}}"><span>Signed in as {{name}}</span> <button type="submit">Sign out</button></form>{{/reviewer}}
                """,
            footer: "Every audit you open, save or finish is recorded in the authority's audit log."),
        "message": """
        {{<layout}}{{$title}}{{heading}}{{/title}}{{$body}}
        <h1>{{heading}}</h1>
        <p>{{message}}</p>
        {{#back}}<p><a href="{{.}}">Back to your audits</a></p>{{/back}}
        {{/body}}{{/layout}}
        """,
        "sign-in": """
        {{<layout}}{{$title}}Sign in{{/title}}{{$body}}
        <h1>Sign in</h1>
        <p>This one-time link signs you in to the case audits given to you. It works once.</p>
        <form method="post" action="/audits/sign-in"><input type="hidden" name="token" value="{{token}}"><button type="submit" id="sign-in">Sign in</button></form>
        {{/body}}{{/layout}}
        """,
        "cases": """
        {{<layout}}{{$title}}Your audits{{/title}}{{$body}}
        <h1>Your audits</h1>
        <p>Round {{round}}. A draft can be saved and finished later; a finished audit is final.</p>
        {{#groups}}
        <table id="{{id}}">
        <caption>{{caption}}</caption>
        <thead><tr><th scope="col">Child Unique ID</th><th scope="col">State</th></tr></thead>
        <tbody>
        {{#cases}}<tr><td><a href="{{href}}">{{child}}</a></td><td>{{state}}</td></tr>
        {{/cases}}
        </tbody>
        </table>
        {{/groups}}
        {{^groups}}<p class="notice">No case is assigned to you in this round.</p>{{/groups}}
        {{/body}}{{/layout}}
        """,
        "form": """
        {{<layout}}{{$title}}{{#hasProblems}}Error: {{/hasProblems}}Audit of a case{{/title}}{{$body}}
        <p class="no-print"><a href="/audits">Back to your audits</a></p>
        <h1>{{heading}}</h1>
        <p>Child Unique ID <strong>{{child}}</strong>, round {{round}}, tool '{{tool}}'. {{#isDraft}}Your draft is saved; finish it when every question is graded.{{/isDraft}}</p>
        {{#hasProblems}}
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary">
        <h2 id="error-summary-title">{{problemHeading}}</h2>
        <ul>{{#problems}}<li><a href="#{{field}}">{{message}}</a></li>{{/problems}}</ul>
        </div>
        {{/hasProblems}}
        <form method="post" action="{{action}}" novalidate>
        <input type="hidden" name="csrf" value="{{csrf}}">
        <p>Grades: {{scale}}. {{#commentGrades}}A grade of {{commentGrades}} needs a comment.{{/commentGrades}}</p>
        {{#sections}}
        <fieldset>
        <legend><h2>{{title}}</h2></legend>
        {{#questions}}
        <div class="question">
        <label for="grade-{{number}}">{{number}}. {{text}}</label>
        {{#gradeError}}<p class="error" id="grade-{{number}}-error"><span class="visually-hidden">Error:</span> {{gradeError}}</p>{{/gradeError}}
        <select id="grade-{{number}}" name="grade-{{number}}"{{#gradeError}} aria-invalid="true" aria-describedby="grade-{{number}}-error"{{/gradeError}}>
        <option value="">Not graded yet</option>
        {{#options}}<option{{#selected}} selected{{/selected}}>{{grade}}</option>{{/options}}
        </select>
        <label for="comment-{{number}}">Comment on question {{number}}</label>
        {{#commentError}}<p class="error" id="comment-{{number}}-error"><span class="visually-hidden">Error:</span> {{commentError}}</p>{{/commentError}}
        <textarea id="comment-{{number}}" name="comment-{{number}}" rows="2"{{#commentError}} aria-invalid="true" aria-describedby="comment-{{number}}-error"{{/commentError}}>{{comment}}</textarea>
        </div>
        {{/questions}}
        </fieldset>
        {{/sections}}
        <fieldset>
        <legend><h2>The case as a whole</h2></legend>
        <div class="question">
        <label for="overall">Overall grade</label>
        {{#overallError}}<p class="error" id="overall-error"><span class="visually-hidden">Error:</span> {{overallError}}</p>{{/overallError}}
        <select id="overall" name="overall"{{#overallError}} aria-invalid="true" aria-describedby="overall-error"{{/overallError}}>
        <option value="">Not graded yet</option>
        {{#overallOptions}}<option{{#selected}} selected{{/selected}}>{{grade}}</option>{{/overallOptions}}
        </select>
        </div>
        </fieldset>
        <p><button type="submit" name="action" value="draft" id="save-draft">Save draft</button>
        <button type="submit" name="action" value="finish" id="finish">Finish (final)</button></p>
        </form>
        {{/body}}{{/layout}}
        """,
        "finished": """
        {{<layout}}{{$title}}Finished audit{{/title}}{{$body}}
        <p class="no-print"><a href="/audits">Back to your audits</a></p>
        <h1>{{heading}}</h1>
        <p class="notice" id="final-notice">Your audit of Child Unique ID <strong>{{child}}</strong> is finished and final: it cannot be changed.</p>
        <table id="grades">
        <caption>Grades of round {{round}}</caption>
        <thead><tr><th scope="col">Section</th><th scope="col">Question</th>{{#columns}}<th scope="col">{{.}}</th>{{/columns}}</tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{section}}</td><td>{{question}}</td>{{#cells}}<td>{{grade}}{{#comment}}: {{comment}}{{/comment}}</td>{{/cells}}</tr>
        {{/rows}}
        </tbody>
        </table>
        {{#waiting}}<p class="notice" id="auditor-pending">The auditor has not finished their audit yet: their grades show here once they have.</p>{{/waiting}}
        {{#agreed}}<p id="agreed-grade">Agreed grade: <strong>{{agreed}}</strong></p>{{/agreed}}
        {{#canAgree}}
        <form method="post" action="{{agreeAction}}" class="no-print">
        <fieldset>
        <legend>Record the grade you and the auditor agreed</legend>
        <p>The agreed grade becomes the case's grade; both of your grades stay in its history.</p>
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="agreed">Agreed grade</label>
        <select id="agreed" name="grade" required><option value="">Choose</option>{{#scaleOptions}}<option>{{.}}</option>{{/scaleOptions}}</select>
        <label for="note">Why, in a sentence</label> <input type="text" id="note" name="note" maxlength="500">
        <button type="submit" id="agree">Record the agreed grade</button>
        </fieldset>
        </form>
        {{/canAgree}}
        {{/body}}{{/layout}}
        """
    ]

    /// Renders the page `name` with `values`.
    static func render(_ name: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: name) ?? ""
    }
}
