import PluginKit
import Testing

@Suite("Public URLs")
struct PublicURLTests {
    @Test(
        "https anywhere, http only on a loopback address",
        arguments: [
            ("https://sampler.example.gov.uk/", "https://sampler.example.gov.uk"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
            ("http://localhost:8081/", "http://localhost:8081"),
            ("http://[::1]:8081", "http://[::1]:8081")
        ])
    func accepted(_ url: String, _ expected: String) throws {
        #expect(try PublicURL.validated(url, key: "sampler.public.url") == expected)
    }

    @Test(
        "http on another host, another scheme, or no URL at all is refused naming the variable",
        arguments: ["http://sampler.example.gov.uk", "http://10.0.0.5:8080", "http://127.0.0.1.example.org", "ftp://127.0.0.1", "sampler", ""])
    func refused(_ url: String) {
        let error = #expect(throws: PluginConfigurationError.self) { try PublicURL.validated(url, key: "sampler.public.url") }
        #expect(error?.description.hasPrefix("SAMPLER_PUBLIC_URL: ") == true)
    }
}
