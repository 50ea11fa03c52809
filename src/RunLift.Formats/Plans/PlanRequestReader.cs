using System.Globalization;
using System.Text;
using RunLift.Formats.Routines;
using RunLift.Planning;
using RunLift.Time;
using YamlDotNet.RepresentationModel;

namespace RunLift.Formats.Plans;

/// <summary>
/// Reads a plan request (formats.md §4): a routine document's <c>units</c>, <c>athlete</c>, <c>running</c> and
/// <c>races</c> sections plus <c>plan:</c>. Every problem, including those <see cref="PlanRequest.Validate"/>
/// finds, is an <see cref="InputException"/> at the node that caused it.
/// </summary>
public static class PlanRequestReader
{
    private const string BodyweightName = "bodyweight";
    private const string FullGymName = "full gym";

    private static readonly string[] Sections = ["units", "athlete", "running", "races", "plan"];

    /// <summary>Reads the request at <paramref name="path"/>; <paramref name="today"/> sets the default start.</summary>
    /// <exception cref="InputException">the file is missing, unreadable or not a valid request.</exception>
    public static PlanRequest Read(string path, DateOnly today) => Read(path, _ => today);

    /// <summary>
    /// Reads the request at <paramref name="path"/>; without <c>plan.start</c> the plan starts on the athlete's next
    /// Monday: the one after today in the request's <c>athlete.timezone</c>, or in <paramref name="zone"/> when it has none.
    /// </summary>
    /// <exception cref="InputException">the file is missing, unreadable or not a valid request.</exception>
    public static PlanRequest Read(string path, TimeProvider time, TimeZoneInfo zone) => Read(path, AthletesToday(time, zone));

