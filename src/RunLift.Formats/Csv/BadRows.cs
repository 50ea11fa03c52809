using RunLift.Training;

namespace RunLift.Formats.Csv;

/// <summary>
/// The rows of an export that could not be read: each is reported with its line and why, and the rest of the file is
/// read; one bad row never loses a whole export. <see cref="ReadOptions.Strict"/> keeps the all-or-nothing reading.
/// A file of which no row could be read is still refused, with its first row's error: it is most likely not what it
/// seems. Errors of the input's size (<see cref="InputException.Limit"/>) are never skipped.
/// </summary>
internal sealed class BadRows(string file, bool strict)
{
    /// <summary>How many bad rows are named one by one; the rest are counted.</summary>
    public const int Named = 20;

    private readonly List<InputException> errors = [];
    private int rows;

    /// <summary>Counts a row about to be read.</summary>
    public void Row() => rows++;

    /// <summary>True when <paramref name="error"/>, raised reading the current row, skips the row (as an exception filter).</summary>
    public bool Skip(InputException error)
    {
        if (strict || error.Limit is not null)
        {
            return false;
        }

        errors.Add(error);
        return true;
    }

    /// <summary>Throws the first row's error when every row was bad.</summary>
    public void ThrowIfNothingRead()
    {
        if (errors.Count > 0 && errors.Count == rows)
        {
            throw errors[0];
        }
    }

    /// <summary>The bad rows as skipped input: the first <see cref="Named"/> with their line and why, then how many more.</summary>
    public IEnumerable<SkippedInput> Skipped()
    {
        foreach (var error in errors.Take(Named))
        {
            yield return new SkippedInput($"{file}:{error.Line}", $"row skipped: {error.Reason}");
        }

        if (errors.Count > Named)
        {
            yield return new SkippedInput(file, $"and {errors.Count - Named:N0} more rows that could not be read were skipped ({errors.Count:N0} in all)");
        }
    }
}
