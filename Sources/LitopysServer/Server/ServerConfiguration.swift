/// Where `litopys serve` listens, and how much it accepts.
///
/// ```swift
/// var configuration = ServerConfiguration()
/// configuration.port = 9000
/// ```
public struct ServerConfiguration: Sendable, Hashable {
    /// The address to bind. The default is 127.0.0.1: only this machine can connect; pass
    /// 0.0.0.0 deliberately to serve a network.
    public var host = "127.0.0.1"
    /// The TCP port. The default is 8080.
    public var port = 8080
    /// The largest request body accepted, in bytes; a larger one answers 413. Every route
    /// is a GET, so a body is never needed. The default is 16 KiB.
    public var maxRequestBodySize = 16 * 1024

    /// Makes the default configuration.
    public init() {}
}
