using RunLift.Training;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Routines;

/// <summary>
/// What every part of one routine document is read with: its <see cref="Routines.Yaml"/> (file name and positions),
/// the units bare numbers are in, and the budget of sets the whole document may expand to.
/// </summary>
internal sealed class RoutineContext(Yaml yaml)
{
    // A budget for the sets one document may expand to: YAML aliases can repeat a subtree many times over.
    private const int MaxTotalSets = 1_000_000;

    private int totalSets;

    public Yaml Yaml => yaml;

    /// <summary>The document's <c>units:</c>, read before anything else since bare numbers anywhere depend on them.</summary>
    public MassUnit Units { get; set; } = MassUnit.Kilograms;

    /// <summary>Counts an exercise's sets against the document's budget; <paramref name="item"/> is where it is written.</summary>
    public void CountSets(YamlNode item, int sets)
    {
        totalSets += sets;
        if (totalSets > MaxTotalSets)
        {
            throw yaml.Error(item, $"more than {MaxTotalSets:N0} sets in one document");
        }
    }

    public Load Mass(YamlNode node, string what)
    {
        var scalar = yaml.Scalar(node, what);
        return Quantities.Mass(yaml.Text(scalar, what), yaml.TextSpot(scalar), Units, what);
    }

    public TimeSpan Duration(YamlNode node, string what)
    {
        var scalar = yaml.Scalar(node, what);
        return Quantities.Duration(yaml.Text(scalar, what), yaml.TextSpot(scalar), what);
    }

    public DateOnly Date(YamlNode node)
    {
        var scalar = yaml.Scalar(node, "a date");
        return Quantities.Date(yaml.Text(scalar, "a date (YYYY-MM-DD)"), yaml.TextSpot(scalar));
    }

    public TimeOfDay TimeOf(YamlNode node)
    {
        var scalar = yaml.Scalar(node, "a time of day");
        return Quantities.TimeOfDayOf(yaml.Text(scalar, "a time of day (am, pm or HH:MM)"), yaml.TextSpot(scalar));
    }

    /// <summary>A one-line value to parse by hand, positioned where its text starts.</summary>
    public Cursor CursorOn(YamlNode node, string what)
    {
        var scalar = yaml.Scalar(node, what);
        return new Cursor(yaml.Text(scalar, what), yaml.TextSpot(scalar));
    }
}
