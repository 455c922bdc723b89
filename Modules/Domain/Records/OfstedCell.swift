// How each kind of typed value becomes an Ofsted cell; every record's `ofstedCells` uses these,
// so blanks, dates and codes render the same way in every list.

func cell(_ text: String?) -> String {
    text ?? ""
}

func cell(_ number: Int?) -> String {
    number.map { String($0) } ?? ""
}

func cell(_ date: CalendarDate?) -> String {
    date?.ddmmyyyy ?? ""
}

func cell<Code: CodeSet>(_ code: Code?) -> String {
    code?.ofstedForm ?? ""
}
