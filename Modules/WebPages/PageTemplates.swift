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
