/// The fixed parts of a written workbook around its sheets: content types, relationships,
/// the workbook's sheet list and a minimal style sheet whose style 1 is bold.
struct WorkbookParts {
    /// The sheets' names, in order; sheet `n` (1-based) is `xl/worksheets/sheet{n}.xml`.
    var sheetNames: [String]

    /// Each part's name in the archive and its XML.
    var all: [(part: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", Self.styles)
        ]
    }

    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let contentTypePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    private var sheetNumbers: ClosedRange<Int> { 1...sheetNames.count }

    private var contentTypes: String {
        let sheets = sheetNumbers.map {
            #"<Override PartName="/xl/worksheets/sheet\#($0).xml" "#
                + #"ContentType="\#(Self.contentTypePrefix).worksheet+xml"/>"#
        }
        return Self.declaration
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="\#(Self.contentTypePrefix).sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="\#(Self.contentTypePrefix).styles+xml"/>"#
            + sheets.joined()
            + "</Types>"
    }

    private var packageRelationships: String {
        Self.declaration
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="\#(Self.relationshipTypes)/officeDocument" Target="xl/workbook.xml"/>"#
            + "</Relationships>"
    }

    private var workbook: String {
        let sheets = zip(sheetNumbers, sheetNames).map { number, name in
            var escaped: [UInt8] = []
            XMLEscaping.append(name, to: &escaped)
            let escapedName = String(decoding: escaped, as: UTF8.self)
            return #"<sheet name="\#(escapedName)" sheetId="\#(number)" r:id="rId\#(number)"/>"#
        }
        return Self.declaration
            + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
            + #"xmlns:r="\#(Self.relationshipTypes)"><sheets>"#
            + sheets.joined()
            + "</sheets></workbook>"
    }

    private var workbookRelationships: String {
        // Sheets take rId1…rIdN, so the style sheet comes after them.
        let sheets = sheetNumbers.map {
            #"<Relationship Id="rId\#($0)" Type="\#(Self.relationshipTypes)/worksheet" "#
                + #"Target="worksheets/sheet\#($0).xml"/>"#
        }
        let styles =
            #"<Relationship Id="rId\#(sheetNames.count + 1)" "#
            + #"Type="\#(Self.relationshipTypes)/styles" Target="styles.xml"/>"#
        return Self.declaration
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + sheets.joined() + styles
            + "</Relationships>"
    }

    private static let styles =
        declaration
        + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
        + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"
}
