using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RunLift.Web.Operations;

namespace RunLift.Web.Features.Accounts;

/// <summary>
/// Who may call what, in the OpenAPI document, decided in this one place. The document declares the two ways in that
/// <see cref="AccountSetup"/> configures (Identity's bearer tokens and the sign-in cookie: its default scheme takes
/// either), and each operation either requires one of them, with the 401 it answers without, or none
/// (<c>security: []</c>: open to anyone), as the authorization middleware will decide from the endpoint's metadata.
/// </summary>
internal static class ApiSecurity
{
    public const string BearerScheme = "bearer";
    public const string CookieScheme = "cookie";

    public static OpenApiOptions DescribeSecurity(this OpenApiOptions options) =>
        options.AddDocumentTransformer(DeclareSchemes).AddOperationTransformer(MarkOperationAsync);

    private static Task DeclareSchemes(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellation)
    {
        document.AddComponent<IOpenApiSecurityScheme>(BearerScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description =
                "The `accessToken` of `POST /api/v1/account/login`, as `Authorization: Bearer TOKEN`. It is opaque (not a JWT) " +
                "and expires after `expiresIn` seconds: `POST /api/v1/account/refresh` exchanges the refresh token for a new one.",
        });
        document.AddComponent<IOpenApiSecurityScheme>(CookieScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = AccountSetup.CookieName,
            Description =
                "The sign-in cookie of the pages, or of `POST /api/v1/account/login?useCookies=true`. A browser may send a change " +
                "with it only from this site's own pages (from another site: 403); programs use the bearer token.",
        });
        return Task.CompletedTask;
    }

    private static async Task MarkOperationAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        if (!await RequiresSignInAsync(context))
        {
            operation.Security = [];
            return;
        }

        // Alternatives: either scheme will do.
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
        ];
        operation.Responses ??= [];
        operation.Responses.TryAdd(
            StatusCodes.Status401Unauthorized.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await ApiDocument.ProblemResponseAsync(context, "Not signed in: send a bearer token or the sign-in cookie (an expired or revoked one counts as none).", cancellation));
    }

    /// <summary>
    /// Whether the authorization middleware will ask this endpoint's caller to sign in: the policy it combines from the
    /// endpoint's authorization metadata (or the fallback policy), unless the endpoint allows anonymous callers.
    /// </summary>
    private static async Task<bool> RequiresSignInAsync(OpenApiOperationTransformerContext context)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return false;
        }

        var policies = context.ApplicationServices.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.OfType<IAuthorizeData>(), metadata.OfType<AuthorizationPolicy>());
        return policy is not null || metadata.OfType<IAuthorizationRequirementData>().Any();
    }
}
