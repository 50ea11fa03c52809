using Microsoft.AspNetCore.Diagnostics;

namespace RunLift.Web.Operations;

/// <summary>
/// Error responses: programs (the API, health, OpenAPI) get ProblemDetails; a person who reaches a page that does
/// not exist, or one that fails, gets a page (the not-found and error pages), never JSON or a stack trace.
/// </summary>
internal static class PageErrors
{
    public const string ErrorPath = "/error";
    public const string NotFoundPath = "/not-found";

    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app)
    {
        // Exceptions: the handler for programs is inside the one for pages, so it catches theirs first. The page
        // handler is not itself in a UseWhen branch because re-executing a request needs the app's routing.
        app.UseExceptionHandler(ErrorPath, createScopeForErrors: true);
        app.UseWhen(context => !Paths.IsPage(context.Request.Path), programs => programs.UseExceptionHandler());

        // Status codes without a body: only a page that was not found gets a page (the not-found page), and only
        // for a GET or HEAD: re-running a form post would read its form a second time. Everything else falls
        // through to the outer middleware, which writes ProblemDetails.
        app.UseStatusCodePages();
        app.UseStatusCodePagesWithReExecute(NotFoundPath, createScopeForStatusCodePages: true);
        return app.Use(async (context, next) =>
        {
            await next(context);
            var request = context.Request;
            var showsPage = Paths.IsPage(request.Path) && context.Response.StatusCode == StatusCodes.Status404NotFound
                && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
            if (!showsPage && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
        });
    }
}
