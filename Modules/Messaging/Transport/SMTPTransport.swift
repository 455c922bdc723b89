import Mail
import SMTP

/// Sends through an SMTP server with the SMTP module (SwiftNIO, STARTTLS by default).
public struct SMTPTransport: MailTransport {
    /// The server and how to reach it.
    public let configuration: SMTPConfiguration
    /// The envelope sender (bounces go there).
    public let envelopeFrom: String

    /// A transport to the server in `configuration`.
    public init(configuration: SMTPConfiguration, envelopeFrom: String) {
        self.configuration = configuration
        self.envelopeFrom = envelopeFrom
    }

    public func openSession() async throws -> any MailSession {
        do {
            return Session(connection: try await SMTPConnection.connect(configuration), envelopeFrom: envelopeFrom)
        } catch let error as SMTPError {
            throw Self.deliveryError(error)
        }
    }

    static func deliveryError(_ error: SMTPError) -> DeliveryError {
        if error.isAmbiguous { return DeliveryError(.ambiguous, error.description) }
        if error.isPermanent { return DeliveryError(.permanent, error.description) }
        if error.code == .tlsUnavailable || error.code == .tlsFailed || error.code == .authenticationFailed {
            return DeliveryError(.fatal, error.description)
        }
        return DeliveryError(.retry, error.description)
    }

    struct Session: MailSession {
        let connection: SMTPConnection
        let envelopeFrom: String

        func deliver(_ message: MailMessage, beforeCommit: @Sendable () async throws -> Void) async throws -> String {
            do {
                return try await connection.send(
                    from: envelopeFrom, to: message.to.address, message: message.rendered(),
                    beforeFinalDot: beforeCommit
                ).description
            } catch let error as SMTPError {
                throw SMTPTransport.deliveryError(error)
            }
        }

        func close() async {
            await connection.close()
        }
    }
}
