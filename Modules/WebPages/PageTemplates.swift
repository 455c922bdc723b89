import Mustache

/// What the plugins' server-rendered pages share: the start of the HTML document and the
/// building of a Mustache library from constant templates.
public enum PageTemplates {
    /// The document up to `<title>`: UTF-8, a phone-friendly viewport, and no favicon request.
    public static let documentStart = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="data:,">
        """

    /// The pages' shared style sheet: readable type, bordered tables, a notice box, and no
    /// header forms or fieldsets in print.
    public static let style = """
        <style>
        body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem; color: #1b1b1b; line-height: 1.45; }
        header { display: flex; justify-content: space-between; align-items: center; border-bottom: 2px solid #0b0c0c; padding-bottom: .5rem; }
        .brand { font-weight: 700; margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border: 1px solid #b1b4b6; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #f3f2f1; }
        .ticket { font-family: ui-monospace, monospace; }
        form.inline { display: inline; }
        fieldset { border: 1px solid #b1b4b6; margin: 1rem 0; }
        button { font: inherit; padding: .3rem .8rem; }
        .notice { border-left: 4px solid #1d70b8; padding: .25rem .75rem; background: #f3f2f1; }
        footer { margin-top: 2rem; font-size: .85rem; color: #505a5f; }
        @media print { header form, fieldset, .no-print { display: none; } a { color: inherit; text-decoration: none; } }
        </style>
        """

    /// The `layout` template of a signed-in set of pages: the document with the shared style
    /// (and `extraStyle`, a `<style>` element, when given), a header with the brand line
    /// `ILACS Ready · brand` and `header` (the sign-out form, navigation), the `body` block in
    /// `<main>`, and `footer` as the footer's paragraph. Pages fill `{{$title}}`, defaulting to
    /// `title`, and `{{$body}}`.
    public static func layout(title: String, brand: String, extraStyle: String? = nil, header: String, footer: String) -> String {
        """
        \(documentStart)
        <title>{{$title}}\(title){{/title}} · ILACS Ready</title>
        \(style)
        \(extraStyle.map { $0 + "\n" } ?? "")</head>
        <body>
        <header>
        <p class="brand">ILACS Ready · \(brand)</p>
        \(header)
        </header>
        <main>
        {{$body}}{{/body}}
        </main>
        <footer><p>\(footer)</p></footer>
        </body>
        </html>
        """
    }

    /// A page with a heading and one paragraph (`heading`, `message`), extending `layout`: what
    /// the pages answer for a refusal, an expired link or a done action.
    public static let message = """
        {{<layout}}{{$title}}{{heading}}{{/title}}{{$body}}
        <h1>{{heading}}</h1>
        <p>{{message}}</p>
        {{/body}}{{/layout}}
        """

    /// A library of `sources` (template name to text). The templates are constants of the
    /// caller, so a mistake in one is a programming error: it stops the program, and the
    /// caller's tests catch it.
    public static func library(_ sources: [String: String]) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in sources {
            try! library.register(text, named: name)
        }
        return library
    }
}
