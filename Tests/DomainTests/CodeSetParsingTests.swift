import Testing

@testable import Domain

@Suite("Every code set parses every form of every value")
struct CodeSetParsingTests {
    @Test("the Ofsted form parses back to its code", arguments: CaseProbe.all)
    func ofstedFormRoundTrips(_ probe: CaseProbe) {
        #expect(probe.parse(probe.ofstedForm) == probe.code)
        #expect(probe.descriptor.ofstedForm(ofCode: probe.code) == probe.ofstedForm)
    }

    @Test("the stored code parses, in any case", arguments: CaseProbe.all)
    func codeParses(_ probe: CaseProbe) {
        #expect(probe.parse(probe.code) == probe.code)
        #expect(probe.parse(probe.code.lowercased()) == probe.code)
        #expect(probe.parse("  \(probe.code) ") == probe.code)
    }

    @Test("case, spacing, apostrophes, quotes and dashes do not matter", arguments: CaseProbe.all)
    func messySpellingsParse(_ probe: CaseProbe) {
        let form = probe.ofstedForm
        let variants = [
            form.lowercased(),
            form.uppercased(),
            "   \(form)\t ",
            form.replacingAll(" ", with: "  "),
            form.replacingAll("’", with: "'"),
            form.replacingAll("'", with: "’"),
            form.replacingAll(" - ", with: " – "),
            form.replacingAll(" - ", with: " — "),
            form.replacingAll("-", with: "‑"),
            "\u{A0}\(form)\u{A0}",
            "“\(form)”",
            "\"\(form)\""
        ]
        for variant in variants {
            #expect(probe.parse(variant) == probe.code, "\(variant)")
        }
    }

    @Test("a missing or different ordering letter does not matter", arguments: CaseProbe.all)
    func orderingLetterIsIgnored(_ probe: CaseProbe) {
        let body = probe.letter.map { String(probe.ofstedForm.dropFirst($0.count + 2)) } ?? probe.ofstedForm
        for prefix in ["", "x) ", "X)", "zz) ", "q)  "] {
            #expect(probe.parse(prefix + body) == probe.code, "\(prefix + body)")
        }
    }

    @Test("CODE: label and CODE - label parse without a letter", arguments: CaseProbe.all)
    func codeAndLabelParse(_ probe: CaseProbe) {
        for separator in [": ", ":", " - ", " – ", " ", " : "] {
            let text = probe.code + separator + probe.label
            #expect(probe.parse(text) == probe.code, "\(text)")
            #expect(probe.parse("a) " + text) == probe.code, "a) \(text)")
        }
    }

    @Test("the label alone parses unless another case shares it", arguments: CaseProbe.all)
    func labelAloneParses(_ probe: CaseProbe) {
        if probe.isOwnSpelling(probe.label) {
            #expect(probe.parse(probe.label) == probe.code)
            #expect(probe.parse("b) " + probe.label.uppercased()) == probe.code)
        } else {
            #expect(probe.parse(probe.label) != probe.code)
        }
    }

    @Test("every alias parses after the code, and alone unless another case owns it", arguments: CaseProbe.all)
    func aliasesParse(_ probe: CaseProbe) {
        for alias in probe.aliases {
            #expect(probe.parse("\(probe.code): \(alias)") == probe.code, "\(alias)")
            if probe.isOwnSpelling(alias) {
                #expect(probe.parse(alias) == probe.code, "\(alias)")
                #expect(probe.parse(alias.lowercased()) == probe.code, "\(alias)")
            }
        }
    }

    @Test("the letter is present exactly when the style has letters", arguments: CaseProbe.all)
    func letterMatchesStyle(_ probe: CaseProbe) {
        // 5D postdates Ofsted's lettered list, so it alone has no letter in a lettered set.
        let expectsLetter = probe.style.hasLetter && !(probe.descriptor.name == "Referral Source" && probe.code == "5D")
        #expect((probe.letter != nil) == expectsLetter)
        if let letter = probe.letter {
            #expect(probe.ofstedForm.hasPrefix("\(letter)) "))
        }
    }

    @Test("text that names no value returns nil", arguments: allDescriptors)
    func unknownTextIsRejected(_ descriptor: CodeSetDescriptor) {
        for text in ["", "   ", "a)", "a) ", "zz)", "nonsense", "Q9: Not a value", "-", "N/A", "12345", "??"] {
            #expect(descriptor.parse(text) == nil, "\(text)")
        }
    }

    @Test("a descriptor lists every code and form in order", arguments: allDescriptors)
    func descriptorListsCodes(_ descriptor: CodeSetDescriptor) {
        #expect(descriptor.codes.count == descriptor.allowedForms.count)
        #expect(Set(descriptor.codes).count == descriptor.codes.count)
        #expect(Set(descriptor.allowedForms).count == descriptor.allowedForms.count)
        for (code, form) in zip(descriptor.codes, descriptor.allowedForms) {
            #expect(descriptor.ofstedForm(ofCode: code) == form)
            #expect(descriptor.parse(form) == code)
        }
        #expect(descriptor.ofstedForm(ofCode: "no such code") == nil)
        #expect(descriptor.codes.allSatisfy { $0 == $0.uppercased() && !$0.contains(" ") })
    }

    @Test("code set names are unique, so descriptors compare by name")
    func namesAreUnique() {
        let names = allDescriptors.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(CodeSetDescriptor(YesNo.self) == CodeSetDescriptor(YesNo.self))
        #expect(CodeSetDescriptor(YesNo.self) != CodeSetDescriptor(PlainYesNo.self))
    }

    @Test("every code set used by a column is covered by these tests")
    func catalogueCoversColumns() {
        let used = Set(
            AnnexAList.allCases.flatMap(\.columns).compactMap { column -> CodeSetDescriptor? in
                if case .code(let descriptor) = column.kind { return descriptor }
                return nil
            })
        #expect(used.isSubset(of: Set(allDescriptors)))
    }
}

extension String {
    /// Test helper: every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