    private static PlanRequest Read(string path, Func<TimeZoneInfo?, DateOnly> today)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                _ => "cannot be read: " + e.Message,
            };
            throw new InputException(path, 0, 0, reason, e);
        }

        return Parse(path, text, today);
    }

    /// <summary>
    /// Reads the request in <paramref name="text"/>, naming it <paramref name="file"/> in errors. Without
    /// <c>plan.start</c> the plan starts on the first Monday strictly after <paramref name="today"/>: a plan
    /// that starts today leaves no time to get ready for it.
    /// </summary>
    /// <exception cref="InputException">the text is not a valid request.</exception>
    public static PlanRequest Parse(string file, string text, DateOnly today) => Parse(file, text, _ => today);

    /// <summary>
    /// Reads the request in <paramref name="text"/> as <see cref="Parse(string, string, DateOnly)"/> does, with today
    /// the athlete's: in the request's <c>athlete.timezone</c>, or in <paramref name="zone"/> when it has none.
    /// </summary>
    /// <exception cref="InputException">the text is not a valid request.</exception>
    public static PlanRequest Parse(string file, string text, TimeProvider time, TimeZoneInfo zone) => Parse(file, text, AthletesToday(time, zone));

    private static Func<TimeZoneInfo?, DateOnly> AthletesToday(TimeProvider time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(zone);
        return own => AthleteClock.Today(time, own ?? zone);
    }

    /// <param name="file">The name errors give.</param>
    /// <param name="text">The request.</param>
    /// <param name="today">Today, given the zone the request names (null: none).</param>
    private static PlanRequest Parse(string file, string text, Func<TimeZoneInfo?, DateOnly> today)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var yaml = new Yaml(file);
        var rootNode = yaml.Load(text)
            ?? throw new InputException(file, "is empty: expected a plan request (running, races, plan...)");
        if (rootNode is not YamlMappingNode root)
        {
            throw yaml.Error(rootNode, "expected a plan request (keys such as 'running:', 'races:' and 'plan:')");
        }

        // Field → node, so that what Validate finds is reported where it was written.
        var positions = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        YamlNode? planNode = null;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Yaml.Normalize(yaml.Text(keyNode, "a key"));
            if (key == "sessions")
            {
                throw yaml.Error(keyNode, "a plan request has no sessions; did you mean runlift audit?");
            }

            if (!Sections.Any(s => Yaml.Normalize(s) == key))
            {
                throw yaml.Error(keyNode, $"'{((YamlScalarNode)keyNode).Value}' is not part of a plan request; expected one of: {string.Join(", ", Sections)}");
            }

            if (key == "races")
            {
                positions["races"] = keyNode;
                AddRacePositions(value, positions);
            }
            else if (key == "plan")
            {
                planNode = value;
            }
        }

        // The shared sections are read exactly as a routine reads them; RoutineReader ignores 'plan:'.
        var document = RoutineReader.Read(yaml, root);
        var request = new PlanRequest
        {
            Athlete = document.Athlete ?? new(),
            Units = document.Units,
            RunningWeek = document.RunningWeek,
            Races = document.Races,
            Start = IsoWeek.NextMonday(today(document.Athlete?.TimeZone)),
        };
        if (planNode is not null && !Yaml.IsNull(planNode))
        {
            request = Plan(yaml, yaml.Mapping(planNode, "the plan's limits (start, weeks, max-session-minutes...)"), request, positions);
        }

        var problems = request.Validate();
        if (problems.Count > 0)
        {
            var problem = problems[0];
            var node = positions.GetValueOrDefault(problem.Field) ?? planNode ?? root;
            // "plan.weeks must be between 1 and 52", but "races[0].date: 2026-11-01 is before the plan starts".
            var separator = problem.Message.StartsWith("must ", StringComparison.Ordinal) ? " " : ": ";
            throw yaml.Error(node, problem.Field + separator + problem.Message);
        }

        return request;
    }

    private static PlanRequest Plan(Yaml yaml, YamlMappingNode mapping, PlanRequest request, Dictionary<string, YamlNode> positions)
    {
        foreach (var (key, _, value) in yaml.Entries(mapping, "plan", "start", "weeks", "max-session-minutes", "sessions-per-week", "equipment"))
        {
            if (Yaml.IsNull(value))
            {
                continue;
            }

            switch (key)
            {
                case "start":
                    var scalar = yaml.Scalar(value, "plan.start");
                    request = request with { Start = Quantities.Date(yaml.Text(scalar, "plan.start (YYYY-MM-DD)"), yaml.TextSpot(scalar)) };
                    break;
                case "weeks":
                    positions["plan.weeks"] = value;
                    request = request with { Weeks = WholeNumber(yaml, value, "plan.weeks") };
                    break;
                case "maxsessionminutes":
                    positions["plan.max-session-minutes"] = value;
                    request = request with { MaxSessionMinutes = WholeNumber(yaml, value, "plan.max-session-minutes") };
                    break;
                case "sessionsperweek":
                    positions["plan.sessions-per-week"] = value;
                    request = request with { SessionsPerWeek = WholeNumber(yaml, value, "plan.sessions-per-week") };
                    break;
                default:
                    request = request with { Equipment = EquipmentOf(yaml, value) };
                    break;
            }
        }

        return request;
    }

    /// <summary>A whole number; its range is <see cref="PlanRequest.Validate"/>'s to judge, so the limits live in one place.</summary>
    private static int WholeNumber(Yaml yaml, YamlNode node, string field)
    {
        var text = yaml.Text(node, field);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value != Math.Floor(value))
        {
            throw yaml.Error(node, $"{field} must be a whole number, found '{text}'");
        }

        return (int)Math.Clamp(value, int.MinValue, int.MaxValue);
    }

    private static IReadOnlySet<Equipment> EquipmentOf(Yaml yaml, YamlNode node)
    {
        // One name may be written without a list: "equipment: full gym".
        var items = node is YamlSequenceNode list ? list.Children : (IList<YamlNode>)[node];
        if (items.Count == 0)
        {
            throw yaml.Error(node, "plan.equipment is empty: list the equipment you have, or write [bodyweight] for none");
        }

        var equipment = new HashSet<Equipment>();
        foreach (var item in items)
        {
            var name = yaml.Text(item, "an equipment name");
            var spaced = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (string.Equals(spaced, BodyweightName, StringComparison.OrdinalIgnoreCase))
            {
                if (items.Count > 1)
                {
                    throw yaml.Error(item, "'bodyweight' means no equipment, so it stands alone: write [bodyweight], or list the equipment you have");
                }

                return EquipmentSets.Bodyweight;
            }

            if (string.Equals(spaced, FullGymName, StringComparison.OrdinalIgnoreCase))
            {
                equipment.UnionWith(EquipmentSets.FullGym);
            }
            else if (EquipmentSets.Names.TryGetValue(spaced, out var one))
            {
                equipment.Add(one);
            }
            else
            {
                throw yaml.Error(item, $"unknown equipment '{name}'; expected one of: {ExpectedEquipment()}");
            }
        }

        return equipment;
    }

    private static string ExpectedEquipment() =>
        string.Join(", ", EquipmentSets.Names
            .OrderBy(n => n.Value).ThenBy(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => n.Key)
            .Append(FullGymName)
            .Append(BodyweightName));

    private static void AddRacePositions(YamlNode races, Dictionary<string, YamlNode> positions)
    {
        if (races is not YamlSequenceNode list)
        {
            return;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            if (list.Children[i] is not YamlMappingNode race)
            {
                continue;
            }

            positions[$"races[{i}]"] = race;
            foreach (var (key, value) in race.Children)
            {
                if (key is YamlScalarNode { Value: { } name })
                {
                    positions[$"races[{i}].{Yaml.Normalize(name)}"] = value;
                }
            }
        }
    }
}
