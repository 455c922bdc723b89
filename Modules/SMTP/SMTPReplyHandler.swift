import NIOCore
import NIOSSL

/// Hands each reply to the request waiting for it, in order; a reply nobody waits for yet (the
/// greeting) is kept. When the connection closes or fails, every waiting request fails.
final class SMTPReplyHandler: ChannelInboundHandler {
    typealias InboundIn = SMTPReply

    private var waiting = CircularBuffer<EventLoopPromise<SMTPReply>>()
    private var unclaimed = CircularBuffer<SMTPReply>()
    private var failure: SMTPError?

    /// Completes `promise` with the next reply. Call on the channel's event loop.
    func expect(_ promise: EventLoopPromise<SMTPReply>) {
        if let reply = unclaimed.popFirst() {
            promise.succeed(reply)
        } else if let failure {
            promise.fail(failure)
        } else {
            waiting.append(promise)
        }
    }

    /// Drops every reply that arrived before anyone asked for it: called as TLS starts, so a
    /// reply injected in clear behind the server's `220` to STARTTLS is never taken as the answer
    /// to a command sent over TLS. Call on the event loop.
    func discardUnclaimed() {
        unclaimed.removeAll()
    }

    /// Whether a request still waits for its reply. Call on the event loop.
    var isWaiting: Bool { !waiting.isEmpty }

    /// Fails every waiting request with `error` and later ones too. Call on the event loop.
    func fail(_ error: SMTPError) {
        if failure == nil { failure = error }
        while let promise = waiting.popFirst() { promise.fail(failure!) }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let reply = unwrapInboundIn(data)
        if let promise = waiting.popFirst() { promise.succeed(reply) } else { unclaimed.append(reply) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(SMTPError(.connectionLost, "the server closed the connection"))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let error = error as? SMTPError {
            fail(error)
        } else if let error = error as? NIOSSLError, error == .uncleanShutdown {
            // The peer closed the TCP connection without a TLS close_notify: a dropped connection.
            fail(SMTPError(.connectionLost, "the server dropped the connection"))
        } else if error is NIOSSLError || error is BoringSSLError {
            fail(SMTPError(.tlsFailed, "TLS failed: \(error)"))
        } else {
            fail(SMTPError(.connectionLost, "the connection failed: \(error)"))
        }
        context.close(promise: nil)
    }
}
