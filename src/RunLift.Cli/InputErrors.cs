using RunLift.Formats;

namespace RunLift.Cli;

/// <summary>How the commands tell a person about input they could not read: each error, then what to do about them.</summary>
internal static class InputErrors
{
    /// <summary>Writes <paramref name="error"/> and its hint.</summary>
    public static void Write(TextWriter output, InputException error) => Write(output, [error]);

    /// <summary>Writes every error, then their hints, each once (several files of the same unknown kind need one list of formats).</summary>
    public static void Write(TextWriter output, IReadOnlyCollection<InputException> errors)
    {
        foreach (var error in errors)
        {
            output.WriteLine(error.Message);
        }

        foreach (var hint in errors.Select(e => e.Hint).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            output.WriteLine(hint);
        }
    }
}
