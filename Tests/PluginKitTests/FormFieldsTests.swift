import PluginKit
import Testing

@Suite("Form bodies and cookies")
struct FormFieldsTests {
    @Test(
        "a body of '=' or 'a=1&=' gives fields without crashing (it once stopped the sampler)",
        arguments: ["=", "a=1&=", "&&", "=&=x", "%", "a=%zz", "%ff%fe=1"])
    func malformedBodies(_ body: String) {
        let fields = HTTPRouteRequest(body: Array(body.utf8)).formFields
        #expect(fields["token"] == nil)
        if body == "a=1&=" { #expect(fields["a"] == "1") }
    }

    @Test("'+' is a space, %XX is decoded, and a field given twice keeps its first value")
    func decoding() {
        let fields = HTTPRouteRequest(body: Array("name=Ann+O%27Neil&more=2&more=50&csrf=".utf8)).formFields
        #expect(fields == ["name": "Ann O'Neil", "more": "2", "csrf": ""])
    }

    @Test("a cookie is found by its exact name among others")
    func cookie() {
        let request = HTTPRouteRequest(headers: ["cookie": "other=1; ilacs_session_x=2; ilacs_session=abc"])
        #expect(request.cookie("ilacs_session") == "abc")
        #expect(request.cookie("missing") == nil)
    }
}
