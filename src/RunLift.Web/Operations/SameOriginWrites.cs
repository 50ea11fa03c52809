namespace RunLift.Web.Operations;

/// <summary>
/// Refuses (403) a state change that a browser sends with this site's cookies from another origin: a form or script
/// on another site, or on another port of this one (which SameSite cookies do not tell apart), cannot act as the
/// signed-in person. Browsers say where a request comes from in <c>Sec-Fetch-Site</c>, <c>Origin</c> and
/// <c>Referer</c>; programs that send none of them, and requests with a bearer token (which no other origin can
/// attach), are not browsers acting on ambient credentials and pass. The pages' forms carry antiforgery tokens as well.
/// </summary>
internal static class SameOriginWrites
{
    public static IApplicationBuilder UseSameOriginWrites(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (ChangesState(request.Method) && request.Headers.Cookie.Count > 0 && request.Headers.Authorization.Count == 0 && !IsSameOrigin(request))
            {
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status403Forbidden,
                        Title = "Cross-origin request refused",
                        Detail = "A request that changes something must come from this site's own pages.",
                    },
                });
                return;
            }

            await next(context);
        });

    private static bool ChangesState(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    /// <summary>
    /// False when any header a browser sets says the request comes from elsewhere. Under this site's
    /// <c>Referrer-Policy: no-referrer</c> browsers send <c>Origin: null</c> even for the site's own forms, so
    /// "null" counts only with <c>Sec-Fetch-Site</c> vouching for the request.
    /// </summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        var headers = request.Headers;
        var site = headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return false;
        }

        if (headers.Origin.Count > 0)
        {
            var origin = headers.Origin.ToString();
            return origin == "null" ? site.Length > 0 : IsThisOrigin(request, origin);
        }

        return headers.Referer.Count == 0 || IsThisOrigin(request, headers.Referer.ToString());
    }

    /// <summary>Whether <paramref name="url"/> (an origin or a whole address) has this request's scheme, host and port.</summary>
    private static bool IsThisOrigin(HttpRequest request, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var origin) || !request.Host.HasValue)
        {
            // Garbage: not this site.
            return false;
        }

        var port = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return string.Equals(origin.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(origin.IdnHost, request.Host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)
            && origin.Port == port;
    }
}
