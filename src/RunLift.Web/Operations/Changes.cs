using Microsoft.AspNetCore.Http.HttpResults;

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

/// <summary>The HTTP answers to reads and changes of a versioned resource, the same for every resource.</summary>
internal static class ChangeResults
{
    /// <summary>200 with the resource and its version as the ETag, or 404.</summary>
    public static Results<Ok<T>, NotFound> Found<T>(HttpResponse response, Versioned<T>? found)
    {
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(response, found.Version);
        return TypedResults.Ok(found.Value);
    }

    /// <summary>201 at <paramref name="location"/>, or 400 titled with what is not valid (<c>The run is not valid</c>).</summary>
    public static Results<Created<T>, ValidationProblem> Created<T>(Change<T> change, Func<T, string> location, string notValid) => change switch
    {
        Change<T>.Made made => TypedResults.Created(location(made.Value), made.Value),
        Change<T>.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: notValid),
        _ => throw new InvalidOperationException($"Creating answers made or invalid, not {change}."),
    };

    /// <summary>200 with the new version as the ETag, 400 titled <paramref name="notValid"/>, 404, or 412 naming <paramref name="resource"/>.</summary>
    public static Results<Ok<T>, NotFound, ValidationProblem, ProblemHttpResult> Updated<T>(
        HttpResponse response, Change<T> change, string resource, string notValid)
    {
        switch (change)
        {
            case Change<T>.Made made:
                ETags.Set(response, made.Version);
                return TypedResults.Ok(made.Value);
            case Change<T>.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors, title: notValid);
            case Change<T>.Overtaken:
                return ETags.Changed(resource);
            default:
                return TypedResults.NotFound();
        }
    }
}
