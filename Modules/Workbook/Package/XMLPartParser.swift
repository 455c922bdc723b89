import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Receives the events of one XML part of a workbook.
///
/// Element names arrive without their namespace prefix (`row`, not `x:row`): most writers use
/// the default namespace, but some prefix every element, and the names are unambiguous either
/// way. Attribute names keep theirs (`r:id`).
protocol XMLPartHandler {
    mutating func start(_ element: String, attributes: [String: String]) throws
    mutating func end(_ element: String) throws
    mutating func text(_ text: String) throws
}

/// A part's XML is not well-formed. It carries positions only: libxml2's messages can quote
/// fragments of the document, which may be a child's details.
struct MalformedXML: Error, CustomStringConvertible {
    var line: Int
    var column: Int
    var code: Int

    var description: String { "XML error \(code) at line \(line), column \(column)" }
}

/// Streams a file through `XMLParser` into an ``XMLPartHandler``.
///
/// `XMLParser`'s delegate callbacks cannot throw, so this adapter records the first error (the
/// handler's, or the parser's), stops the parse and rethrows it once `parse()` has returned.
final class XMLPartParser<Handler: XMLPartHandler>: NSObject, XMLParserDelegate {
    private var handler: Handler
    private var failure: (any Error)?

    private init(handler: Handler) {
        self.handler = handler
    }

    /// Parses the XML file at `url` into `handler`. On failure `handler` still holds the state
    /// it reached, so the caller can say where the parse stopped.
    /// - Throws: ``MalformedXML``, ``PartProblem`` for a part with a DTD, or whatever the
    ///   handler threw, unchanged.
    static func parse(fileAt url: URL, into handler: inout Handler) throws {
        guard !hasDocumentTypeDeclaration(url) else {
            throw PartProblem(
                code: .damagedWorkbook,
                message: "a part of the workbook has a document type declaration, which Excel never writes; "
                    + "open the file in Excel and save it again")
        }
        let adapter = XMLPartParser(handler: handler)
        defer { handler = adapter.handler }
        // A stream, rather than `contentsOf:`, so that the file is read in chunks on every
        // platform and memory stays bounded.
        guard let stream = InputStream(url: url) else {
            throw MalformedXML(line: 0, column: 0, code: XMLParser.ErrorCode.internalError.rawValue)
        }
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = false
        // A workbook never needs an external entity, and resolving one could read local files.
        parser.shouldResolveExternalEntities = false
        parser.delegate = adapter
        let succeeded = parser.parse()
        if let failure = adapter.failure { throw failure }
        if !succeeded || parser.parserError != nil {
            let code = (parser.parserError as NSError?)?.code ?? XMLParser.ErrorCode.internalError.rawValue
            throw MalformedXML(line: parser.lineNumber, column: parser.columnNumber, code: code)
        }
    }

    /// Whether the start of the file holds a `<!DOCTYPE`.
    ///
    /// The packaging standard forbids DTDs in a package's XML (ECMA-376 Part 2, M1.17), and
    /// libxml2 acts on one: it expands internal entities, and where an external entity is
    /// refused it silently drops the rest of that text, so the part's content would be wrong.
    /// A declaration can only come before the root element, which Excel writes in the first
    /// few hundred bytes; cell text cannot hold a literal `<!` outside a comment or CDATA.
    /// A file that cannot be read is left for the parse to report.
    private static func hasDocumentTypeDeclaration(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 64 << 10) else { return false }
        // Excel writes UTF-8; a UTF-16 part announces itself with a byte-order mark.
        let encoding: String.Encoding =
            switch (head.first, head.dropFirst().first) {
            case (0xFF, 0xFE): .utf16LittleEndian
            case (0xFE, 0xFF): .utf16BigEndian
            default: .utf8
            }
        let text = String(data: head, encoding: encoding) ?? String(decoding: head, as: UTF8.self)
        return text.contains("<!DOCTYPE")
    }

    private func run(_ parser: XMLParser, _ event: (inout Handler) throws -> Void) {
        guard failure == nil else { return }
        do {
            try event(&handler)
        } catch {
            failure = error
            parser.abortParsing()
        }
    }

    private static func localName(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String]
    ) {
        run(parser) { try $0.start(Self.localName(elementName), attributes: attributeDict) }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        run(parser) { try $0.end(Self.localName(elementName)) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        run(parser) { try $0.text(string) }
    }

    // Without a DTD libxml2 reports all whitespace as characters, but a part may carry one.
    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        run(parser) { try $0.text(whitespaceString) }
    }

    func parser(_ parser: XMLParser, foundCDATA cdataBlock: Data) {
        run(parser) { try $0.text(String(decoding: cdataBlock, as: UTF8.self)) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        // libxml2 runs in recovery mode under XMLParser and may carry on past an error; a
        // damaged part must fail rather than yield rows that are silently wrong.
        guard failure == nil else { return }
        failure = MalformedXML(
            line: parser.lineNumber, column: parser.columnNumber, code: (parseError as NSError).code)
        parser.abortParsing()
    }
}
