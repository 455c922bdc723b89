import Mustache
import WebPages

/// The carers' pages as Mustache templates: plain HTML, no JavaScript, no tracking. `{{ }}`
/// escapes HTML; every page extends `layout`.
enum ReplyPages {
    static let library = PageTemplates.library(sources)

    private static let sources: [String: String] = [
        "layout": """
        \(PageTemplates.documentStart)
        <title>{{$title}}Reply{{/title}}</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 40rem; padding: 1rem 1.5rem; color: #1b1b1b; line-height: 1.5; }
        button { font: inherit; padding: .5rem 1rem; }
        </style>
        </head>
        <body>
        <main>
        {{$body}}{{/body}}
        </main>
        </body>
        </html>
        """,
        "confirm": """
        {{<layout}}{{$title}}{{heading}}{{/title}}{{$body}}
        <h1>{{heading}}</h1>
        <p>{{message}}</p>
        <form method="post" action="{{action}}"><button type="submit" id="confirm">{{button}}</button></form>
        {{/body}}{{/layout}}
        """,
        "message": PageTemplates.message
    ]

    /// Renders the page `name` with `values`.
    static func render(_ name: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: name) ?? ""
    }
}
