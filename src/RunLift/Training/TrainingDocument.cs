namespace RunLift.Training;

/// <summary>
/// Everything read from one or more routine files, logs or exports: a weekly routine (sessions on weekdays),
/// a log (sessions on dates) or a plan, with the running week, dated runs and races.
/// </summary>
public sealed record TrainingDocument
{
    /// <summary>The files this was read from.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The routine's name, when given.</summary>
    public string? Name { get; init; }

    /// <summary>The unit bare numbers were written in, and the unit reports use.</summary>
    public MassUnit Units { get; init; } = MassUnit.Kilograms;

    /// <summary>The lifter, when the input says anything about them.</summary>
    public Athlete? Athlete { get; init; }

    /// <summary>The phase the whole routine is in, when declared.</summary>
    public TrainingPhase? Phase { get; init; }

    /// <summary>The running week: runs on weekdays.</summary>
    public IReadOnlyList<Run> RunningWeek { get; init; } = [];

    /// <summary>Dated runs.</summary>
    public IReadOnlyList<Run> Runs { get; init; } = [];

    /// <summary>Races.</summary>
    public IReadOnlyList<Race> Races { get; init; } = [];

    /// <summary>Strength sessions.</summary>
    public IReadOnlyList<TrainingSession> Sessions { get; init; } = [];

    /// <summary>Dated training that is neither running nor lifting (rides, swims, hikes): counted in the week's load only.</summary>
    public IReadOnlyList<CrossTraining> CrossTraining { get; init; } = [];

    /// <summary>What the inputs held that was not read as training (a bike ride, a route without times), and why.</summary>
    public IReadOnlyList<SkippedInput> Skipped { get; init; } = [];

    /// <summary>
    /// Problems the reading went on past at the user's request (a FIT file whose CRC does not match, read anyway),
    /// each naming its file: what was read may be wrong, and the user should hear so.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when the sessions are dated (a log or plan) rather than on weekdays.</summary>
    public bool IsDated => Sessions.Count > 0 && Sessions.All(s => s.Date is not null);

    /// <summary>
    /// Merges several inputs into one: sessions, runs, cross-training and races are combined; the first document that says
    /// something about the athlete, the phase, the running week or the name wins.
    /// </summary>
    public static TrainingDocument Merge(IReadOnlyList<TrainingDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 1)
        {
            return documents[0];
        }

        return new TrainingDocument
        {
            Sources = [.. documents.SelectMany(d => d.Sources)],
            Name = documents.Select(d => d.Name).FirstOrDefault(n => n is not null),
            Units = documents.Select(d => d.Units).FirstOrDefault(),
            Athlete = documents.Select(d => d.Athlete).FirstOrDefault(a => a is not null),
            Phase = documents.Select(d => d.Phase).FirstOrDefault(p => p is not null),
            RunningWeek = documents.Select(d => d.RunningWeek).FirstOrDefault(w => w.Count > 0) ?? [],
            Runs = [.. documents.SelectMany(d => d.Runs)],
            Races = [.. documents.SelectMany(d => d.Races).Distinct()],
            Sessions = [.. documents.SelectMany(d => d.Sessions)],
            CrossTraining = [.. documents.SelectMany(d => d.CrossTraining)],
            Skipped = [.. documents.SelectMany(d => d.Skipped)],
            Warnings = [.. documents.SelectMany(d => d.Warnings)],
        };
    }
}
