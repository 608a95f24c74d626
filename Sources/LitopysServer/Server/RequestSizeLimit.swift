import Hummingbird

/// Refuses a request whose body is larger than ``limit`` bytes with 413, before any route
/// reads it: by its `Content-Length` when it has one, else by reading at most `limit`
/// bytes of a chunked body.
struct RequestSizeLimit<Context: RequestContext>: RouterMiddleware {
    /// The largest body accepted, in bytes.
    let limit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request
        if let length = request.headers[.contentLength] {
            guard let bytes = Int(length), bytes <= limit else { throw Self.tooLarge(limit) }
        } else if request.headers[.transferEncoding] != nil {
            do {
                _ = try await request.collectBody(upTo: limit)
            } catch {
                throw Self.tooLarge(limit)
            }
        }
        return try await next(request, context)
    }

    static func tooLarge(_ limit: Int) -> HTTPError {
        HTTPError(.contentTooLarge, message: "request bodies are limited to \(limit) bytes; every route is a GET with its parameters in the URL.")
    }
}
