/// The shared-string table (`xl/sharedStrings.xml`): the text of every `t="s"` cell, by index.
///
/// An item is plain (`<si><t>`) or rich text, whose runs (`<si><r><t>`) are joined without
/// their formatting. Phonetic guides (`<rPh>`, Japanese furigana) are not part of the text.
struct SharedStrings: XMLPartHandler {
    private(set) var strings: [String] = []
    private var item = CellText()
    private var inItem = false
    private var phoneticDepth = 0

    mutating func start(_ element: String, attributes: [String: String]) throws {
        switch element {
        case "si":
            inItem = true
            item.reset()
        case "rPh":
            phoneticDepth += 1
        case "t" where inItem && phoneticDepth == 0:
            item.beginRun()
        default:
            break
        }
    }

    mutating func end(_ element: String) throws {
        switch element {
        case "si":
            strings.append(item.value)
            inItem = false
        case "rPh":
            phoneticDepth -= 1
        case "t":
            item.endRun()
        default:
            break
        }
    }

    mutating func text(_ piece: String) throws {
        guard item.append(piece) else {
            throw PartProblem(
                code: .limitExceeded,
                message: "shared string \(strings.count) is larger than \(CellText.maximumBytes >> 20) MiB; "
                    + "shorten that cell's text in Excel and save again")
        }
    }
}
