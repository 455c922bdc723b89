import Mustache
import WebPages

/// The inspectors' week pages as Mustache templates: plain server-rendered HTML, no JavaScript.
/// `{{ }}` escapes HTML; every page extends `layout`, whose sign-out form posts to the sampler's
/// `/sign-out`.
enum WeekTemplates {
    static let library = PageTemplates.library(sources)

    private static let sources: [String: String] = [
        "layout": PageTemplates.layout(
            title: "Your week", brand: "the week on site",
            header: """
                {{#inspector}}<nav class="no-print" aria-label="Pages"><a href="/week">Your week</a> · <a href="/">Samples</a></nav>
                <form class="inline" method="post" action="/sign-out"><input type="hidden" name="csrf" value="{{csrf}}"><span>Signed in as {{name}}</span> <button type="submit">Sign out</button></form>{{/inspector}}
                """,
            footer: "Every page you view is recorded in the authority's audit log. Children are named by case key only."),
        "message": PageTemplates.message,
        "week": """
        {{<layout}}{{$title}}Your week{{/title}}{{$body}}
        <h1>Your week on site</h1>
        {{#hasDays}}<p class="no-print"><a href="/week.ics" id="download-ics">Download your week (iCalendar)</a></p>{{/hasDays}}
        {{#days}}
        <h2 id="day-{{iso}}">{{label}}</h2>
        <table class="week-day">
        <caption>Your conversations on {{label}}</caption>
        <thead><tr><th scope="col">Time</th><th scope="col">Conversation</th><th scope="col">Where</th><th scope="col">Children covered</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{time}}</td><td><a href="/week/conversations/{{id}}">{{title}}</a></td><td>{{where}}</td><td>{{children}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{/days}}
        {{^hasDays}}<p class="notice">No conversations are booked for you yet.</p>{{/hasDays}}
        {{/body}}{{/layout}}
        """,
        "briefing": """
        {{<layout}}{{$title}}Briefing{{/title}}{{$body}}
        <p class="no-print"><a href="/week">Back to your week</a></p>
        <h1>Briefing: {{title}}</h1>
        <table id="booking">
        <caption>When and where</caption>
        <tbody>
        <tr><th scope="row">Day</th><td>{{day}}</td></tr>
        <tr><th scope="row">Time</th><td>{{time}}</td></tr>
        <tr><th scope="row">Where</th><td>{{where}}</td></tr>
        </tbody>
        </table>
        {{#practitioner}}
        <h2>The practitioner</h2>
        <table id="practitioner">
        <caption>From the workforce register on {{date}}</caption>
        <tbody>
        <tr><th scope="row">Role</th><td>{{role}}</td></tr>
        <tr><th scope="row">Team</th><td>{{team}}</td></tr>
        <tr><th scope="row">Caseload now</th><td>{{caseload}}</td></tr>
        <tr><th scope="row">Last supervision</th><td>{{lastSupervision}}</td></tr>
        <tr><th scope="row">Group reflective supervision in the last quarter</th><td>{{groupReflective}}</td></tr>
        <tr><th scope="row">Training in the last year</th><td>{{training}}</td></tr>
        </tbody>
        </table>
        {{/practitioner}}
        {{#wishes}}
        <h2>How the child would like to talk</h2>
        <table id="wishes">
        <caption>As the child's allocated worker recorded it</caption>
        <tbody>
        <tr><th scope="row">Way</th><td>{{way}}</td></tr>
        <tr><th scope="row">Access needs</th><td>{{accessNeeds}}</td></tr>
        </tbody>
        </table>
        {{/wishes}}
        <h2>Children covered</h2>
        {{#hasChildren}}
        <table id="children">
        <caption>Sampled children covered, by case key ({{childCount}})</caption>
        <thead><tr><th scope="col">Case key</th><th scope="col">Stratum</th><th scope="col">Annex A rows</th></tr></thead>
        <tbody>
        {{#children}}<tr><th scope="row">{{key}}</th><td>{{stratum}}</td><td>{{rows}}</td></tr>
        {{/children}}
        </tbody>
        </table>
        {{/hasChildren}}
        {{^hasChildren}}<p>This conversation covers no sampled child.</p>{{/hasChildren}}
        {{/body}}{{/layout}}
        """
    ]

    /// Renders the page `name` with `values`.
    static func render(_ name: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: name) ?? ""
    }
}
