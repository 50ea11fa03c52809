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
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ReferencePagePolicy : ApiPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
}
