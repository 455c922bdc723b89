import Mustache
import WebPages

/// The sampler's pages as Mustache templates: plain server-rendered HTML, no JavaScript,
/// readable on a laptop and printable. `{{ }}` escapes HTML; every page extends `layout`.
enum WebTemplates {
    static let library = PageTemplates.library(sources)

    private static let sources: [String: String] = [
        "layout": PageTemplates.layout(
            title: "Evidence sample", brand: "evidence sample",
            header: """
                {{#inspector}}<form class="inline" method="post" action="/sign-out"><input type="hidden" name="csrf" value="{{csrf}}"><span>Signed in as {{name}}</span> <button type="submit">Sign out</button></form>{{/inspector}}
                """,
            footer: "Every page you view is recorded in the authority's audit log. Access ends at the end of the day set by the coordinator."),
        "message": PageTemplates.message,
        "sign-in": """
        {{<layout}}{{$title}}Sign in{{/title}}{{$body}}
        <h1>Sign in</h1>
        <p>This one-time link signs you in to the samples of your inspection. It works once.</p>
        <form method="post" action="/sign-in"><input type="hidden" name="token" value="{{token}}"><button type="submit" id="sign-in">Sign in</button></form>
        {{/body}}{{/layout}}
        """,
        "samples": """
        {{<layout}}{{$title}}Samples{{/title}}{{$body}}
        <h1>Samples for inspection {{inspection}}</h1>
        {{#hasSamples}}
        <table id="samples">
        <caption>Samples drawn for this inspection</caption>
        <thead><tr><th scope="col">Sample</th><th scope="col">Cases</th><th scope="col">Drawn (UTC)</th><th scope="col">Manifest SHA-256</th></tr></thead>
        <tbody>
        {{#samples}}<tr><td><a href="/samples/{{id}}">Sample {{id}}</a></td><td>{{picks}}</td><td>{{drawn}}</td><td class="ticket">{{sha}}</td></tr>
        {{/samples}}
        </tbody>
        </table>
        {{/hasSamples}}
        {{^hasSamples}}<p class="notice">No sample has been drawn for this inspection yet.</p>{{/hasSamples}}
        {{/body}}{{/layout}}
        """,
        "sample": """
        {{<layout}}{{$title}}Sample {{id}}{{/title}}{{$body}}
        <h1>Sample {{id}}</h1>
        <p>Drawn from manifest {{manifest}} (snapshot {{snapshot}}, SHA-256 <span class="ticket">{{sha}}</span>) with the seed <span class="ticket">{{seed}}</span>. Cases are taken in ascending ticket order, quotas first; every pick shows why.</p>
        <p class="no-print"><a href="/samples/{{id}}/download.csv" id="download">Download the list (CSV)</a></p>
        <table id="picks">
        <caption>{{count}} cases picked</caption>
        <thead><tr><th scope="col">#</th><th scope="col">Case</th><th scope="col">Stratum</th><th scope="col">Rank</th><th scope="col">Ticket</th><th scope="col">Rule</th><th scope="col">Allocated team</th></tr></thead>
        <tbody>
        {{#picks}}<tr><td>{{position}}</td><td><a href="{{href}}">{{key}}</a></td><td>{{stratum}}</td><td>{{rank}}</td><td class="ticket">{{ticket}}</td><td>{{rule}}</td><td>{{team}}</td></tr>
        {{/picks}}
        </tbody>
        </table>
        <form method="post" action="/samples/{{id}}/extend" class="no-print">
        <fieldset>
        <legend>Ask for more cases</legend>
        <p>More cases continue the ticket order: the cases already picked never change.</p>
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="more">How many</label> <input type="number" id="more" name="more" min="1" max="50" value="1" required>
        <label for="stratum">From</label>
        <select id="stratum" name="stratum"><option value="">any stratum</option>{{#strata}}<option>{{.}}</option>{{/strata}}</select>
        <button type="submit" id="extend">Add cases</button>
        </fieldset>
        </form>
        {{/body}}{{/layout}}
        """,
        "child": """
        {{<layout}}{{$title}}A sampled child{{/title}}{{$body}}
        <p class="no-print"><a href="/samples/{{sample}}">Back to sample {{sample}}</a></p>
        <h1>Annex A rows of a sampled child</h1>
        {{#rows}}
        <table>
        <caption>List {{list}} ({{title}}), row {{row}}</caption>
        <tbody>
        {{#cells}}<tr><th scope="row">{{heading}}</th><td>{{value}}</td></tr>
        {{/cells}}
        </tbody>
        </table>
        {{/rows}}
        {{/body}}{{/layout}}
        """
    ]

    /// Renders the page `name` with `values`.
    static func render(_ name: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: name) ?? ""
    }
}
