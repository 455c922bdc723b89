import Configuration
import Messaging
import PluginKit
import Testing

@Suite("Mail settings")
struct MailSettingsTests {
    func settings(_ environment: [String: String]) throws -> MailSettings {
        try MailSettings(ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment)))
    }

    @Test("SMTP_SECURITY=none is refused unless SMTP_HOST is a loopback address")
    func plainSMTPOnlyOnLoopback() throws {
        let error = #expect(throws: PluginConfigurationError.self) {
            try settings(["SMTP_HOST": "smtp.example.gov.uk", "SMTP_SECURITY": "none"])
        }
        #expect(error?.description == "SMTP_SECURITY: none is only allowed for a loopback SMTP_HOST (127.0.0.1, localhost); use starttls")
        _ = try settings(["SMTP_HOST": "127.0.0.1", "SMTP_SECURITY": "none"])
        _ = try settings(["SMTP_HOST": "smtp.example.gov.uk"])
    }

    @Test("the mailer refuses a lease that is not longer than the SMTP timeout")
    func leaseLongerThanTimeout() throws {
        let error = #expect(throws: PluginConfigurationError.self) {
            try settings(["SMTP_HOST": "smtp.example.gov.uk", "MAIL_LEASE_SECONDS": "60", "SMTP_TIMEOUT_SECONDS": "60"])
        }
        #expect(error?.description.hasPrefix("MAIL_LEASE_SECONDS: must be longer than SMTP_TIMEOUT_SECONDS (60)") == true)
        _ = try settings(["SMTP_HOST": "smtp.example.gov.uk", "MAIL_LEASE_SECONDS": "61", "SMTP_TIMEOUT_SECONDS": "60"])
        // The maildir transport has no SMTP timeout to outlast.
        _ = try settings(["MAIL_LEASE_SECONDS": "3"])
    }
}
