import NIOCore
import NIOEmbedded
import Testing

@testable import SMTP

@Suite("STARTTLS")
struct STARTTLSInjectionTests {
    @Test("replies received in clear behind the 220 to STARTTLS are dropped, never taken as the answer to a command sent over TLS")
    func injectedRepliesDropped() throws {
        let channel = EmbeddedChannel()
        let handler = SMTPReplyHandler()
        try channel.pipeline.syncOperations.addHandler(handler)
        try channel.writeInbound(SMTPReply(code: 220, lines: ["2.0.0 ready to start TLS"]))
        try channel.writeInbound(SMTPReply(code: 250, lines: ["injected in clear"]))
        let started = channel.eventLoop.makePromise(of: SMTPReply.self)
        handler.expect(started)
        #expect(try started.futureResult.wait().code == 220)

        handler.discardUnclaimed()
        let afterTLS = channel.eventLoop.makePromise(of: SMTPReply.self)
        handler.expect(afterTLS)
        try channel.writeInbound(SMTPReply(code: 250, lines: ["over TLS"]))
        #expect(try afterTLS.futureResult.wait().lines == ["over TLS"])
        _ = try channel.finish()
    }
}
