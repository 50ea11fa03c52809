namespace RunLift.Web.Operations;

/// <summary>Headers that keep browsers from sniffing, framing or leaking what the app serves.</summary>
internal static class SecurityHeaders
{
    // The API serves data, never pages: nothing may load, run or frame.
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // The API reference page (Scalar) is a page: its own scripts and styles, inline configuration, the OpenAPI
    // document from this origin.
    private const string ReferencePagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // The pages (Blazor with interactive server rendering, MudBlazor): scripts only from this origin (blazor.web.js,
    // MudBlazor's JS under _content), the circuit's WebSocket to this origin ('self' covers ws: and wss: to the same
    // host), styles from this origin plus inline style attributes (MudBlazor positions and themes elements with them,
    // and its theme provider writes a <style> element). Nothing from elsewhere, no framing, forms post only here.
    private const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; manifest-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Set as the response starts, so that responses written by the exception handler (which clears
            // headers) carry them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                var path = context.Request.Path;
                headers.ContentSecurityPolicy = path.StartsWithSegments("/scalar") ? ReferencePagePolicy
                    : Paths.IsPage(path) ? PagePolicy
                    : ApiPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
}
