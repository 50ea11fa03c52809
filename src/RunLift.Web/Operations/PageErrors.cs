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

        // Status codes without a body: the inner (not-found page) middleware stands aside for programs, leaving
        // them to the outer one, which writes ProblemDetails.
        app.UseStatusCodePages();
        app.UseStatusCodePagesWithReExecute(NotFoundPath, createScopeForStatusCodePages: true);
        return app.Use((context, next) =>
        {
            if (!Paths.IsPage(context.Request.Path) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });
    }
}
