namespace RunLift.Web.Tests.Operations;

/// <summary>One app for a class whose tests each register and sign in: the sign-in rate limit lifted for it.</summary>
public sealed class ManySignIns : IAsyncDisposable
{
    public WebFactory Factory { get; } = WebFactory.With(new Dictionary<string, string?> { ["RateLimiting:SignIn:PermitLimit"] = "100000" });

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
