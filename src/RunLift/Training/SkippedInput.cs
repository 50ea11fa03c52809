namespace RunLift.Training;

/// <summary>
/// Something an input held that is not read as training, and why: a bike ride in a TCX file, a rowing row in a
/// FitNotes export. Readers list what they leave out instead of dropping it silently.
/// </summary>
/// <param name="Source">Where it was: <c>FILE</c> or <c>FILE:LINE</c>.</param>
/// <param name="Reason">What it was and why it was left out, for a person to read.</param>
public sealed record SkippedInput(string Source, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Reason}";
}
