import Testing
import Workbook

/// Workbooks assembled part by part, to pin down cell types that the writer never produces.
@Suite struct HandBuiltWorkbookTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A minimal package with one sheet named `Data` holding `sheetData`, plus `styles` and
    /// `sharedStrings` parts, and `workbookProperties` inside `<workbook>`.
    static func parts(
        sheetData: String, sharedStrings: String, styles: String, workbookProperties: String = ""
    ) -> [(name: String, text: String)] {
        [
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            (
                "_rels/.rels",
                #"""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """#
            ),
            (
                "xl/workbook.xml",
                #"""
                <workbook xmlns="\#(main)" xmlns:r="\#(relationships)">\#(workbookProperties)
                <sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>
                """#
            ),
            (
                "xl/_rels/workbook.xml.rels",
                #"""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="/xl/worksheets/../worksheets/data.xml"/>
                <Relationship Id="rId2" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>
                <Relationship Id="rId3" Type="\#(relationships)/styles" Target="styles.xml"/>
                </Relationships>
                """#
            ),
            ("xl/worksheets/data.xml", #"<worksheet xmlns="\#(main)"><sheetData>\#(sheetData)</sheetData></worksheet>"#),
            ("xl/sharedStrings.xml", #"<sst xmlns="\#(main)">\#(sharedStrings)</sst>"#),
            ("xl/styles.xml", #"<styleSheet xmlns="\#(main)">\#(styles)</styleSheet>"#)
        ]
    }

    /// Style 0 general, 1 built-in date 14, 2 custom `dd/mm/yyyy;@`, 3 custom number with a
    /// quoted "d", 4 time `h:mm`; a `dxf` with a date code must not leak into cell styles.
    static let styles = #"""
        <numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>
        <numFmt numFmtId="165" formatCode="0.0&quot; days&quot;"/><numFmt numFmtId="166" formatCode="h:mm"/></numFmts>
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
        <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>
        <dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="yyyy"/></dxf></dxfs>
        """#

    static let sharedStrings = #"""
        <si><t>plain</t></si>
        <si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space="preserve">text </t></r><r><t>runs</t></r></si>
        <si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>
        <si><t xml:space="preserve">  padded  </t></si>
        <si><t>line_x000D_
        break</t></si>
        """#

    @Test("every kind of cell is read as the text Excel shows")
    func cellKinds() throws {
        let folder = try TemporaryFolder()
        let sheetData = #"""
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>z</t></is></c></row>
            <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>4</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="B3"><v>42</v></c>
              <c r="C3"><v>0.1</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="b"><v>0</v></c><c r="F3" t="e"><v>#N/A</v></c>
              <c r="G3" t="str"><f>A1&amp;"!"</f><v>plain!</v></c><c r="H3" s="3"><v>7</v></c></row>
            <row r="5" spans="1:9"><c r="A5" s="1"/><c r="B5" s="2"/></row>
            <row r="7"><c r="A7" s="1"><v>45292</v></c><c r="B7" s="2"><v>45323</v></c><c r="C7" t="s" s="1"><v>0</v></c>
              <c r="D7" s="4"><v>0.75</v></c><c r="E7" s="1"><v>45292.5</v></c><c r="F7" t="inlineStr" s="2"><is><t>01/02/2024</t></is></c></row>
            <row><c><v>1</v></c><c><v>2</v></c><c r="E8"><v>5</v></c><c><v>6</v></c></row>
            """#
        let path = try folder.zip(
            "cells.xlsx", parts: Self.parts(sheetData: sheetData, sharedStrings: Self.sharedStrings, styles: Self.styles))
        let reader = try XLSXReader(path: path)
        #expect(reader.sheetNames == ["Data"])
        let rows = try reader.allRows("Data")
        #expect(rows.map(\.number) == [1, 2, 3, 7, 8])
        #expect(rows[0].cells == ["plain", "", "z"])
        #expect(rows[1].cells == ["rich text runs", "漢字", "  padded  ", "line\r\nbreak"])
        #expect(rows[2].cells == ["inline", "42", "0.1", "TRUE", "FALSE", "#N/A", "plain!", "7"])
        #expect(rows[3].cells == ["01/01/2024", "01/02/2024", "plain", "18:00:00", "01/01/2024 12:00:00", "01/02/2024"])
        #expect(rows[4].cells == ["1", "2", "", "", "5", "6"])

        var stored: [Int: [XLSXCell]] = [:]
        try reader.cells(ofSheet: "Data") { stored[$0] = $1 }
        #expect(stored[7]?[0] == XLSXCell(text: "45292", isDate: true))
        #expect(stored[7]?[2] == XLSXCell(text: "plain"))
        #expect(stored[7]?[5] == XLSXCell(text: "01/02/2024"))
        #expect(stored[3]?[7] == XLSXCell(text: "7"))
    }

    @Test("serials count from 1 January 1904 in a workbook that says so")
    func date1904() throws {
        let folder = try TemporaryFolder()
        let path = try folder.zip(
            "1904.xlsx",
            parts: Self.parts(
                sheetData: #"<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43830</v></c></row>"#,
                sharedStrings: "", styles: Self.styles, workbookProperties: #"<workbookPr date1904="1"/>"#))
        #expect(try XLSXReader(path: path).allRows("Data").map(\.cells) == [["01/01/1904", "01/01/2024"]])
    }

    @Test("elements with a namespace prefix are read like unprefixed ones")
    func prefixedElements() throws {
        let folder = try TemporaryFolder()
        var parts = Self.parts(sheetData: "", sharedStrings: "", styles: "")
        let index = try #require(parts.firstIndex { $0.name == "xl/worksheets/data.xml" })
        parts[index].text = #"""
            <x:worksheet xmlns:x="\#(Self.main)"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>
            """#
        let path = try folder.zip("prefixed.xlsx", parts: parts)
        let rows = try XLSXReader(path: path).allRows("Data")
        #expect(rows.map(\.number) == [2])
        #expect(rows.map(\.cells) == [["", "prefixed"]])
    }

    @Test("an error thrown while handling a row stops the reading and comes back unchanged")
    func callerErrors() throws {
        struct Enough: Error {}
        let folder = try TemporaryFolder()
        let path = try folder.zip(
            "stop.xlsx",
            parts: Self.parts(
                sheetData: #"<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>"#,
                sharedStrings: "", styles: ""))
        var seen: [Int] = []
        #expect(throws: Enough.self) {
            try XLSXReader(path: path).rows(ofSheet: "Data") { rowNumber, _ in
                seen.append(rowNumber)
                throw Enough()
            }
        }
        #expect(seen == [1])
    }
}
