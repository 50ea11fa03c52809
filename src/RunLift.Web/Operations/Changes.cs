namespace RunLift.Web.Operations;

/// <summary>A resource as read, with the version its ETag names.</summary>
internal sealed record Versioned<T>(T Value, int Version);

/// <summary>
/// What a change to a versioned resource came to, for the endpoints to answer (200/201, 400, 404, 412) and the pages to
/// show: made, refused with the input's problems by field, not there, or overtaken by another change.
/// </summary>
internal abstract record Change<T>
{
    private Change()
    {
    }

    /// <summary>Made: the resource as it is now.</summary>
    public sealed record Made(T Value, int Version) : Change<T>;

    /// <summary>Not made: every problem with the input, by field (<c>sets[2].reps</c>).</summary>
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Change<T>;

    /// <summary>Not made: the athlete has no such resource.</summary>
    public sealed record Missing : Change<T>;

    /// <summary>Not made: the resource has moved on from the version the change was made from.</summary>
    public sealed record Overtaken : Change<T>;
}
